import {
  BLOCK_KINDS,
  type Block,
  GOALS,
  type ProgressionRule,
  type Roadmap,
  type RoadmapPosition,
} from "@spotter/engine";
import { z } from "zod";
import { isoDate } from "../common.ts";
import type { Equals } from "./equals.ts";
import { methodDaySchema, progressionRuleSchema } from "./method.ts";
import { reasonSchema } from "./reason.ts";

const rpe = z.number().min(1).max(10);
const dose = z.object({ sets: z.number().int().min(1).max(10), reps: z.number().int().min(1).max(30) });

/** A roadmap's split day is a method's day (its slots carry the method's exercises and doses). */
export const splitDaySchema = methodDaySchema;
export { progressionRuleSchema };

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
  method: z.strictObject({ id: z.string().min(1).max(120), name: z.string().min(1).max(120) }).optional(),
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
