import { dayIndex } from "../core/dates.ts";
import type { CheckIn, PainReport, RedFlagItems } from "./check-in.ts";

/**
 * Check-ins laid out as dense per-day arrays (missing day = NaN) over a fixed window ending at
 * `endDay`. Built once per client and reused for every baseline, score and streak, so nothing is
 * sorted or re-scanned per window. If two check-ins share a date, the later one in the input wins
 * (a re-submitted check-in replaces the first).
 */
export type CheckInSeries = {
  /** Day number of index 0. */
  startDay: number;
  /** Day number of the last index. */
  endDay: number;
  length: number;
  sleepHours: Float64Array;
  sleepQuality: Float64Array;
  fatigue: Float64Array;
  soreness: Float64Array;
  stress: Float64Array;
  mood: Float64Array;
  hrv: Float64Array;
  rhr: Float64Array;
  /** 7-day rolling mean of ln rMSSD; NaN when fewer than {@link HRV_MIN_WEEKLY_READINGS} readings. */
  hrvRolling7: Float64Array;
  /** Where a day's HRV / resting HR came from when a wearable filled it (undefined: typed in the check-in). */
  hrvSource: (string | undefined)[];
  rhrSource: (string | undefined)[];
  /** The check-in record per index (undefined when none), for pain reports, flags and notes. */
  records: (CheckIn | undefined)[];
};

/**
 * A wearable's morning values for one day (Garmin FIT, Apple Health, …), marked with their source.
 * HRV must be ln rMSSD: Apple's SDNN is another metric and never comes here.
 */
export type WearableDay = { date: string; hrvLnRmssd?: number; restingHr?: number; source: string };

/** Plews et al. IJSPP 2014;9:783-790: ≥ 3 valid recordings a week give results equivalent to 7/7. */
export const HRV_MIN_WEEKLY_READINGS = 3;

/** Days of history the series keeps: 60-day HRV normal + 7-day rolling window + 7 days of streaks. */
export const SERIES_DAYS = 75;

/**
 * `wearables` fill HRV and resting HR on days the check-in did not give them (a typed value always
 * wins), including days without a check-in: the HRV 7-day mean then counts the watch's readings.
 */
export function buildCheckInSeries(
  checkIns: readonly CheckIn[],
  endDay: number,
  days = SERIES_DAYS,
  wearables: readonly WearableDay[] = [],
): CheckInSeries {
  const startDay = endDay - days + 1;
  const mk = () => new Float64Array(days).fill(Number.NaN);
  const s: CheckInSeries = {
    startDay,
    endDay,
    length: days,
    sleepHours: mk(),
    sleepQuality: mk(),
    fatigue: mk(),
    soreness: mk(),
    stress: mk(),
    mood: mk(),
    hrv: mk(),
    rhr: mk(),
    hrvRolling7: mk(),
    hrvSource: new Array<string | undefined>(days),
    rhrSource: new Array<string | undefined>(days),
    records: new Array<CheckIn | undefined>(days),
  };
  for (const c of checkIns) {
    const i = dayIndex(c.date) - startDay;
    if (i < 0 || i >= days) continue;
    s.records[i] = c;
    s.sleepHours[i] = c.sleepHours;
    s.sleepQuality[i] = c.sleepQuality;
    s.fatigue[i] = c.fatigue;
    s.soreness[i] = c.soreness;
    s.stress[i] = c.stress;
    s.mood[i] = c.mood;
    s.hrv[i] = c.hrvLnRmssd ?? Number.NaN;
    s.rhr[i] = c.restingHr ?? Number.NaN;
  }
  for (const w of wearables) {
    const i = dayIndex(w.date) - startDay;
    if (i < 0 || i >= days) continue;
    if (w.hrvLnRmssd !== undefined && Number.isNaN(s.hrv[i]!)) {
      s.hrv[i] = w.hrvLnRmssd;
      s.hrvSource[i] = w.source;
    }
    if (w.restingHr !== undefined && Number.isNaN(s.rhr[i]!)) {
      s.rhr[i] = w.restingHr;
      s.rhrSource[i] = w.source;
    }
  }
  // Sliding 7-day window: O(days), no per-day allocation.
  let sum = 0;
  let n = 0;
  for (let i = 0; i < days; i++) {
    const x = s.hrv[i]!;
    if (!Number.isNaN(x)) {
      sum += x;
      n++;
    }
    if (i >= 7) {
      const out = s.hrv[i - 7]!;
      if (!Number.isNaN(out)) {
        sum -= out;
        n--;
      }
    }
    s.hrvRolling7[i] = n >= HRV_MIN_WEEKLY_READINGS ? sum / n : Number.NaN;
  }
  return s;
}

/** Pain reports of the check-in at index `i`, if any. */
export function painAt(s: CheckInSeries, i: number): readonly PainReport[] {
  return s.records[i]?.painReports ?? [];
}

/** Structured red-flag answers at index `i`, if any. */
export function redFlagsAt(s: CheckInSeries, i: number): RedFlagItems | undefined {
  return s.records[i]?.redFlags;
}
