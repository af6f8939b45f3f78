import type { Catalog } from "../catalog/index.ts";
import type { Reason } from "../core/reasons.ts";
import type { ProgressionStates, SessionLog } from "../logging/index.ts";
import type { BodyRegion, ClientProfile, Equipment, MovementPattern, Unit } from "../model/index.ts";
import type { SlotRole } from "../model/plan.ts";
import type { Roadmap, RoadmapPosition } from "../roadmap/index.ts";
import type { EffortScale, TrainerProfile } from "../trainer-profile/index.ts";

/** Optional readiness inputs for today. Soreness is 0 (none) - 10 (extreme). */
export type TodayReadiness = {
  sleepHours?: number;
  soreness?: number;
  hrvStatus?: "below" | "within" | "above";
};

/** What the coach sets on the day. Give `equipment` (a list) or `locationId` (one of the client's). */
export type TodayParams = {
  durationMinutes: number;
  locationId?: string;
  equipment?: Equipment[];
  newPain: { region: BodyRegion; severity: number }[];
  readiness?: TodayReadiness;
};

export const ADJUSTMENT_KINDS = ["load_hold", "deload", "volume_change", "substitution", "session_swap"] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/**
 * A plan change that was approved by a coach or applied automatically by the client's tier (an
 * accepted proposal). The engine honours it while today is within [from, until] and puts its
 * `proposalId` in the reasons of everything it changes. Rejected, undone or pending proposals are
 * never passed in.
 */
export type Adjustment = {
  proposalId: string;
  kind: AdjustmentKind;
  decidedBy: "coach" | "automation";
  /** Inclusive ISO dates (YYYY-MM-DD). */
  from: string;
  until: string;
  /** load_hold: that exercise only (absent = every lift); substitution: the exercise to avoid. */
  exerciseId?: string;
  /** substitution: the exercise to use instead, when the proposal named one. */
  substituteId?: string;
  /** deload / session_swap: multiplier on loads, 0.5-1. */
  loadScale?: number;
  /** deload / volume_change: multiplier on working sets, 0.25-1.5. */
  setsScale?: number;
  /** session_swap: added to effort targets (RPE), -3-0. */
  rpeShift?: number;
  /** The proposal's "after" text, for the reason. */
  note?: string;
  /**
   * True for a proposal still waiting for the coach: a pending hold or deload shapes the draft
   * as "held pending your approval" (other kinds are ignored until decided).
   */
  pending?: boolean;
};

export type GenerateSessionInput = {
  trainer: TrainerProfile;
  client: ClientProfile;
  /** Built-in exercises merged with the organization's own. */
  catalog: Catalog;
  roadmap: Roadmap;
  /** From roadmapPosition(roadmap, today). */
  position: RoadmapPosition;
  /** Past session logs, any order. */
  history: SessionLog[];
  /**
   * Progression states folded from every log BEFORE `history` (what a server stores as logs
   * arrive): `history` then continues from them, so a windowed history (the last weeks) drafts
   * the same loads as the full one without re-reading years of logs. Absent: `history` is all
   * there is.
   */
  priorStates?: ProgressionStates;
  today: TodayParams;
  /** ISO date-time or epoch ms; "today" is its UTC date. */
  now: string | number;
  seed: string | number;
  /** Accepted proposals (approved, edited or auto-applied and not undone); default none. */
  adjustments?: Adjustment[];
  /** A profile without a PAR-Q+ screen is gated like an uncleared one (screening/clearance.ts). */
  requireScreening?: boolean;
  /**
   * The split day the coach's week calendar put on this date (0-based index into the block's
   * split). Given when a week is drafted at once: the rotation reads logs only, so every draft of
   * an unlogged week would otherwise be the same "next" day. Absent: rotation by what was trained.
   */
  plannedDayIndex?: number;
};

export type ItemRole = "general" | "ramp" | SlotRole | "finisher" | "cooldown";

/** An effort target on the trainer's scale. */
export type EffortTarget = { scale: EffortScale; value: number };

/** One prescribed exercise. Loads are in `unit` and on the equipment's increment grid. */
export type SessionItem = {
  exerciseId: string;
  name: string;
  pattern: MovementPattern;
  role: ItemRole;
  sets: number;
  reps?: number;
  seconds?: number;
  load?: number;
  unit: Unit;
  effort?: EffortTarget;
  restSeconds: number;
  tempo: string;
  cues: string[];
  note?: string;
  /** The last set is taken for as many reps as possible at this load (reps is the minimum). */
  amrap?: boolean;
  /** Exercise ids the coach can swap to: same pattern, available today, pain-safe, not banned. */
  alternatives: string[];
  estimatedSeconds: number;
  reasons: Reason[];
  /** Present when the item is done in rounds with its neighbours (a superset or circuit). */
  group?: ItemGroup;
};

/**
 * An item's place in a superset (2 members) or circuit (3+). Members are contiguous in their
 * section; `restSeconds` of a member is the rest after its set before the next member, and of the
 * last member `restAfterSeconds` (the rest after each round).
 */
export type ItemGroup = {
  id: string;
  kind: "superset" | "circuit";
  /** 1-based position in the group (A1, A2). */
  position: number;
  size: number;
  restAfterSeconds: number;
};

/** A generated session draft. */
export type Session = {
  date: string;
  dayLabel: string;
  blockKind: string;
  unit: Unit;
  warmup: SessionItem[];
  main: SessionItem[];
  finisher: SessionItem[];
  cooldown: SessionItem[];
  estimatedMinutes: number;
  requestedMinutes: number;
  /** Session-level reasons (day choice, readiness, pain, duration fit). */
  reasons: Reason[];
  seed: string;
};
