import type { Reason } from "../core/reasons.ts";
import type { MethodDay, MethodSlot } from "../method/types.ts";
import type { Goal } from "../model/index.ts";
import type { BlockKind, ProgressionRule } from "../model/plan.ts";

export {
  BLOCK_KINDS,
  type BlockKind,
  type ProgressionKind,
  type ProgressionRule,
  SLOT_ROLES,
  type SlotRole,
} from "../model/plan.ts";

/**
 * One exercise slot of a training day: a movement pattern and role, and (when it comes from a
 * method) the intended exercises, prescription per block kind and progression rule.
 */
export type Slot = MethodSlot;

/** One training day of the weekly split (a method's day). */
export type SplitDay = MethodDay;

/** Effort targets as RPE (the engine converts to the trainer's scale when it prescribes). */
export type EffortTargets = { mainRpe: number; accessoryRpe: number };

/** Sets × reps for a role. */
export type Dose = { sets: number; reps: number };

/** A block of consecutive weeks with one focus ("training direction"). */
export type Block = {
  kind: BlockKind;
  focus: string;
  /** ISO date (YYYY-MM-DD) of the block's first day. */
  startDate: string;
  weeks: number;
  split: SplitDay[];
  progression: ProgressionRule;
  effort: EffortTargets;
  main: Dose;
  accessory: Dose;
};

/** A client's plan: blocks back to back from `startDate`. */
export type Roadmap = {
  version: 1;
  goal: Goal;
  startDate: string;
  /** ISO date of the day after the last block. */
  endDate: string;
  eventDate?: string;
  /** The method whose days fill each block's split (absent on roadmaps built before methods). */
  method?: { id: string; name: string };
  blocks: Block[];
  reasons: Reason[];
};

/** Where a date falls in a roadmap. Past the end the last block repeats (`status: "after"`). */
export type RoadmapPosition = {
  blockIndex: number;
  /** 0-based week within the block. */
  weekInBlock: number;
  /** 0-based week since the roadmap started. */
  week: number;
  status: "before" | "active" | "after";
};
