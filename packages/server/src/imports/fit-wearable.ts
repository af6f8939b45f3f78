/**
 * Everything of a FIT file that is not a strength session: daily steps and resting HR (monitoring
 * files), morning ln rMSSD (RR intervals) and weigh-ins (scale files), as rows for
 * `wearable_daily_metrics` (source `garmin_fit`) and body measurements, with what was skipped and
 * why. HRV from FIT is rMSSD-based (`hrv_ln_rmssd`), never Apple's SDNN (`hrv_sdnn_ms`).
 */
import type { WearableMetric } from "../db/schema-wearables.ts";
import type { FitMessages } from "./fit.ts";
import { fitMorningHrv } from "./fit-hrv.ts";
import { fitMonitoringDays } from "./fit-monitoring.ts";
import { type FitWeighIn, fitWeighIns } from "./fit-weight.ts";

export const FIT_SOURCE = "garmin_fit";

export type FitDailyValue = { day: string; metric: WearableMetric; value: number };

export type FitWearable = {
  daily: FitDailyValue[];
  weighIns: FitWeighIn[];
  skipped: Map<string, number>;
};

/** Null when the file holds none of monitoring, RR intervals or weigh-ins. */
export function fitWearable(messages: FitMessages, fitUser?: number): FitWearable | null {
  const monitoring = fitMonitoringDays(messages);
  const hrv = fitMorningHrv(messages);
  const weight = fitWeighIns(messages, fitUser);
  if (!monitoring && !hrv && !weight) return null;
  const daily: FitDailyValue[] = [];
  const skipped = new Map<string, number>();
  const merge = (m: Map<string, number>) => {
    for (const [reason, n] of m) skipped.set(reason, (skipped.get(reason) ?? 0) + n);
  };
  if (monitoring) {
    for (const [day, value] of monitoring.steps) daily.push({ day, metric: "steps", value });
    for (const [day, value] of monitoring.restingHr) daily.push({ day, metric: "resting_hr_bpm", value });
    merge(monitoring.skipped);
  }
  if (hrv && "value" in hrv) daily.push({ day: hrv.value.day, metric: "hrv_ln_rmssd", value: hrv.value.lnRmssd });
  else if (hrv) skipped.set(hrv.skipped, (skipped.get(hrv.skipped) ?? 0) + 1);
  if (weight) merge(weight.skipped);
  daily.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.metric < b.metric ? -1 : 1));
  return { daily, weighIns: weight?.weighIns ?? [], skipped };
}

/** True when the file gives something to store. */
export const hasWearableData = (w: FitWearable | null): boolean =>
  w !== null && (w.daily.length > 0 || w.weighIns.length > 0);
