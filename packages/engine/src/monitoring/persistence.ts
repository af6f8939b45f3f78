/**
 * Persistence of a daily condition ("readiness low", "soreness ≥ 5/7"...). A rule is met by either
 * form, so a client who skips one check-in is not reset to zero:
 * - a streak: the condition held on `consecutive` calendar days in a row ending today;
 * - a window: it held on at least `n` of the last `m` days (days without data count as not held).
 * Single noisy days are not patterns (Hooper & Mackinnon, Sports Med 1995;20:321-327: staleness was
 * read from ratings that persisted, not from one bad day).
 */
export type PersistenceRule = { consecutive: number; nOfM: { n: number; m: number } };

export type Persistence = {
  met: boolean;
  /** Which form met the rule (the streak wins when both do); null when not met. */
  by: "consecutive" | "n_of_m" | null;
  /** Days in a row ending today on which the condition held. */
  run: number;
  /** Days the condition held in the last `m` days. */
  count: number;
  /** ISO dates the condition held, within the last `m` days (or the whole run if longer), oldest first. */
  dates: string[];
};

/**
 * `held[k]` tells whether the condition held on `dates[k]`; both arrays are oldest first and end
 * today, one entry per calendar day (null = no data that day).
 */
export function persistence(
  held: readonly (boolean | null)[],
  dates: readonly string[],
  rule: PersistenceRule,
): Persistence {
  const last = held.length - 1;
  let run = 0;
  while (run <= last && held[last - run] === true) run++;
  let count = 0;
  const span = Math.max(rule.nOfM.m, run);
  const hitDates: string[] = [];
  for (let k = Math.max(0, last - span + 1); k <= last; k++) {
    if (held[k] !== true) continue;
    if (k > last - rule.nOfM.m) count++;
    hitDates.push(dates[k]!);
  }
  const byRun = run >= rule.consecutive;
  const byWindow = count >= rule.nOfM.n;
  return {
    met: byRun || byWindow,
    by: byRun ? "consecutive" : byWindow ? "n_of_m" : null,
    run,
    count,
    dates: hitDates,
  };
}
