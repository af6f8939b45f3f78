import type { CheckInSeries } from "../readiness/series.ts";

export const SORENESS_RULES = {
  /** Persistent soreness: soreness ≥ 5/7 on ≥ 5 of the last 7 days (engine heuristic). */
  persistentMin: 5,
  persistentDays: 5,
  /** Hooper & Mackinnon 1995 staleness criterion: an item > 5 for > 7 consecutive days. */
  stalenessAbove: 5,
  stalenessDays: 8,
} as const;

export type PersistentSoreness = { days: number; dates: string[]; mean: number } | null;

export function persistentSoreness(s: CheckInSeries, i: number): PersistentSoreness {
  const dates: string[] = [];
  let sum = 0;
  for (let j = i - 6; j <= i; j++) {
    const x = j >= 0 ? s.soreness[j]! : Number.NaN;
    if (x >= SORENESS_RULES.persistentMin) {
      dates.push(s.records[j]!.date.slice(0, 10));
      sum += x;
    }
  }
  return dates.length >= SORENESS_RULES.persistentDays ? { days: dates.length, dates, mean: sum / dates.length } : null;
}

export type Staleness = { item: "sleepQuality" | "fatigue" | "soreness" | "stress"; days: number } | null;

/**
 * Hooper staleness cue: one of the four Hooper items rated > 5 on every check-in of the last
 * 8 consecutive days (days without a check-in break the run).
 */
export function hooperStaleness(s: CheckInSeries, i: number): Staleness {
  for (const item of ["fatigue", "soreness", "stress", "sleepQuality"] as const) {
    let run = 0;
    for (let j = i; j >= 0 && s[item][j]! > SORENESS_RULES.stalenessAbove; j--) run++;
    if (run >= SORENESS_RULES.stalenessDays) return { item, days: run };
  }
  return null;
}
