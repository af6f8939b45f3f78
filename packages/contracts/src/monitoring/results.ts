import {
  LEVELS_ORDER,
  MONITORING_SIGNAL_KINDS,
  PROPOSAL_KINDS,
  type Proposal,
  RED_FLAG_KINDS,
  type Readiness,
  type TriageSignal,
} from "@spotter/engine";
import { z } from "zod";
import { reasonSchema } from "../engine/reason.ts";
import type { Equals } from "./equals.ts";

/** Response shapes of the engine's monitoring output, for OpenAPI and the web client. */

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const triageLevelSchema = z.enum(LEVELS_ORDER);

export const triageSignalSchema = z.object({
  id: z.string(),
  kind: z.enum([...RED_FLAG_KINDS, ...MONITORING_SIGNAL_KINDS]),
  level: triageLevelSchema,
  ruleId: z.string(),
  evidence: z.object({
    inputs: z.record(z.string(), scalar),
    thresholds: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    dates: z.array(z.string()),
    quotes: z.array(z.string()).optional(),
  }),
  message: z.string(),
  recommendedAction: z.string(),
  dueAt: z.string().nullable(),
  referTo: z.array(z.string()).optional(),
  source: z.enum(["structured", "free_text", "questionnaire", "computed"]),
});

export const proposalSchema = z.object({
  id: z.string(),
  kind: z.enum(PROPOSAL_KINDS),
  date: z.string(),
  scope: z.enum(["next_session", "today", "this_week", "exercise"]),
  exerciseId: z.string().optional(),
  diff: z.object({ before: z.record(z.string(), scalar), after: z.record(z.string(), scalar) }),
  reasons: z.array(reasonSchema),
  level: triageLevelSchema,
  major: z.boolean(),
  signalIds: z.array(z.string()),
});

const baselineStateSchema = z.object({
  ready: z.boolean(),
  days: z.number(),
  required: z.number(),
  message: z.string(),
});

export const readinessSchema = z.object({
  date: z.string(),
  score: z.number().nullable(),
  band: z.enum(["high", "normal", "low", "very_low", "no_data"]),
  drivers: z.array(
    z.object({
      item: z.enum(["sleepQuality", "fatigue", "soreness", "stress", "mood", "sleepHours", "hrv", "restingHr"]),
      value: z.number(),
      baseline: z.number().nullable(),
      z: z.number().nullable(),
      effect: z.enum(["negative", "positive"]),
      message: z.string(),
      /** HRV / resting HR read from a wearable (e.g. garmin_fit) instead of the typed check-in. */
      source: z.string().optional(),
    }),
  ),
  baselineStatus: z.object({ wellness: baselineStateSchema, hrv: baselineStateSchema, restingHr: baselineStateSchema }),
});

const _signal: Equals<z.output<typeof triageSignalSchema>, TriageSignal> = true;
const _proposal: Equals<z.output<typeof proposalSchema>, Proposal> = true;
const _readiness: Equals<z.output<typeof readinessSchema>, Readiness> = true;
void [_signal, _proposal, _readiness];
