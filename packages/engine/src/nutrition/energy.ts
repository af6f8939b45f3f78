/**
 * Resting energy equations and activity factors. Each function returns the value with the reason a
 * coach reads (formula, inputs) so every target built on it can show its arithmetic.
 */
import { type Reason, reason } from "../core/reasons.ts";
import { round } from "../core/stats.ts";

export type Sex = "female" | "male" | "other";

/** A number and why it is that number. */
export type Explained = { value: number; reasons: Reason[] };

/**
 * Mifflin-St Jeor (Mifflin MD et al., Am J Clin Nutr 1990;51:241-247): 10W + 6.25H − 5A + 5 (men),
 * − 161 (women). Predicts measured RMR within 10% in more adults than other equations (Frankenfield
 * et al., J Am Diet Assoc 2005;105:775-789). "other" uses the midpoint of the two constants (−78), a
 * stated convention, not a published equation.
 */
export function mifflinStJeor(sex: Sex, weightKg: number, heightCm: number, ageYears: number): Explained {
  const constant = mifflinConstant(sex);
  const value = mifflinStJeorKcal(sex, weightKg, heightCm, ageYears);
  return {
    value,
    reasons: [
      reason(
        "nutrition.rmr.mifflin_st_jeor",
        `Resting energy ${round(value, 1)} kcal/day by Mifflin-St Jeor: 10 × ${round(weightKg, 1)} kg + 6.25 × ${round(heightCm, 1)} cm − 5 × ${ageYears} y ${constant >= 0 ? "+" : "−"} ${Math.abs(constant)}.`,
        { sex, weightKg, heightCm, ageYears, constant },
      ),
    ],
  };
}

const mifflinConstant = (sex: Sex) => (sex === "male" ? 5 : sex === "female" ? -161 : -78);
/** Mifflin-St Jeor's value alone (the daily pass reads it without the reason). */
export const mifflinStJeorKcal = (sex: Sex, weightKg: number, heightCm: number, ageYears: number) =>
  10 * weightKg + 6.25 * heightCm - 5 * ageYears + mifflinConstant(sex);

/** Katch-McArdle's value alone. */
export const katchMcArdleKcal = (leanMassKg: number) => 370 + 21.6 * leanMassKg;

/** Katch-McArdle: 370 + 21.6 × lean body mass (kg); used when lean mass is known. */
export function katchMcArdle(leanMassKg: number): Explained {
  const value = katchMcArdleKcal(leanMassKg);
  return {
    value,
    reasons: [
      reason(
        "nutrition.rmr.katch_mcardle",
        `Resting energy ${round(value, 1)} kcal/day by Katch-McArdle: 370 + 21.6 × ${round(leanMassKg, 2)} kg lean mass.`,
        { leanMassKg },
      ),
    ],
  };
}

/** Cunningham (1980; 500 + 22 × fat-free mass), often used for athletes; offered for comparison. */
export const cunningham = (leanMassKg: number) => 500 + 22 * leanMassKg;

/** Harris-Benedict revised (Roza & Shizgal, Am J Clin Nutr 1984;40:168-182); offered for comparison. */
export function harrisBenedictRevised(sex: "female" | "male", w: number, h: number, a: number): number {
  return sex === "male" ? 88.362 + 13.397 * w + 4.799 * h - 5.677 * a : 447.593 + 9.247 * w + 3.098 * h - 4.33 * a;
}

/** Lean body mass from total mass and body-fat percentage: W × (1 − BF%/100). */
export const leanMass = (weightKg: number, bodyFatPct: number) => weightKg * (1 - bodyFatPct / 100);

/**
 * The conventional TDEE multipliers (sedentary 1.2 … extra active 1.9; the Harris-Benedict TDEE
 * table). They are population heuristics: FAO/WHO/UNU 2004 reports ±8-10% individual spread.
 */
export const ACTIVITY_FACTORS = {
  sedentary: 1.2,
  light: 1.375,
  moderate: 1.55,
  very: 1.725,
  extra: 1.9,
} as const;
export type ActivityLevel = keyof typeof ACTIVITY_FACTORS;

