/**
 * Mirrors the engine's trainer-profile vocabulary (packages/engine/src/trainer-profile) until the
 * engine index exports it; the server validates against the engine's own schema, so a drift shows
 * up as a field error, never as silent bad data.
 */
export const TRAINING_STYLES = ["strength", "hypertrophy", "athletic", "conditioning"] as const;
export const PROGRESSION_METHODS = ["linear", "double", "rpe", "percent_wave", "velocity"] as const;
export const EFFORT_SCALES = ["rpe", "rir", "percent_1rm"] as const;
export const WARMUP_STYLES = ["general_then_ramp", "ramp_only", "movement_prep"] as const;
export const FINISHER_STYLES = ["none", "conditioning", "core", "carry"] as const;
export const CUE_VERBOSITIES = ["minimal", "standard", "detailed"] as const;
export const TONES = ["encouraging", "direct", "technical"] as const;

export type TrainerProfile = {
  trainingStyles: (typeof TRAINING_STYLES)[number][];
  progressionMethods: (typeof PROGRESSION_METHODS)[number][];
  effortScale: (typeof EFFORT_SCALES)[number];
  warmupStyle: (typeof WARMUP_STYLES)[number];
  finisherStyle: (typeof FINISHER_STYLES)[number];
  preferredExercises: string[];
  bannedExercises: string[];
  deloadEveryWeeks: number;
  units: "client" | "kg" | "lb";
  voice: { cueVerbosity: (typeof CUE_VERBOSITIES)[number]; tone: (typeof TONES)[number] };
  /** Fields this form does not edit (rest rules, load increments) pass through unchanged. */
  [extra: string]: unknown;
};

export const DEFAULT_TRAINER_PROFILE: TrainerProfile = {
  trainingStyles: ["hypertrophy", "strength"],
  progressionMethods: ["double", "rpe", "linear", "percent_wave", "velocity"],
  effortScale: "rpe",
  warmupStyle: "general_then_ramp",
  finisherStyle: "conditioning",
  preferredExercises: [],
  bannedExercises: [],
  deloadEveryWeeks: 4,
  units: "client",
  voice: { cueVerbosity: "standard", tone: "direct" },
};
