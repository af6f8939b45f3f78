import { dayIndex, isoFromDay } from "../core/dates.ts";
import type { CheckInSeries } from "../readiness/series.ts";
import { type Persistence, type PersistenceRule, persistence } from "./persistence.ts";

export const SORENESS_RULES = {
  /**
   * Persistent soreness: soreness ≥ 5/7 on 5 days in a row or on ≥ 5 of the last 7 days. Delayed-onset
   * soreness peaks 24-72 h after unaccustomed work and fades within days (Cheung, Hume & Maxwell,
   * Sports Med 2003;33:145-164), so most of a week of high soreness is more than one hard session.
   */
  persistentMin: 5,
  persistentDays: 5,
  persistent: { consecutive: 5, nOfM: { n: 5, m: 7 } } satisfies PersistenceRule,
  /**
   * Hooper & Mackinnon (Sports Med 1995;20:321-327) staleness criterion: an item > 5 for > 7
   * consecutive days. The window form (8 of the last 10 days) keeps one or two missed check-ins
   * from resetting the count (engine extension of the same criterion).
   */
  stalenessAbove: 5,
  stalenessDays: 8,
  staleness: { consecutive: 8, nOfM: { n: 8, m: 10 } } satisfies PersistenceRule,
} as const;

export type PersistentSoreness = {
  days: number;
  dates: string[];
  mean: number;
  by: Persistence["by"];
  run: number;
} | null;

/** Persistence of `item > above` (or `≥ min`) over the days ending at index `i`. */
function itemPersistence(
  s: CheckInSeries,
  xs: Float64Array,
  i: number,
  held: (x: number) => boolean,
  rule: PersistenceRule,
): Persistence {
  const span = Math.max(rule.consecutive, rule.nOfM.m) + 7;
  const flags: (boolean | null)[] = [];
  const dates: string[] = [];
  for (let j = i - span + 1; j <= i; j++) {
    const x = j >= 0 ? xs[j]! : Number.NaN;
    flags.push(Number.isNaN(x) ? null : held(x));
    dates.push(isoFromDay(s.startDay + j));
  }
  return persistence(flags, dates, rule);
}

export function persistentSoreness(s: CheckInSeries, i: number): PersistentSoreness {
  const p = itemPersistence(s, s.soreness, i, (x) => x >= SORENESS_RULES.persistentMin, SORENESS_RULES.persistent);
  if (!p.met) return null;
  let sum = 0;
  for (const d of p.dates) sum += s.soreness[dayIndex(d) - s.startDay]!;
  return { days: p.dates.length, dates: p.dates, mean: sum / p.dates.length, by: p.by, run: p.run };
}

export type Staleness = {
  item: "sleepQuality" | "fatigue" | "soreness" | "stress";
  days: number;
  by: Persistence["by"];
  dates: string[];
} | null;

/**
 * Hooper staleness cue: one of the four Hooper items rated > 5 on 8 consecutive days, or on 8 of
 * the last 10 days.
 */
export function hooperStaleness(s: CheckInSeries, i: number): Staleness {
  for (const item of ["fatigue", "soreness", "stress", "sleepQuality"] as const) {
    const p = itemPersistence(s, s[item], i, (x) => x > SORENESS_RULES.stalenessAbove, SORENESS_RULES.staleness);
    if (p.met) return { item, days: p.by === "consecutive" ? p.run : p.count, by: p.by, dates: p.dates };
  }
  return null;
}
