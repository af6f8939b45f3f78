/** Foster's "> 2.0 is generally too high" cut-off (Foster, Med Sci Sports Exerc 1998;30:1164-1168). */
export const MONOTONY_HIGH = 2;
/** Cap when the SD tends to 0 (identical loads every day); an engine convention so the ratio stays finite. */
export const MONOTONY_CAP = 10;

export type MonotonyStrain = { weeklyLoad: number; mean: number; sd: number; monotony: number; strain: number };

/**
 * Foster monotony and strain over the 7 days ending at index `end` (inclusive), rest days = 0:
 * `monotony = mean / SD`, `strain = weekly load × monotony` (Foster C. MSSE 1998;30:1164-1168).
 * SD is the **population** SD (÷ 7): the week is the whole population being described, not a
 * sample. Golden: [300,0,450,200,500,0,350] → monotony 1.3826, strain 2488.63.
 * A week with no load has monotony 0 and strain 0.
 */
export function monotonyAndStrain(loads: ArrayLike<number>, end = loads.length - 1): MonotonyStrain {
  let sum = 0;
  let sumSq = 0;
  for (let i = end - 6; i <= end; i++) {
    const x = i >= 0 ? loads[i]! : 0;
    sum += x;
    sumSq += x * x;
  }
  const mean = sum / 7;
  const sd = Math.sqrt(Math.max(0, sumSq / 7 - mean * mean));
  const monotony = sum === 0 ? 0 : sd < 1e-9 ? MONOTONY_CAP : Math.min(MONOTONY_CAP, mean / sd);
  return { weeklyLoad: sum, mean, sd, monotony, strain: sum * monotony };
}

/**
 * Week-to-week load change: (last 7 days − previous 7 days) / previous 7 days, null when the
 * previous week had no load. Weekly increases ≥ 15% raised injury likelihood and < 10% was advised
 * (Gabbett, BJSM 2016;50:273-280, as commonly reproduced).
 */
export function weekToWeekChange(loads: ArrayLike<number>, end = loads.length - 1): number | null {
  let cur = 0;
  let prev = 0;
  for (let i = end - 13; i <= end; i++) {
    const x = i >= 0 ? loads[i]! : 0;
    if (i > end - 7) cur += x;
    else prev += x;
  }
  return prev > 0 ? (cur - prev) / prev : null;
}

export const WEEKLY_INCREASE_CAUTION = 0.15;
