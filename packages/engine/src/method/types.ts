import type { Goal, Level, LoadType, MovementPattern, Muscle } from "../model/index.ts";
import type { BlockKind, ProgressionRule, SlotRole } from "../model/plan.ts";

/**
 * A method is a trainer's weekly template as data: days, each an ordered list of slots; each slot
 * names an exercise (or a choice among exercises), a role, a prescription per block kind and a
 * progression rule. Organizations own methods; the Trainer Profile picks a default per goal; a
 * coach assigns one to a client. The roadmap copies the method's days into each block, so a stored
 * roadmap reproduces its drafts even after the method is edited.
 */
export type Method = {
  version: 1;
  /** Stable kebab-case id; organization methods are prefixed `org:`. */
  id: string;
  name: string;
  /** One or two sentences a coach reads in a list. */
  summary: string;
  /** The published parameters this method follows (author, year, where), in the team's own words. */
  basis: string;
  /** Goals and levels it suits (used to pick a default; a coach may assign it to anyone). */
  goals: Goal[];
  levels: Level[];
  /**
   * Sessions per week it is written for, [min, max] (absent = one session per day listed). The
   * days rotate, so an A/B template at 3 sessions a week runs A, B, A then B, A, B.
   */
  daysPerWeek?: [number, number];
  /** Written for clients of at least this age (ACSM's older adults: 65+); a default only from then. */
  minAge?: number;
  /** Written to peak for a dated event (a meet, a test day); a default only when there is one. */
  eventPeaking?: boolean;
  /** The weekly template: rotated in order by what the client actually trained. */
  days: MethodDay[];
  /** How a deload (and a taper) week differs: fewer sets, intensity kept. */
  deload: DeloadRule;
  /** Optional weekly hard-set targets per muscle [min, max] that accessories aim at. */
  weeklySets?: Partial<Record<Muscle, [number, number]>>;
};

/** One training day of a method (the roadmap's SplitDay is the same shape). */
export type MethodDay = { label: string; slots: MethodSlot[] };

/**
 * One slot. `pattern` is always set (weekly balance, fallback when no listed exercise fits);
 * `exerciseIds` lists the intended exercises in order of preference (the first that fits today's
 * equipment and pain wins and then stays for the block); `constraints` narrow a pattern choice.
 */
export type MethodSlot = {
  pattern: MovementPattern;
  role: SlotRole;
  /** A short name a coach recognises ("T1", "Competition squat", "Back-off"). */
  label?: string;
  exerciseIds?: string[];
  constraints?: SlotConstraints;
  /** Dose per block kind; kinds not listed use the goal defaults for the block kind. */
  prescription?: Partial<Record<BlockKind, SlotPrescription>>;
  /** How this slot's load moves between exposures; absent = the block's rule (main) or the role default. */
  progression?: ProgressionRule;
  /** Trained as a superset (2 slots) or circuit (3+) with the neighbouring slots of the same group id. */
  group?: SlotGroup;
};

/**
 * Slots sharing a group id are done in rounds: one set of each member in turn, a short rest between
 * members and `restAfterSeconds` after the round. Members are contiguous, at least two, and agree
 * on both rests; the group's rests replace the members' own `restSeconds`. Pairing exercises this
 * way keeps the volume and saves rest time (Robbins et al., J Strength Cond Res 2010; Weakley et
 * al., Eur J Appl Physiol 2017).
 */
export type SlotGroup = {
  /** A short name shared by the members ("A", "B"); members print as A1, A2. */
  id: string;
  /** Rest after each round of the group, seconds. */
  restAfterSeconds: number;
  /** Rest between one member's set and the next member's, seconds (absent = 0). */
  restBetweenSeconds?: number;
};

/** Narrowing for a pattern choice: every listed constraint must hold. */
export type SlotConstraints = {
  loadTypes?: LoadType[];
  unilateral?: boolean;
  /** At least one primary muscle of the exercise is in this list. */
  muscles?: Muscle[];
  /** Every tag listed is on the exercise. */
  tags?: string[];
};

/**
 * Sets × reps at an effort. Give `rpe` or `percent1rm` (of the e1RM, or of the training max when
 * the slot's rule is a %1RM wave); the engine prints the other one from the RTS chart so they
 * never contradict. `reps` as a range means double progression inside it.
 */
export type SlotPrescription = {
  sets: number;
  reps: number | [number, number];
  rpe?: number;
  percent1rm?: number;
  restSeconds?: number;
  /** Timed work (carries, holds, conditioning): seconds per set instead of reps. */
  seconds?: number;
  /** The last set is taken for as many reps as possible (at the prescribed load). */
  amrap?: boolean;
  /**
   * Ramped sets before the last one, in %1RM points below it, heaviest last: 5/3/1's [20, 10]
   * makes 65/75/85 of an 85% week. They count toward `sets`; absent = straight sets.
   */
  rampDownPct?: number[];
  /** A heavier top set first (reps at rpe), then the sets above at `backoffPct` % of its load. */
  topSet?: { reps: number; rpe: number; backoffPct: number };
};

/**
 * Deload and taper weeks: volume is cut (setsScale 0.4-0.6), intensity is kept (loadScale ≥ 0.85).
 * `rpeShift` is added to RPE targets like readiness's shift, so an easier deload is negative
 * (-3 to 0; e.g. -1 = one RPE point easier). An explicit deload/taper prescription on a slot is
 * used as written.
 */
export type DeloadRule = { setsScale: number; loadScale: number; rpeShift: number };
