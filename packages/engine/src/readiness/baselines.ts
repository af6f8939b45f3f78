import { windowStats } from "../core/stats.ts";
import type { WellnessItem } from "./check-in.ts";
import type { CheckInSeries } from "./series.ts";

/**
 * Minimum-data rules. Before a baseline is ready the engine scores from absolute anchors only and
 * says so ("building baseline: 3 of 7 days").
 */
export const BASELINE_RULES = {
  /** Wellness z-scores: 28-day rolling baseline (AthleteMonitoring/Smartabase practice, SCIENCE §5.3). */
  wellnessWindowDays: 28,
  wellnessMinDays: 7,
  /**
   * SD floor in scale points: a client who always answers "3" would otherwise get z = ∞ for a "4".
   * With 0.75, one point of change reads as z ≈ 1.3 at most.
   */
  wellnessSdFloor: 0.75,
  /** HRV normal: 60 days (HRV4Training), ≥ 4 weeks minimum (Vesterinen 2016; Javaloyes 2019). */
  hrvWindowDays: 60,
  hrvMinDays: 28,
  /** Smallest worthwhile change = 0.5 × SD of the 7-day-averaged ln rMSSD (Plews & Laursen). */
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
  mean: number;
  sd: number;
  /** Smallest worthwhile change, 0.5 × SD. */
  swc: number;
  days: number;
  ready: boolean;
  /** Where the 7-day mean sits against mean ± SWC. */
  position: "below" | "within" | "above" | "unknown";
};

/**
 * HRV baseline (SCIENCE §4.1, default engine rule): 7-day mean ln rMSSD against the mean and SD of
 * the 7-day means over the previous 60 days; "normal" within mean ± 0.5·SD.
 */
export function hrvBaseline(s: CheckInSeries, i: number): HrvBaseline {
  const w = windowStats(s.hrvRolling7, i - BASELINE_RULES.hrvWindowDays, i);
  const rolling7 = s.hrvRolling7[i] ?? Number.NaN;
  const sd = Math.max(w.sd, BASELINE_RULES.hrvSdFloor);
  const swc = BASELINE_RULES.hrvSwcFactor * sd;
  const ready = w.n >= BASELINE_RULES.hrvMinDays;
  let position: HrvBaseline["position"] = "unknown";
  if (ready && !Number.isNaN(rolling7)) {
    position = rolling7 < w.mean - swc ? "below" : rolling7 > w.mean + swc ? "above" : "within";
  }
  return { rolling7, mean: w.mean, sd, swc, days: w.n, ready, position };
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
