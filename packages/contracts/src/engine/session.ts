import {
  BODY_REGIONS,
  EFFORT_SCALES,
  EQUIPMENT,
  MAX_GROUP_REST_AFTER,
  MAX_GROUP_REST_BETWEEN,
  MOVEMENT_PATTERNS,
  SESSION_SECTIONS,
  type Session,
  type SessionEdit,
  type SessionItem,
  type TodayParams,
  UNITS,
} from "@spotter/engine";
import { z } from "zod";
import { isoDate } from "../common.ts";
import type { Equals } from "./equals.ts";
import { reasonSchema } from "./reason.ts";

/** Today's parameters the coach sets: duration, where (location or equipment), new pain, readiness. */
export const todayParamsSchema = z.object({
  durationMinutes: z.number().int().min(15).max(240),
  locationId: z.string().min(1).max(40).optional(),
  equipment: z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length).optional(),
  newPain: z
    .array(z.object({ region: z.enum(BODY_REGIONS), severity: z.number().int().min(0).max(10) }))
    .max(10)
    .default([]),
  readiness: z
    .object({
      sleepHours: z.number().min(0).max(24).optional(),
      soreness: z.number().min(0).max(10).optional(),
      hrvStatus: z.enum(["below", "within", "above"]).optional(),
    })
    .optional(),
});

/** Body of "generate a session": the server loads trainer, client, roadmap and history itself. */
export const generateSessionRequestSchema = z.object({
  today: todayParamsSchema,
  /** Defaults to today (server clock). */
  date: isoDate.optional(),
  /** Defaults to a value derived from client and date, so regenerating gives the same draft. */
  seed: z.union([z.string().max(80), z.number().int()]).optional(),
});

export const sessionItemSchema = z.object({
  exerciseId: z.string(),
  name: z.string(),
  pattern: z.enum(MOVEMENT_PATTERNS),
  role: z.enum(["general", "ramp", "main", "secondary", "accessory", "finisher", "cooldown"]),
  sets: z.number().int().min(1),
  reps: z.number().int().min(0).optional(),
  seconds: z.number().int().min(0).optional(),
  load: z.number().min(0).optional(),
  unit: z.enum(UNITS),
  effort: z.object({ scale: z.enum(EFFORT_SCALES), value: z.number() }).optional(),
  restSeconds: z.number().min(0),
  tempo: z.string(),
  cues: z.array(z.string()),
  note: z.string().optional(),
  amrap: z.boolean().optional(),
  alternatives: z.array(z.string()),
  estimatedSeconds: z.number().min(0),
  reasons: z.array(reasonSchema),
  group: z
    .object({
      id: z.string(),
      kind: z.enum(["superset", "circuit"]),
      position: z.number().int().min(1),
      size: z.number().int().min(2),
      restAfterSeconds: z.number().min(0),
    })
    .optional(),
});

/** A generated session draft (engine output). */
export const trainingSessionSchema = z.object({
  date: isoDate,
  dayLabel: z.string(),
  blockKind: z.string(),
  unit: z.enum(UNITS),
  warmup: z.array(sessionItemSchema),
  main: z.array(sessionItemSchema),
  finisher: z.array(sessionItemSchema),
  cooldown: z.array(sessionItemSchema),
  estimatedMinutes: z.number(),
  requestedMinutes: z.number(),
  reasons: z.array(reasonSchema),
  seed: z.string(),
});

const section = z.enum(SESSION_SECTIONS);
const index = z.number().int().min(0).max(50);

/** A coach's edit of a draft: swap, change sets/reps/seconds/load, add a catalog exercise, remove or move an item, group neighbours into a superset/circuit or ungroup. */
export const sessionEditSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("swap"), section, index, exerciseId: z.string().min(1).max(80) }),
  z.object({ op: z.literal("add"), section, exerciseId: z.string().min(1).max(80), at: index.optional() }),
  z.object({ op: z.literal("remove"), section, index }),
  z.object({ op: z.literal("move"), section, index, to: index }),
  z.object({
    op: z.literal("group"),
    section,
    index,
    count: z.number().int().min(2).max(8),
    restAfterSeconds: z.number().int().min(0).max(MAX_GROUP_REST_AFTER),
    restBetweenSeconds: z.number().int().min(0).max(MAX_GROUP_REST_BETWEEN).optional(),
  }),
  z.object({ op: z.literal("ungroup"), section, index }),
  z
    .object({
      op: z.literal("change"),
      section,
      index,
      sets: z.number().int().min(1).max(20).optional(),
      reps: z.number().int().min(1).max(100).optional(),
      seconds: z.number().int().min(5).max(3600).optional(),
      load: z.number().min(0).max(1500).optional(),
    })
    .refine((e) => e.sets !== undefined || e.reps !== undefined || e.seconds !== undefined || e.load !== undefined, {
      message: "change at least one of sets, reps, seconds, load",
    }),
]);

const _today: Equals<z.output<typeof todayParamsSchema>, TodayParams> = true;
const _item: Equals<z.output<typeof sessionItemSchema>, SessionItem> = true;
const _session: Equals<z.output<typeof trainingSessionSchema>, Session> = true;
const _edit: Equals<z.output<typeof sessionEditSchema>, SessionEdit> = true;
void _today;
void _item;
void _session;
void _edit;
