import { windowStats } from "../core/stats.ts";
import type { WellnessItem } from "./check-in.ts";
import type { CheckInSeries } from "./series.ts";

/**
 * Minimum-data rules. Before a baseline is ready the engine scores from absolute anchors only and
 * says so ("building baseline: 3 of 7 days").
 */
export const BASELINE_RULES = {
  /**
   * Wellness z-scores against the client's own rolling normal (Saw, Main & Gastin, BJSM 2016;50:281-291:
   * subjective measures track load best against the athlete's own baseline). The 28-day length and
   * the 7-day minimum are athlete-monitoring practice (no paper sets them).
   */
  wellnessWindowDays: 28,
  wellnessMinDays: 7,
  /**
   * SD floor in scale points: a client who always answers "3" would otherwise get z = ∞ for a "4".
   * With 0.75, one point of change reads as z ≈ 1.3 at most.
   */
  wellnessSdFloor: 0.75,
  /**
   * HRV normal: the previous 60 days (HRV4Training's 60-day normal); ready after ≥ 4 weeks on which
   * the 7-day mean was valid (4 baseline weeks: Vesterinen et al. MSSE 2016;48:1347-1354; Javaloyes
   * et al. IJSPP 2019;14:23-32), each week with ≥ 3 readings (Plews et al. IJSPP 2014;9:783-790).
   */
  hrvWindowDays: 60,
  hrvMinDays: 28,
  /**
   * Smallest worthwhile change = 0.5 × SD of the DAILY ln rMSSD values in the baseline window
   * (Plews et al. Sports Med 2013;43:773-781; Vesterinen et al. MSSE 2016). The SD of 7-day means
   * would make the band about 2.5× narrower and flag about a third of days on pure noise.
   */
  hrvSwcFactor: 0.5,
  hrvSdFloor: 0.02,
  restingHrWindowDays: 28,
  restingHrMinDays: 7,
  /** Polar practitioner heuristic: morning resting HR ≥ 5 bpm above usual is a concern. */
  restingHrRiseBpm: 5,
} as const;

export type BaselineState = {
  ready: boolean;
  /** Days of usable data in the baseline window. */
  days: number;
  required: number;
  /** "building baseline: 3 of 7 days" or "baseline ready (28 days)". */
  message: string;
};

export type BaselineStatus = {
  wellness: BaselineState;
  hrv: BaselineState;
  restingHr: BaselineState;
};

export type ItemBaseline = { mean: number; sd: number; days: number; ready: boolean };

/** 28-day baseline of one wellness item for the day at index `i` (excluding that day). */
export function wellnessBaseline(s: CheckInSeries, item: WellnessItem | "sleepHours", i: number): ItemBaseline {
  const w = windowStats(s[item], i - BASELINE_RULES.wellnessWindowDays, i);
  return {
    mean: w.mean,
    sd: Math.max(w.sd, BASELINE_RULES.wellnessSdFloor),
    days: w.n,
    ready: w.n >= BASELINE_RULES.wellnessMinDays,
  };
}

export type HrvBaseline = {
  /** Today's 7-day rolling mean of ln rMSSD (NaN when < 3 readings this week). */
  rolling7: number;
  /** Mean of the daily ln rMSSD values in the baseline window. */
  mean: number;
  /** Sample SD of the daily ln rMSSD values in the baseline window (floored). */
  sd: number;
  /** Smallest worthwhile change, 0.5 × the daily SD. */
  swc: number;
  /** Days in the window on which the 7-day mean was valid (the minimum-data rule counts these). */
  days: number;
  /** Daily readings in the window (the mean and SD are computed from these). */
  readings: number;
  ready: boolean;
  /** Where the 7-day mean sits against mean ± SWC. */
  position: "below" | "within" | "above" | "unknown";
};

/**
 * HRV baseline (Plews et al. Sports Med 2013; Vesterinen et al. MSSE 2016): today's 7-day mean
 * ln rMSSD against the mean ± 0.5·SD of the daily values over the previous 60 days.
 */
export function hrvBaseline(s: CheckInSeries, i: number): HrvBaseline {
  const from = i - BASELINE_RULES.hrvWindowDays;
  const daily = windowStats(s.hrv, from, i);
  const weeksValid = windowStats(s.hrvRolling7, from, i).n;
  const rolling7 = s.hrvRolling7[i] ?? Number.NaN;
  const sd = Math.max(daily.n > 1 ? daily.sd : 0, BASELINE_RULES.hrvSdFloor);
  const swc = BASELINE_RULES.hrvSwcFactor * sd;
  const ready = weeksValid >= BASELINE_RULES.hrvMinDays && daily.n > 1;
  let position: HrvBaseline["position"] = "unknown";
  if (ready && !Number.isNaN(rolling7)) {
    position = rolling7 < daily.mean - swc ? "below" : rolling7 > daily.mean + swc ? "above" : "within";
  }
  return { rolling7, mean: daily.mean, sd, swc, days: weeksValid, readings: daily.n, ready, position };
}

export function restingHrBaseline(s: CheckInSeries, i: number): ItemBaseline {
  const w = windowStats(s.rhr, i - BASELINE_RULES.restingHrWindowDays, i);
  return { mean: w.mean, sd: Math.max(w.sd, 1), days: w.n, ready: w.n >= BASELINE_RULES.restingHrMinDays };
}

export function baselineState(days: number, required: number): BaselineState {
  const ready = days >= required;
  return {
    ready,
    days,
    required,
    message: ready ? `baseline ready (${days} days)` : `building baseline: ${days} of ${required} days`,
  };
}
