import type { Method } from "../types.ts";
import { FAT_LOSS_STRENGTH_CONDITIONING } from "./fat-loss-strength-conditioning.ts";
import { GENERAL_FITNESS_BEGINNER } from "./general-fitness-beginner.ts";
import { GZCLP_TIERED_NOVICE } from "./gzclp.ts";
import { NOVICE_LINEAR_FULL_BODY } from "./novice-linear.ts";
import { OLDER_ADULT_STRENGTH_BALANCE } from "./older-adult-strength-balance.ts";
import { POWERLIFTING_PEAKING } from "./powerlifting-peaking.ts";
import { PUSH_PULL_LEGS_HYPERTROPHY } from "./push-pull-legs.ts";
import { RPE_STRENGTH } from "./rpe-strength.ts";
import { TRAINING_MAX_531 } from "./training-max-531.ts";
import { UPPER_LOWER_HYPERTROPHY } from "./upper-lower-hypertrophy.ts";

/**
 * The built-in method library, written by the team from the published parameters of well-known
 * approaches (each method's `basis` names its sources). The order breaks ties when choosing a
 * default, so simpler methods come first.
 */
export const BUILTIN_METHODS: readonly Method[] = Object.freeze(
  [
    NOVICE_LINEAR_FULL_BODY,
    GZCLP_TIERED_NOVICE,
    TRAINING_MAX_531,
    RPE_STRENGTH,
    UPPER_LOWER_HYPERTROPHY,
    PUSH_PULL_LEGS_HYPERTROPHY,
    GENERAL_FITNESS_BEGINNER,
    OLDER_ADULT_STRENGTH_BALANCE,
    FAT_LOSS_STRENGTH_CONDITIONING,
    POWERLIFTING_PEAKING,
  ].map(deepFreeze),
);

/** Frozen all the way down: roadmaps copy a method's days by reference, so no caller may edit them. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export {
  FAT_LOSS_STRENGTH_CONDITIONING,
  GENERAL_FITNESS_BEGINNER,
  GZCLP_TIERED_NOVICE,
  NOVICE_LINEAR_FULL_BODY,
  OLDER_ADULT_STRENGTH_BALANCE,
  POWERLIFTING_PEAKING,
  PUSH_PULL_LEGS_HYPERTROPHY,
  RPE_STRENGTH,
  TRAINING_MAX_531,
  UPPER_LOWER_HYPERTROPHY,
};
