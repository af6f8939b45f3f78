import type { Level } from "../model/index.ts";

/**
 * Exposures a trend must span before it can call a lift stalled, by training level. Novices gain
 * from session to session, so four flat exposures are already telling; intermediates gain week
 * to week and advanced lifters month to month (Rippetoe & Baker, Practical Programming for
 * Strength Training, 3rd ed. 2013; Kraemer & Ratamess, MSSE 2004 on slower gains with training
 * age), so their trend needs a longer window before a flat slope is more than noise.
 */
export const STALL_WINDOW: Readonly<Record<Level, number>> = { beginner: 4, intermediate: 6, advanced: 8 };

/** How many non-deload exposure e1RMs a state keeps for the trend (the longest window). */
export const TREND_KEEP = 8;

/** The shortest trend that can be reported as "not improving" in `stallCount`. */
export const MIN_TREND = 3;

/**
 * Least-squares slope of the last `n` values against their index (kg per exposure). Undefined
 * when fewer than `n` values exist. Exposure index rather than date: the question is whether
 * practising the lift still makes it stronger, and a week off is not a stall.
 */
export function trendSlope(values: readonly number[], n: number): number | undefined {
  if (n < 2 || values.length < n) return undefined;
  const start = values.length - n;
  const meanX = (n - 1) / 2;
  let meanY = 0;
  for (let i = 0; i < n; i++) meanY += values[start + i]!;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = i - meanX;
    sxy += dx * (values[start + i]! - meanY);
    sxx += dx * dx;
  }
  return sxy / sxx;
}

/**
 * Length of the current non-improving trend: the longest window (MIN_TREND to TREND_KEEP of the
 * most recent non-deload e1RMs) whose slope is ≤ 0; 0 when every such window still rises.
 * Descriptive (for display and for code that still reads `stallCount`); the decision is `isStalled`.
 */
export function nonImprovingRun(recent: readonly number[]): number {
  for (let n = Math.min(TREND_KEEP, recent.length); n >= MIN_TREND; n--) {
    const slope = trendSlope(recent, n);
    if (slope !== undefined && slope <= 0) return n;
  }
  return 0;
}

/**
 * A real stall: over the last STALL_WINDOW[level] non-deload exposures the least-squares slope of
 * the e1RM is ≤ 0 (no gain at all, not merely slower than hoped). Replaces "beat the best by > 1%
 * at every exposure", which intermediate rates of gain (~0.25-0.5% a week) can never meet.
 */
export function isStalled(state: { recentE1rmKg?: readonly number[] }, level: Level): boolean {
  // States stored before the trend existed have no list: not stalled until there is evidence.
  const slope = trendSlope(state.recentE1rmKg ?? [], STALL_WINDOW[level]);
  return slope !== undefined && slope <= 0;
}
