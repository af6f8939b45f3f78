import type { Goal } from "../model/index.ts";
import type { LoadIncrements } from "../units/index.ts";

/** How the trainer likes to train; the first listed style is the primary one. */
export const TRAINING_STYLES = ["strength", "hypertrophy", "athletic", "conditioning"] as const;
export type TrainingStyle = (typeof TRAINING_STYLES)[number];

/** Progression models the engine implements (one file each under progression/). */
export const PROGRESSION_METHODS = ["linear", "double", "rpe", "percent_wave", "velocity"] as const;
export type ProgressionMethod = (typeof PROGRESSION_METHODS)[number];

export const EFFORT_SCALES = ["rpe", "rir", "percent_1rm"] as const;
export type EffortScale = (typeof EFFORT_SCALES)[number];

/** `general_then_ramp`: pulse-raiser + drills, then ramp sets; `ramp_only`: ramp sets only; `movement_prep`: drills and a longer ramp. */
export const WARMUP_STYLES = ["general_then_ramp", "ramp_only", "movement_prep"] as const;
export type WarmupStyle = (typeof WARMUP_STYLES)[number];

export const FINISHER_STYLES = ["none", "conditioning", "core", "carry"] as const;
export type FinisherStyle = (typeof FINISHER_STYLES)[number];

export const CUE_VERBOSITIES = ["minimal", "standard", "detailed"] as const;
export type CueVerbosity = (typeof CUE_VERBOSITIES)[number];

export const TONES = ["encouraging", "direct", "technical"] as const;
export type Tone = (typeof TONES)[number];

/** Rest between sets, seconds, for main lifts and for accessories. */
export type RestRule = { main: number; accessory: number };

/**
 * A trainer's methodology: the lens every generated session passes through. Set once; every field
 * changes some output (see test/programming/trainer-profile-fields.test.ts).
 */
export type TrainerProfile = {
  /** Primary style first: sets rep ranges, set counts and accessory bias. */
  trainingStyles: TrainingStyle[];
  /** Which progression models roadmaps may use; the first that suits the block wins. */
  progressionMethods: ProgressionMethod[];
  /** The scale effort targets are written on. */
  effortScale: EffortScale;
  warmupStyle: WarmupStyle;
  finisherStyle: FinisherStyle;
  /** Exercise ids chosen first when they fit. */
  preferredExercises: string[];
  /** Exercise ids never prescribed. */
  bannedExercises: string[];
  restSecondsByGoal: Record<Goal, RestRule>;
  /** A deload week follows every N − 1 loading weeks (N = 4 → 3 on, 1 off). 3-12. */
  deloadEveryWeeks: number;
  /** `client` follows each client's preference; `kg`/`lb` forces the gym's plates. */
  units: "client" | "kg" | "lb";
  /** What the trainer's gym can load, per unit. */
  loadIncrements: { kg: LoadIncrements; lb: LoadIncrements };
  voice: { cueVerbosity: CueVerbosity; tone: Tone };
  /**
   * The method (by id: built-in, or the organization's `org:` id) a client with this primary goal
   * follows unless their coach assigns another. A goal left out gets the engine's defaultMethodFor.
   */
  defaultMethods: Partial<Record<Goal, string>>;
};
