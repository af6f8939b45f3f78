import { DEFAULT_INCREMENTS } from "../units/index.ts";
import type { TrainerProfile } from "./trainer-profile.ts";

/**
 * Defaults: a generalist trainer. Rest follows NSCA goal-based assignment (Haff & Triplett 2016,
 * Essentials of Strength Training and Conditioning, 4th ed., Human Kinetics):
 * strength 2-5 min, hypertrophy 30-90 s, endurance ≤ 30 s, with practical middles.
 */
export const DEFAULT_TRAINER_PROFILE: Readonly<TrainerProfile> = Object.freeze({
  trainingStyles: ["hypertrophy", "strength"],
  progressionMethods: ["double", "rpe", "linear", "percent_wave", "velocity"],
  effortScale: "rpe",
  warmupStyle: "general_then_ramp",
  finisherStyle: "conditioning",
  preferredExercises: [],
  bannedExercises: [],
  restSecondsByGoal: {
    strength: { main: 180, accessory: 90 },
    performance: { main: 150, accessory: 75 },
    hypertrophy: { main: 120, accessory: 75 },
    fat_loss: { main: 90, accessory: 60 },
    general_health: { main: 90, accessory: 60 },
    endurance: { main: 60, accessory: 45 },
  },
  deloadEveryWeeks: 4,
  units: "client",
  loadIncrements: { kg: DEFAULT_INCREMENTS.kg, lb: DEFAULT_INCREMENTS.lb },
  voice: { cueVerbosity: "standard", tone: "direct" },
  defaultMethods: {},
}) as TrainerProfile;

/** Fills a partial profile with defaults (shallow per top-level field, deep for rest, voice and default methods). */
export function createTrainerProfile(partial: Partial<TrainerProfile> = {}): TrainerProfile {
  const d = DEFAULT_TRAINER_PROFILE;
  return {
    ...d,
    ...partial,
    restSecondsByGoal: { ...d.restSecondsByGoal, ...partial.restSecondsByGoal },
    loadIncrements: { ...d.loadIncrements, ...partial.loadIncrements },
    voice: { ...d.voice, ...partial.voice },
    defaultMethods: { ...d.defaultMethods, ...partial.defaultMethods },
  };
}
