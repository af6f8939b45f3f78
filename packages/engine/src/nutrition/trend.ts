/**
 * Smoothed body-weight trend: the Hacker's Diet exponentially weighted moving average (Walker, "The
 * Hacker's Diet", 1991): T_today = T_yesterday + α·(W_today − T_yesterday), seeded with the first
 * weight, α = 0.1. Day-to-day scale swings of 1-2% are water and gut content; the EWMA damps them.
 * A gap of g days between weigh-ins applies the decay g times: T += (1 − (1 − α)^g)·(W − T), so a
 * reading after a week away counts like a week of identical readings, not like one day.
 *
 * Weekly rate of change: least-squares slope of the trend over its last 14 days × 7. An EWMA of a
 * linear series has the series' slope once it has settled, so the slope is unbiased while the level
 * lags by (1 − α)/α days (9 days at α = 0.1).
 */
import { dayNumber, isoFromDay } from "../core/dates.ts";
import { invalid } from "../core/errors.ts";
import { type Reason, reason } from "../core/reasons.ts";
import { round } from "../core/stats.ts";

export const TREND_RULES = { alpha: 0.1, rateWindowDays: 14, minRateDays: 7 } as const;

export type WeightReading = { date: string; kg: number };
export type TrendPoint = { date: string; kg: number; trendKg: number };
export type WeightTrendView = {
  points: TrendPoint[];
  /** Latest trend weight, or null without readings. */
  trendKg: number | null;
  /** Trend change per week (kg), null with fewer than 7 days of trend. */
  kgPerWeek: number | null;
  /** Same as % of the trend weight per week. */
  pctPerWeek: number | null;
  reasons: Reason[];
};

/** Trend series (one point per weigh-in day; several readings on a day are averaged). */
export function smoothWeights(readings: readonly WeightReading[], alpha: number = TREND_RULES.alpha): WeightTrendView {
  if (!(alpha > 0 && alpha <= 1)) invalid("alpha", "must be in (0, 1]");
  const byDay = new Map<number, { sum: number; n: number }>();
  readings.forEach((r, i) => {
    const day = dayNumber(r.date.slice(0, 10), `readings.${i}.date`);
    if (!(Number.isFinite(r.kg) && r.kg > 0)) invalid(`readings.${i}.kg`, "must be a positive number");
    const e = byDay.get(day) ?? { sum: 0, n: 0 };
    e.sum += r.kg;
    e.n++;
    byDay.set(day, e);
  });
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const points: TrendPoint[] = [];
  const dayOf: number[] = [];
  let t = Number.NaN;
  let prev = Number.NaN;
  for (const d of days) {
    const e = byDay.get(d)!;
    const w = e.sum / e.n;
    if (Number.isNaN(t)) t = w;
    else t += (1 - (1 - alpha) ** (d - prev)) * (w - t);
    prev = d;
    points.push({ date: isoFromDay(d), kg: w, trendKg: t });
    dayOf.push(d);
  }
  const last = points.at(-1);
  if (!last) return { points, trendKg: null, kgPerWeek: null, pctPerWeek: null, reasons: [] };
  const lastDay = dayOf.at(-1)!;
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let firstDay = lastDay;
  for (let i = points.length - 1; i >= 0 && lastDay - dayOf[i]! < TREND_RULES.rateWindowDays; i--) {
    const x = dayOf[i]! - lastDay;
    n++;
    sx += x;
    sy += points[i]!.trendKg;
    sxx += x * x;
    sxy += x * points[i]!.trendKg;
    firstDay = dayOf[i]!;
  }
  const span = lastDay - firstDay;
  const denom = n * sxx - sx * sx;
  const kgPerWeek = n >= 2 && span >= TREND_RULES.minRateDays && denom > 0 ? ((n * sxy - sx * sy) / denom) * 7 : null;
  const pctPerWeek = kgPerWeek === null ? null : (kgPerWeek / last.trendKg) * 100;
  return {
    points,
    trendKg: last.trendKg,
    kgPerWeek,
    pctPerWeek,
    reasons: [
      reason(
        "nutrition.trend.ewma",
        kgPerWeek === null
          ? `Trend weight ${round(last.trendKg, 1)} kg (exponential smoothing, α ${alpha}); a weekly rate needs ${TREND_RULES.minRateDays}+ days of readings.`
          : `Trend weight ${round(last.trendKg, 1)} kg (exponential smoothing, α ${alpha}), changing ${round(kgPerWeek, 2)} kg/week (${round(pctPerWeek!, 2)}%) over the last ${span + 1} days.`,
        { readings: readings.length, days: points.length, alpha, spanDays: span },
        { rateWindowDays: TREND_RULES.rateWindowDays, minRateDays: TREND_RULES.minRateDays },
      ),
    ],
  };
}

/** The latest trend weight and the daily mean weights of the last `windowDays` days. */
export type TrendWindow = {
  trendKg: number | null;
  /** Index `windowDays − 1` is today; NaN on days without a weigh-in. */
  weights: Float64Array;
};

/**
 * The same trend as {@link smoothWeights}, as the daily pass needs it for every client: only the
 * latest trend weight and the recent daily means (the estimator's window), from readings given as
 * days before today in date order (`ago` non-increasing, as the pass's query sorts them). No date
 * is parsed or formatted and no point is kept; the arithmetic is smoothWeights' own, in the same
 * order (daily sums divided by counts, then the gap-aware EWMA), so the numbers are the same.
 */
export function trendWindow(
  ago: ArrayLike<number>,
  kg: ArrayLike<number>,
  windowDays: number,
  alpha: number = TREND_RULES.alpha,
): TrendWindow {
  if (!(alpha > 0 && alpha <= 1)) invalid("alpha", "must be in (0, 1]");
  const weights = new Float64Array(windowDays).fill(Number.NaN);
  let t = Number.NaN;
  let prev = 0;
  for (let i = 0; i < ago.length; ) {
    const day = ago[i]!;
    let sum = 0;
    let n = 0;
    for (; i < ago.length && ago[i] === day; i++) {
      const k = kg[i]!;
      if (!(Number.isFinite(k) && k > 0)) invalid(`readings.${i}.kg`, "must be a positive number");
      sum += k;
      n++;
    }
    const w = sum / n;
    if (Number.isNaN(t)) t = w;
    else t += (1 - (1 - alpha) ** (prev - day)) * (w - t);
    prev = day;
    if (day >= 0 && day < windowDays) weights[windowDays - 1 - day] = w;
  }
  return { trendKg: Number.isNaN(t) ? null : t, weights };
}
