import type { MethodDay, MethodSlot } from "../method/types.ts";
import type { Goal } from "../model/index.ts";
import type { Reason } from "../core/reasons.ts";

export const BLOCK_KINDS = ["accumulation", "intensification", "realization", "deload", "taper"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const SLOT_ROLES = ["main", "secondary", "accessory"] as const;
export type SlotRole = (typeof SLOT_ROLES)[number];

/**
 * One exercise slot of a training day: a movement pattern and role, and (when it comes from a
 * method) the intended exercises, prescription per block kind and progression rule.
 */
export type Slot = MethodSlot;

/** One training day of the weekly split (a method's day). */
export type SplitDay = MethodDay;

/**
 * How loads move from one exposure to the next. Serialisable data (a discriminated union), so a
 * coach can edit it and the server can store it; progression/ interprets each kind.
 */
export type ProgressionRule =
  /** Add `incrementKg` after a fully completed exposure; after `failureLimit` stalls drop `resetPct` %. */
  | { kind: "linear"; incrementKg: number; failureLimit: number; resetPct: number }
  /** Add reps within `repRange`; when every set reaches the top, add `incrementPct` % and go back to the bottom. */
  | { kind: "double"; repRange: [number, number]; incrementPct: number }
  /** Load from e1RM through the RTS chart for `reps` at `targetRpe`. */
  | { kind: "rpe"; reps: number; targetRpe: number }
  /** %1RM of a training max (90% of e1RM), one wave step per week. */
  | { kind: "percent_wave"; trainingMaxPct: number; waves: { pct: number; reps: number }[] }
  /** Adjust load by mean concentric velocity against `targetVelocity` (m/s). */
  | { kind: "velocity"; reps: number; targetVelocity: number };
export type ProgressionKind = ProgressionRule["kind"];

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
