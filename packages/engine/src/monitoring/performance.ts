import { dayIndex } from "../core/dates.ts";
import type { E1rmRecord } from "./records.ts";

/**
 * e1RM noise between sessions is a few percent, so a drop must hold over two exposures at comparable
 * RPE (±1, the resolution of the RIR-based scale: Zourdos et al. J Strength Cond Res 2016;30:267-275).
 * The 5% size is an engine convention (no paper sets it).
 */
export const PERFORMANCE_RULES = {
  windowDays: 56,
  recentExposures: 2,
  minReferenceExposures: 2,
  maxReferenceExposures: 4,
  /** Comparable effort: reference sets within this many RPE of the recent sets. */
  rpeTolerance: 1,
  declinePct: -5,
} as const;

export type ExerciseTrend = {
  exerciseId: string;
  recentE1rmKg: number;
  referenceE1rmKg: number;
  changePct: number;
  recentDates: string[];
  referenceDates: string[];
};

export type PerformanceTrend = {
  exercises: ExerciseTrend[];
  /** Exercises whose e1RM fell by at least 5% at comparable effort, biggest drop first. */
  declining: ExerciseTrend[];
};

type Exposure = { day: number; date: string; e1rm: number; rpe: number };

/**
 * Performance trend per exercise: mean e1RM of the last 2 exposures against the mean of up to 4
 * earlier exposures (within 56 days) lifted at comparable effort (|ΔRPE| ≤ 1). One exposure per
 * day (the best e1RM of the day). Engine heuristic: e1RM from submaximal sets varies a few percent
 * between sessions, so only a ≥ 5% drop over two exposures is reported.
 */
export function performanceTrend(records: readonly E1rmRecord[], today: number): PerformanceTrend {
  const byExercise = new Map<string, Exposure[]>();
  for (const r of records) {
    const day = dayIndex(r.date);
    if (day > today || today - day >= PERFORMANCE_RULES.windowDays) continue;
    let list = byExercise.get(r.exerciseId);
    if (!list) {
      list = [];
      byExercise.set(r.exerciseId, list);
    }
    const same = list.find((e) => e.day === day);
    if (same) {
      if (r.e1rmKg > same.e1rm) {
        same.e1rm = r.e1rmKg;
        same.rpe = r.rpe;
      }
    } else list.push({ day, date: r.date.slice(0, 10), e1rm: r.e1rmKg, rpe: r.rpe });
  }
  const exercises: ExerciseTrend[] = [];
  for (const [exerciseId, list] of byExercise) {
    if (list.length < PERFORMANCE_RULES.recentExposures + PERFORMANCE_RULES.minReferenceExposures) continue;
    list.sort((a, b) => a.day - b.day);
    const recent = list.slice(-PERFORMANCE_RULES.recentExposures);
    const recentRpe = mean(recent.map((e) => e.rpe));
    const reference = list
      .slice(0, -PERFORMANCE_RULES.recentExposures)
      .filter((e) => Math.abs(e.rpe - recentRpe) <= PERFORMANCE_RULES.rpeTolerance)
      .slice(-PERFORMANCE_RULES.maxReferenceExposures);
    if (reference.length < PERFORMANCE_RULES.minReferenceExposures) continue;
    const recentE1rmKg = mean(recent.map((e) => e.e1rm));
    const referenceE1rmKg = mean(reference.map((e) => e.e1rm));
    exercises.push({
      exerciseId,
      recentE1rmKg,
      referenceE1rmKg,
      changePct: referenceE1rmKg > 0 ? (100 * (recentE1rmKg - referenceE1rmKg)) / referenceE1rmKg : 0,
      recentDates: recent.map((e) => e.date),
      referenceDates: reference.map((e) => e.date),
    });
  }
  exercises.sort((a, b) => (a.exerciseId < b.exerciseId ? -1 : a.exerciseId > b.exerciseId ? 1 : 0));
  const declining = exercises
    .filter((e) => e.changePct <= PERFORMANCE_RULES.declinePct)
    .sort((a, b) => a.changePct - b.changePct);
  return { exercises, declining };
}

function mean(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return xs.length ? s / xs.length : Number.NaN;
}
