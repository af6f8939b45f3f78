import {
  type DeloadRule,
  GOALS,
  LEVELS,
  LOAD_TYPES,
  MAX_GROUP_REST_AFTER,
  MAX_GROUP_REST_BETWEEN,
  type Method,
  type MethodDay,
  type MethodSlot,
  MOVEMENT_PATTERNS,
  MUSCLES,
  type ProgressionRule,
  SLOT_ROLES,
  type SlotConstraints,
  type SlotGroup,
  type SlotPrescription,
  validateMethod,
} from "@spotter/engine";
import { z } from "zod";
import type { Equals } from "./equals.ts";

/**
 * A method (a trainer's weekly template) as JSON: this is its import and export format. The shape
 * is checked here; validateMethod (engine) then checks what a shape cannot say (rep ranges in
 * order, RPE and %1RM that agree on the RTS chart, deload cuts), each problem naming its field.
 */

const rpe = z.number().min(1).max(10);
const reps = z.number().int().min(1).max(100);

/** How loads move between exposures (a discriminated union on `kind`). */
export const progressionRuleSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("linear"),
    incrementKg: z.number().positive().max(10),
    failureLimit: z.number().int().min(1).max(10),
    resetPct: z.number().min(0).max(30),
  }),
  z.object({
    kind: z.literal("double"),
    repRange: z.tuple([z.number().int().min(1).max(30), z.number().int().min(1).max(30)]),
    incrementPct: z.number().positive().max(10),
  }),
  z.object({ kind: z.literal("rpe"), reps: z.number().int().min(1).max(30), targetRpe: rpe }),
  z.object({
    kind: z.literal("percent_wave"),
    trainingMaxPct: z.number().min(50).max(100),
    waves: z
      .array(z.object({ pct: z.number().min(1).max(100), reps: z.number().int().min(1).max(30) }))
      .min(1)
      .max(12),
  }),
  z.object({
    kind: z.literal("velocity"),
    reps: z.number().int().min(1).max(30),
    targetVelocity: z.number().positive().max(2),
  }),
]);

export const slotPrescriptionSchema = z.strictObject({
  sets: z.number().int().min(1).max(20),
  reps: z.union([reps, z.tuple([reps, reps])]),
  rpe: rpe.optional(),
  percent1rm: z.number().min(1).max(100).optional(),
  restSeconds: z.number().int().min(0).max(900).optional(),
  seconds: z.number().int().min(1).max(3600).optional(),
  amrap: z.boolean().optional(),
  rampDownPct: z.array(z.number().min(1).max(60)).max(10).optional(),
  topSet: z.strictObject({ reps, rpe, backoffPct: z.number().min(50).max(100) }).optional(),
});

/** A dose per block kind; kinds left out use the goal defaults for that kind. */
const prescriptionByKind = z.strictObject({
  accumulation: slotPrescriptionSchema.optional(),
  intensification: slotPrescriptionSchema.optional(),
  realization: slotPrescriptionSchema.optional(),
  deload: slotPrescriptionSchema.optional(),
  taper: slotPrescriptionSchema.optional(),
});

export const slotConstraintsSchema = z.strictObject({
  loadTypes: z.array(z.enum(LOAD_TYPES)).max(LOAD_TYPES.length).optional(),
  unilateral: z.boolean().optional(),
  muscles: z.array(z.enum(MUSCLES)).max(MUSCLES.length).optional(),
  tags: z.array(z.string().min(1).max(40)).max(20).optional(),
});

/** Slots sharing a group id are trained in rounds (superset of 2, circuit of 3+); validateMethod checks the rest. */
export const slotGroupSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9]{1,8}$/, "expected 1-8 letters or digits (e.g. A)"),
  restAfterSeconds: z.number().int().min(0).max(MAX_GROUP_REST_AFTER),
  restBetweenSeconds: z.number().int().min(0).max(MAX_GROUP_REST_BETWEEN).optional(),
});

export const methodSlotSchema = z.strictObject({
  pattern: z.enum(MOVEMENT_PATTERNS),
  role: z.enum(SLOT_ROLES),
  label: z.string().min(1).max(80).optional(),
  exerciseIds: z.array(z.string().min(1).max(120)).min(1).max(12).optional(),
  constraints: slotConstraintsSchema.optional(),
  prescription: prescriptionByKind.optional(),
  progression: progressionRuleSchema.optional(),
  group: slotGroupSchema.optional(),
});

/** One training day; the roadmap's split days have this shape too. */
export const methodDaySchema = z.strictObject({
  label: z.string().min(1).max(80),
  slots: z.array(methodSlotSchema).min(1).max(8),
});

export const deloadRuleSchema = z.strictObject({
  setsScale: z.number().min(0.4).max(0.6),
  loadScale: z.number().min(0.85).max(1),
  rpeShift: z.number().min(-3).max(0),
});

const methodShape = z.strictObject({
  version: z.literal(1),
  id: z
    .string()
    .max(120)
    .regex(/^(org:)?[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id, organization methods prefixed org:"),
  name: z.string().min(1).max(120),
  summary: z.string().min(1).max(600),
  basis: z.string().min(1).max(1000),
  goals: z.array(z.enum(GOALS)).min(1).max(GOALS.length),
  levels: z.array(z.enum(LEVELS)).min(1).max(LEVELS.length),
  daysPerWeek: z.tuple([z.number().int().min(1).max(7), z.number().int().min(1).max(7)]).optional(),
  minAge: z.number().int().min(18).max(120).optional(),
  eventPeaking: z.boolean().optional(),
  days: z.array(methodDaySchema).min(1).max(7),
  deload: deloadRuleSchema,
  weeklySets: z
    .partialRecord(z.enum(MUSCLES), z.tuple([z.number().int().min(0).max(40), z.number().int().min(0).max(40)]))
    .optional(),
});

/**
 * A method, as exported and imported (JSON). Exercise ids are checked against a catalog by the
 * caller that has one (the server knows the organization's own exercises).
 */
export const methodSchema = methodShape.superRefine(
  (method, ctx) => {
    for (const problem of validateMethod(method)) {
      const path = problem.path === "" ? [] : problem.path.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k));
      ctx.addIssue({ code: "custom", path, message: problem.message });
    }
    // Only once the shape is clean, so a bound zod already reported is not reported twice.
  },
  { when: (payload) => payload.issues.length === 0 },
);

const _rule: Equals<z.output<typeof progressionRuleSchema>, ProgressionRule> = true;
const _prescription: Equals<z.output<typeof slotPrescriptionSchema>, SlotPrescription> = true;
const _constraints: Equals<z.output<typeof slotConstraintsSchema>, SlotConstraints> = true;
const _group: Equals<z.output<typeof slotGroupSchema>, SlotGroup> = true;
const _slot: Equals<z.output<typeof methodSlotSchema>, MethodSlot> = true;
const _day: Equals<z.output<typeof methodDaySchema>, MethodDay> = true;
const _deload: Equals<z.output<typeof deloadRuleSchema>, DeloadRule> = true;
const _method: Equals<z.output<typeof methodSchema>, Method> = true;
void _rule;
void _prescription;
void _constraints;
void _group;
void _slot;
void _day;
void _deload;
void _method;
