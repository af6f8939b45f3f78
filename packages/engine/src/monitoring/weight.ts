import { dayIndex } from "../core/dates.ts";
import type { BodyMassRecord } from "./records.ts";

export const WEIGHT_RULES = {
  windowDays: 21,
  minReadings: 4,
  /** Readings must span at least this many days for a trend. */
  minSpanDays: 14,
  /**
   * Sustained loss faster than 1% of body mass a week: above the 0.5-1%/week that preserves lean mass
   * (Helms, Aragon & Fitschen, J Int Soc Sports Nutr 2014;11:20; Garthe et al. Int J Sport Nutr Exerc
   * Metab 2011;21:97-104), and a low-energy-availability cue (Mountjoy et al. BJSM 2018;52:687-697).
   */
  fastLossPctPerWeek: -1,
} as const;

export type WeightTrend = {
  /** Least-squares slope as % of the mean body mass per week (negative = losing). */
  pctPerWeek: number;
  readings: number;
  fromDate: string;
  toDate: string;
  meanKg: number;
} | null;

/**
 * Body-mass trend over the last 21 days: ordinary least-squares slope of kg on day, expressed as % of
 * the window's mean per week. Needs ≥ 4 readings spanning ≥ 14 days (daily weight swings of 1-2% from
 * water and gut content make shorter windows noise).
 */
export function weightTrend(records: readonly BodyMassRecord[], today: number): WeightTrend {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let fromDate = "";
  let toDate = "";
  for (const r of records) {
    const d = dayIndex(r.date);
    const x = d - today;
    if (x > 0 || -x >= WEIGHT_RULES.windowDays) continue;
    n++;
    sx += x;
    sy += r.kg;
    sxx += x * x;
    sxy += x * r.kg;
    if (d < first) {
      first = d;
      fromDate = r.date.slice(0, 10);
    }
    if (d > last) {
      last = d;
      toDate = r.date.slice(0, 10);
    }
  }
  if (n < WEIGHT_RULES.minReadings || last - first < WEIGHT_RULES.minSpanDays) return null;
  const denom = n * sxx - sx * sx;
  if (denom === 0) return null;
  const slopeKgPerDay = (n * sxy - sx * sy) / denom;
  const meanKg = sy / n;
  return { pctPerWeek: (100 * slopeKgPerDay * 7) / meanKg, readings: n, fromDate, toDate, meanKg };
}
