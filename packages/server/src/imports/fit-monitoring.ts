/**
 * Daily steps and resting heart rate from a Garmin monitoring FIT file (the all-day file a watch or
 * fitness band writes). Steps come from the device's daily summary messages (a `monitoring` message
 * with a full timestamp and a 1,440-minute duration, one per activity type, whose cycles the device
 * accumulates over the day); a day the file holds only intraday messages for is not finished in
 * this file, so it is skipped rather than stored short (a later file carries its summary). Resting
 * HR is what the device reports for the day (`monitoring_hr_data`: current-day resting HR, else its
 * resting HR). Days are local dates, from the file's `monitoring_info` local-time offset.
 */
import type { FitMessages } from "./fit.ts";

const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);
const DAY_MINUTES = 1440;
/** In FIT, a walking/running cycle is scaled by 2 over the step count (the `steps` subfield). */
const STEP_TYPES = new Set(["walking", "running"]);

export type MonitoringDays = {
  steps: Map<string, number>;
  restingHr: Map<string, number>;
  skipped: Map<string, number>;
};

const localDay = (utcMs: number, offsetMs: number) => new Date(utcMs + offsetMs).toISOString().slice(0, 10);

/** The local-time offset the file states (local timestamp − UTC timestamp), 0 when it states none. */
function localOffsetMs(messages: FitMessages): number {
  const info = messages.monitoringInfoMesgs?.[0];
  if (info?.localTimestamp !== undefined && info.timestamp instanceof Date)
    return Number(info.localTimestamp) * 1000 + FIT_EPOCH_MS - info.timestamp.getTime();
  return 0;
}

/** Null when the file has no monitoring data at all. */
export function fitMonitoringDays(messages: FitMessages): MonitoringDays | null {
  const mon = messages.monitoringMesgs ?? [];
  const hr = messages.monitoringHrDataMesgs ?? [];
  if (mon.length === 0 && hr.length === 0) return null;
  const offset = localOffsetMs(messages);
  const out: MonitoringDays = { steps: new Map(), restingHr: new Map(), skipped: new Map() };
  const skip = (reason: string) => out.skipped.set(reason, (out.skipped.get(reason) ?? 0) + 1);

  const summarised = new Set<string>();
  // Day numbers, not date strings: a year holds tens of thousands of intraday messages.
  const intradayDays = new Set<number>();
  // Intraday messages carry a 16-bit timestamp relative to the last full one (FIT compressed time).
  let lastFullMs = (messages.monitoringInfoMesgs?.[0]?.timestamp as Date | undefined)?.getTime();
  for (const m of mon) {
    if (m.timestamp instanceof Date) lastFullMs = m.timestamp.getTime();
    else if (m.timestamp16 !== undefined && lastFullMs !== undefined) {
      const lastSec = Math.floor((lastFullMs - FIT_EPOCH_MS) / 1000);
      lastFullMs += ((Number(m.timestamp16) - (lastSec & 0xffff)) & 0xffff) * 1000;
    }
    const type = String(m.activityType ?? "");
    if (m.timestamp instanceof Date && Number(m.durationMin) >= DAY_MINUTES) {
      // The summary is written at the end of the day it covers.
      const day = localDay(m.timestamp.getTime() - 1000, offset);
      const steps = m.steps !== undefined ? Number(m.steps) : STEP_TYPES.has(type) ? Number(m.cycles ?? 0) * 2 : 0;
      if (steps > 0 || STEP_TYPES.has(type)) {
        out.steps.set(day, (out.steps.get(day) ?? 0) + Math.round(steps));
        summarised.add(day);
      }
    } else if (m.cycles !== undefined && lastFullMs !== undefined)
      intradayDays.add(Math.floor((lastFullMs + offset) / 86_400_000));
  }
  for (const dayNumber of intradayDays)
    if (!summarised.has(new Date(dayNumber * 86_400_000).toISOString().slice(0, 10)))
      skip("steps of a day without the device's daily summary (the day is not finished in this file)");

  for (const h of hr) {
    if (!(h.timestamp instanceof Date)) continue;
    const bpm = Number(h.currentDayRestingHeartRate ?? h.restingHeartRate ?? Number.NaN);
    // 25-220 bpm: the range a typed check-in accepts; anything else is a device placeholder.
    if (!(bpm >= 25 && bpm <= 220)) {
      skip("resting HR outside 25-220 bpm");
      continue;
    }
    out.restingHr.set(localDay(h.timestamp.getTime(), offset), bpm);
  }
  return out;
}
