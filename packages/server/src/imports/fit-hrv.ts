/**
 * ln rMSSD from the RR intervals a Garmin device records (`hrv` messages, seconds between beats),
 * only from a morning resting recording: the metric Spotter's readiness reads (Plews et al.
 * Sports Med 2013;43:773-781: morning ln rMSSD; Buchheit, Front Physiol 2014;5:73: ~1-5 min
 * standardised resting recordings). RR data recorded during a run or a ride is not resting HRV and
 * is skipped with that reason; so is one during a strength workout, at a mean heart rate over
 * 100 bpm, outside the morning or too short.
 *
 * Artefact handling (documented, deterministic):
 *  1. Intervals outside 300-2000 ms (200-30 bpm) are removed: not a physiological beat-to-beat
 *     interval at rest (missed or extra beats, the device's 65.535 s "invalid" padding).
 *  2. An interval differing from the previous accepted one by more than 20% is removed (the 20%
 *     filter of ectopic beats: Malik et al., Pacing Clin Electrophysiol 1989;12:183, as used in the
 *     HRV Task Force report, Circulation 1996;93:1043-1065).
 *  3. Successive differences are taken only between intervals that were adjacent in the recording,
 *     so a removed beat never creates a false difference.
 *  4. A recording with fewer than 80% of its intervals kept, or under 60 s of kept intervals, gives
 *     no value (ultra-short ln rMSSD from 60 s agrees with 5 min at rest: Esco & Flatt, J Sports Sci
 *     Med 2014;13:535-541).
 */
import type { FitMessages } from "./fit.ts";

export const RR_RULES = {
  minMs: 300,
  maxMs: 2000,
  maxRelativeChange: 0.2,
  minKeptFraction: 0.8,
  minKeptSeconds: 60,
  /** A morning recording starts between 04:00 and 11:59 local time. */
  morningFromHour: 4,
  morningToHour: 12,
  /** Mean RR under 600 ms (heart rate over 100 bpm) is not a resting recording. */
  minMeanRestMs: 600,
} as const;

export type RmssdResult =
  | { ok: true; lnRmssd: number; rmssdMs: number; kept: number; total: number }
  | { ok: false; reason: string; kept: number; total: number };

/** ln rMSSD (rMSSD in ms) of RR intervals in ms, after the artefact rules above. */
export function lnRmssd(rrMs: readonly number[]): RmssdResult {
  const total = rrMs.length;
  const kept: (number | null)[] = [];
  let last: number | null = null;
  for (const rr of rrMs) {
    const inRange = Number.isFinite(rr) && rr >= RR_RULES.minMs && rr <= RR_RULES.maxMs;
    const ectopic = inRange && last !== null && Math.abs(rr - last) / last > RR_RULES.maxRelativeChange;
    if (inRange && !ectopic) {
      kept.push(rr);
      last = rr;
    } else kept.push(null);
  }
  const good = kept.filter((x): x is number => x !== null);
  let sumSq = 0;
  let pairs = 0;
  for (let i = 1; i < kept.length; i++) {
    const a = kept[i - 1];
    const b = kept[i];
    if (a == null || b == null) continue;
    sumSq += (b - a) ** 2;
    pairs++;
  }
  const keptSeconds = good.reduce((n, x) => n + x, 0) / 1000;
  if (total === 0) return { ok: false, reason: "no RR intervals", kept: 0, total };
  if (good.length / total < RR_RULES.minKeptFraction)
    return {
      ok: false,
      reason: `too many artefacts (${total - good.length} of ${total} intervals removed)`,
      kept: good.length,
      total,
    };
  if (keptSeconds < RR_RULES.minKeptSeconds || pairs === 0)
    return {
      ok: false,
      reason: `recording too short (${Math.round(keptSeconds)} s of clean RR data, 60 s needed)`,
      kept: good.length,
      total,
    };
  const rmssdMs = Math.sqrt(sumSq / pairs);
  return { ok: true, lnRmssd: Math.log(rmssdMs), rmssdMs, kept: good.length, total };
}

const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);
/** Sports during which RR intervals are not resting HRV. */
const MOVING = new Set(["running", "cycling", "walking", "hiking", "swimming", "rowing", "crossCountrySkiing"]);

export type FitHrvDay = { day: string; lnRmssd: number; rmssdMs: number; kept: number; total: number };

/**
 * The morning resting ln rMSSD of a FIT file, or why there is none (`skipped`); `null` when the file
 * holds no RR intervals at all. The day is the local date of the recording's start (the activity's
 * local-time offset; UTC when the file gives none).
 */
export function fitMorningHrv(messages: FitMessages): { value: FitHrvDay } | { skipped: string } | null {
  const rrMs = (messages.hrvMesgs ?? []).flatMap((m) =>
    ((m.time ?? []) as (number | null)[]).filter((x): x is number => typeof x === "number").map((s) => s * 1000),
  );
  if ((messages.hrvMesgs ?? []).length === 0) return null;
  const session = messages.sessionMesgs?.[0];
  const sport = String(session?.sport ?? "generic");
  if (MOVING.has(sport) || (session?.totalDistance ?? 0) > 0)
    return { skipped: `RR intervals recorded during ${sport}, not a resting recording` };
  if (session?.subSport === "strengthTraining" || (messages.setMesgs ?? []).some((x) => x.setType === "active"))
    return { skipped: "RR intervals recorded during a strength workout, not a resting recording" };
  const startValue =
    session?.startTime ?? messages.activityMesgs?.[0]?.timestamp ?? messages.fileIdMesgs?.[0]?.timeCreated;
  if (!(startValue instanceof Date)) return { skipped: "RR intervals without a start time" };
  const activity = messages.activityMesgs?.[0];
  const offsetMs =
    activity?.localTimestamp !== undefined && activity.timestamp instanceof Date
      ? Number(activity.localTimestamp) * 1000 + FIT_EPOCH_MS - activity.timestamp.getTime()
      : 0;
  const local = new Date(startValue.getTime() + offsetMs);
  const hour = local.getUTCHours();
  if (hour < RR_RULES.morningFromHour || hour >= RR_RULES.morningToHour)
    return {
      skipped: `RR intervals recorded at ${String(hour).padStart(2, "0")}:00 local time, not a morning recording`,
    };
  const r = lnRmssd(rrMs);
  if (!r.ok) return { skipped: `RR intervals: ${r.reason}` };
  const meanRr = rrMs
    .filter((x) => x >= RR_RULES.minMs && x <= RR_RULES.maxMs)
    .reduce((n, x, _, all) => n + x / all.length, 0);
  if (meanRr < RR_RULES.minMeanRestMs)
    return {
      skipped: `RR intervals at a mean heart rate of ${Math.round(60000 / meanRr)} bpm, not a resting recording`,
    };
  return {
    value: {
      day: local.toISOString().slice(0, 10),
      lnRmssd: Math.round(r.lnRmssd * 1000) / 1000,
      rmssdMs: Math.round(r.rmssdMs * 10) / 10,
      kept: r.kept,
      total: r.total,
    },
  };
}
