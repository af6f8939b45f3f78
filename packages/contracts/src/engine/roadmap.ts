import {
  BLOCK_KINDS,
  type Block,
  GOALS,
  MOVEMENT_PATTERNS,
  type ProgressionRule,
  type Roadmap,
  type RoadmapPosition,
  SLOT_ROLES,
} from "@spotter/engine";
import { z } from "zod";
import { isoDate } from "../common.ts";
import type { Equals } from "./equals.ts";
import { reasonSchema } from "./reason.ts";

const rpe = z.number().min(1).max(10);
const dose = z.object({ sets: z.number().int().min(1).max(10), reps: z.number().int().min(1).max(30) });

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

export const splitDaySchema = z.object({
  label: z.string().min(1).max(80),
  slots: z
    .array(z.object({ pattern: z.enum(MOVEMENT_PATTERNS), role: z.enum(SLOT_ROLES) }))
    .min(1)
    .max(8),
});

export const roadmapBlockSchema = z.object({
  kind: z.enum(BLOCK_KINDS),
  focus: z.string().max(200),
  startDate: isoDate,
  weeks: z.number().int().min(1).max(52),
  split: z.array(splitDaySchema).min(1).max(7),
  progression: progressionRuleSchema,
  effort: z.object({ mainRpe: rpe, accessoryRpe: rpe }),
  main: dose,
  accessory: dose,
});

/** A roadmap, as built by the engine or edited by the coach (validateRoadmap checks the dates). */
export const roadmapSchema = z.object({
  version: z.literal(1),
  goal: z.enum(GOALS),
  startDate: isoDate,
  endDate: isoDate,
  eventDate: isoDate.optional(),
  blocks: z.array(roadmapBlockSchema).min(1).max(60),
  reasons: z.array(reasonSchema).max(50).default([]),
});

export const roadmapPositionSchema = z.object({
  blockIndex: z.number().int().min(0),
  weekInBlock: z.number().int().min(0),
  week: z.number().int().min(0),
  status: z.enum(["before", "active", "after"]),
});

const _rule: Equals<z.output<typeof progressionRuleSchema>, ProgressionRule> = true;
const _block: Equals<z.output<typeof roadmapBlockSchema>, Block> = true;
const _roadmap: Equals<z.output<typeof roadmapSchema>, Roadmap> = true;
const _position: Equals<z.output<typeof roadmapPositionSchema>, RoadmapPosition> = true;
void _rule;
void _block;
void _roadmap;
void _position;
