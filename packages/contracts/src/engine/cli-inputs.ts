import { REP_FORMULAS } from "@spotter/engine";
import { z } from "zod";
import { clientProfileSchema } from "../client-profile.ts";
import { isoDate } from "../common.ts";
import { roadmapSchema } from "./roadmap.ts";
import { todayParamsSchema } from "./session.ts";
import { sessionLogSchema } from "./session-log.ts";
import { trainerProfileSchema } from "./trainer-profile.ts";

/** `now`: an ISO date-time or epoch milliseconds. The engine never reads the clock itself. */
export const nowSchema = z.union([z.iso.datetime({ offset: true }), z.number().int().min(0)]);
const seedSchema = z.union([z.string().max(80), z.number().int()]);

/** `spotter engine roadmap`: build a roadmap for a client. */
export const engineRoadmapInputSchema = z.object({
  trainer: trainerProfileSchema.default(trainerProfileSchema.parse({})),
  client: clientProfileSchema,
  startDate: isoDate,
  now: nowSchema,
});

/** `spotter engine session`: generate a session offline (the roadmap is built when absent). */
export const engineSessionInputSchema = z.object({
  trainer: trainerProfileSchema.default(trainerProfileSchema.parse({})),
  client: clientProfileSchema,
  roadmap: roadmapSchema.optional(),
  /** Start of the roadmap built when `roadmap` is absent; defaults to the date of `now`. */
  startDate: isoDate.optional(),
  history: z.array(sessionLogSchema).max(2000).default([]),
  today: todayParamsSchema,
  now: nowSchema,
  seed: seedSchema.default(0),
});

/** `spotter engine e1rm`: one set → estimated 1RM (RTS chart when RPE/RIR given). */
export const engineE1rmInputSchema = z
  .object({
    load: z.number().min(0).max(1500),
    reps: z.number().int().min(1).max(30),
    rpe: z.number().min(1).max(10).optional(),
    rir: z.number().min(0).max(10).optional(),
    formula: z
      .enum(Object.keys(REP_FORMULAS) as [keyof typeof REP_FORMULAS, ...(keyof typeof REP_FORMULAS)[]])
      .default("epley"),
  })
  .refine((x) => x.rpe === undefined || x.rir === undefined, { path: ["rir"], message: "give rpe or rir, not both" });

/** `spotter engine progress`: history → per-exercise progression state. */
export const engineProgressInputSchema = z.object({ history: z.array(sessionLogSchema).max(5000) });
