/** Schemas of the programming engine's inputs and outputs (Trainer Profile, roadmap, session, log). */
export {
  engineE1rmInputSchema,
  engineProgressInputSchema,
  engineRoadmapInputSchema,
  engineSessionInputSchema,
  nowSchema,
} from "./cli-inputs.ts";
export {
  deloadRuleSchema,
  methodDaySchema,
  methodSchema,
  methodSlotSchema,
  progressionRuleSchema,
  slotConstraintsSchema,
  slotPrescriptionSchema,
} from "./method.ts";
export { reasonSchema } from "./reason.ts";
export {
  roadmapBlockSchema,
  roadmapPositionSchema,
  roadmapSchema,
  splitDaySchema,
} from "./roadmap.ts";
export {
  generateSessionRequestSchema,
  sessionEditSchema,
  sessionItemSchema,
  todayParamsSchema,
  trainingSessionSchema,
} from "./session.ts";
export {
  exerciseLogSchema,
  exercisePainSchema,
  type SessionLogInput,
  sessionLogSchema,
  setLogSchema,
} from "./session-log.ts";
export { loadIncrementsSchema, type TrainerProfileInput, trainerProfileSchema } from "./trainer-profile.ts";

import {
  engineE1rmInputSchema,
  engineProgressInputSchema,
  engineRoadmapInputSchema,
  engineSessionInputSchema,
} from "./cli-inputs.ts";
import { methodSchema } from "./method.ts";
import { roadmapSchema } from "./roadmap.ts";
import {
  generateSessionRequestSchema,
  sessionEditSchema,
  todayParamsSchema,
  trainingSessionSchema,
} from "./session.ts";
import { sessionLogSchema } from "./session-log.ts";
import { trainerProfileSchema } from "./trainer-profile.ts";

/**
 * The schemas published as JSON Schema in docs/schemas/ (scripts/gen-schemas.ts). `io` says
 * whether the file describes what a caller sends (defaults optional) or what it receives.
 */
export const ENGINE_JSON_SCHEMAS = {
  "trainer-profile": { schema: trainerProfileSchema, io: "input" },
  roadmap: { schema: roadmapSchema, io: "output" },
  method: { schema: methodSchema, io: "input" },
  "today-params": { schema: todayParamsSchema, io: "input" },
  "generate-session-request": { schema: generateSessionRequestSchema, io: "input" },
  session: { schema: trainingSessionSchema, io: "output" },
  "session-edit": { schema: sessionEditSchema, io: "input" },
  "session-log": { schema: sessionLogSchema, io: "input" },
  "engine-session-input": { schema: engineSessionInputSchema, io: "input" },
  "engine-roadmap-input": { schema: engineRoadmapInputSchema, io: "input" },
  "engine-e1rm-input": { schema: engineE1rmInputSchema, io: "input" },
  "engine-progress-input": { schema: engineProgressInputSchema, io: "input" },
} as const;