/**
 * Step bands (Tudor-Locke & Bassett, Sports Med 2004;34:1-8): < 5,000 sedentary, 5,000-7,499 low
 * active, 7,500-9,999 somewhat active, ≥ 10,000 active, ≥ 12,500 highly active.
 */
export const STEP_BANDS = { light: 5000, moderate: 7500, very: 10000, extra: 12500 } as const;

/** What is known of the client's actual activity. */
export type ActivityEvidence = {
  /** Mean daily steps over the recent window, when a device reports them. */
  avgDailySteps?: number;
  /** Training sessions completed per week over the recent window (from the session log). */
  sessionsPerWeek?: number;
  /** Declared level, used only when nothing measured is known. */
  declared?: ActivityLevel;
};

const levelFromSessions = (n: number): ActivityLevel =>
  n < 1 ? "sedentary" : n < 3 ? "light" : n < 6 ? "moderate" : "very";

const levelFromSteps = (s: number): ActivityLevel =>
  s >= STEP_BANDS.extra
    ? "extra"
    : s >= STEP_BANDS.very
      ? "very"
      : s >= STEP_BANDS.moderate
        ? "moderate"
        : s >= STEP_BANDS.light
          ? "light"
          : "sedentary";

const RANK: Record<ActivityLevel, number> = { sedentary: 0, light: 1, moderate: 2, very: 3, extra: 4 };

/** The activity level the factor is read from, and what it was judged from (see activityFactor). */
export function activityLevel(evidence: ActivityEvidence): { level: ActivityLevel; source: string } {
  const fromSessions =
    evidence.sessionsPerWeek !== undefined
      ? { level: levelFromSessions(evidence.sessionsPerWeek), source: "training_sessions" }
      : null;
  const fromSteps =
    evidence.avgDailySteps !== undefined ? { level: levelFromSteps(evidence.avgDailySteps), source: "steps" } : null;
  // With both, the higher wins; at a tie the session count (the first candidate) stays.
  if (fromSessions && fromSteps) return RANK[fromSteps.level] > RANK[fromSessions.level] ? fromSteps : fromSessions;
  return (
    fromSessions ??
    fromSteps ?? { level: evidence.declared ?? "sedentary", source: evidence.declared ? "declared" : "default" }
  );
}

/**
 * The activity factor from what was measured: the session count maps to the table's "days a week"
 * bands, steps to Tudor-Locke's bands; with both, the higher one wins (steps already count the
 * walking and running of training, so adding them would double count). A declared level is the
 * fallback; with nothing known, sedentary (the conservative choice for an energy target).
 */
export function activityFactor(evidence: ActivityEvidence): Explained & { level: ActivityLevel } {
  const best = activityLevel(evidence);
  const value = ACTIVITY_FACTORS[best.level];
  return {
    value,
    level: best.level,
    reasons: [
      reason(
        "nutrition.activity_factor",
        `Activity factor ${value} (${best.level}) from ${best.source.replace("_", " ")}.`,
        {
          level: best.level,
          source: best.source,
          sessionsPerWeek: evidence.sessionsPerWeek ?? null,
          avgDailySteps: evidence.avgDailySteps ?? null,
        },
        { ...STEP_BANDS, ...ACTIVITY_FACTORS },
      ),
    ],
  };
}

/**
 * Energy availability (kcal per kg fat-free mass per day): (intake − exercise energy) / FFM
 * (Loucks; Burke et al., Int J Sport Nutr Exerc Metab 2018). < 30 is low, 30-45 reduced.
 */
export const EA_THRESHOLDS = { low: 30, optimal: 45 } as const;
export const energyAvailability = (intakeKcal: number, exerciseKcal: number, ffmKg: number) =>
  (intakeKcal - exerciseKcal) / ffmKg;

/**
 * Exercise energy above rest for training minutes: (MET − 1) × kg × hours. MET 5 sits between the
 * Compendium's resistance training at moderate (3.5) and vigorous (6.0) effort (Ainsworth et al., Med
 * Sci Sports Exerc 2011;43:1575-1581); net of the resting MET already counted in resting energy.
 */
export const TRAINING_MET = 5;
export const exerciseKcal = (minutes: number, weightKg: number, met: number = TRAINING_MET) =>
  (Math.max(0, met - 1) * weightKg * minutes) / 60;
