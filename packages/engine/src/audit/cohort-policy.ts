import type { CohortAttribute } from "./cohort-clients.ts";

/** What a difference between two matched clients is about. */
export const COHORT_DIMENSIONS = [
  "segment",
  "screening",
  "intake",
  "method",
  "session",
  "exercise",
  "sets",
  "reps",
  "effort",
  "load",
] as const;
export type CohortDimension = (typeof COHORT_DIMENSIONS)[number];

export type AttributeEffect = {
  /** Reason input names that carry this attribute: a differing reason citing one explains the difference. */
  inputs: readonly string[];
  /** Dimensions the attribute may legitimately change. Anything else it changes is unexplained. */
  may: readonly CohortDimension[];
  /** The rule, in words, that allows it. */
  rule: string;
};

/**
 * The audit's fairness policy: which differences an attribute is allowed to cause. Sex alone
 * changes nothing (exercise choice, volume, effort and loads relative to strength follow goal,
 * level and strength, not sex: Roberts, Nuckols & Krieger 2020, J Strength Cond Res 34(5):1448-
 * 1460 found similar relative strength and hypertrophy gains in women and men). Age changes the
 * screening outcome (PAR-Q+ > 45 before vigorous work, Warburton et al. 2011, Health Fit J Can
 * 4(2):3-23; ACSM older adults, Riebe et al. 2015, Med Sci Sports Exerc 47(11):2473-2479), the
 * segment and an older-adult method; body mass changes loads only through strength (checked
 * relative to it) and BMI notes; training age sets the level, which shapes everything.
 */
export const ATTRIBUTE_EFFECTS: Record<CohortAttribute, AttributeEffect> = {
  ageBand: {
    inputs: ["age"],
    may: ["segment", "screening", "intake", "method"],
    rule: "age bands change screening (PAR-Q+ > 45, ACSM ≥ 65), the segment and an older-adult method's eligibility",
  },
  sex: { inputs: [], may: [], rule: "sex alone must not change prescriptions, flags or tiers" },
  bodyMass: {
    inputs: ["bodyMassKg", "bmi"],
    may: ["intake"],
    rule: "body mass at equal strength changes only BMI-based intake notes",
  },
  strength: {
    inputs: ["e1rmKg", "loadKg"],
    may: ["intake", "session", "exercise", "sets", "reps", "effort"],
    rule: "loads scale with strength; the fixed plate grid and the empty-bar floor change ramp sets, duration fitting and the progression that follows",
  },
  trainingAge: {
    inputs: ["trainingAgeMonths", "experience", "level", "exercising"],
    may: COHORT_DIMENSIONS,
    rule: "training age sets the level (novice < 12 months, advanced ≥ 36), which shapes method, dose and selection",
  },
};

/**
 * Loads are compared relative to strength: load ÷ strength factor. Two relative loads within one
 * plate step (2.5 kg, scaled back) plus 2.5% are the same prescription rounded onto the grid.
 */
export const LOAD_TOLERANCE = { stepKg: 2.5, relative: 0.025 } as const;
