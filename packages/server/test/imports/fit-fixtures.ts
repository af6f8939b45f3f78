/**
 * Small FIT files written with the official SDK's Encoder (the SDK ships no sample file and the
 * real files hold no morning resting RR recording or device resting HR): a morning breathing
 * recording with RR intervals, and a monitoring file with resting HR.
 */
import { Encoder, Profile } from "@garmin/fitsdk";

const FIT_EPOCH_S = Date.UTC(1989, 11, 31) / 1000;
const fitSeconds = (d: Date) => Math.round(d.getTime() / 1000 - FIT_EPOCH_S);

type Msg = Record<string, unknown>;
/** Message numbers by name (the SDK types them as possibly undefined). */
const M = Profile.MesgNum as unknown as Record<
  "FILE_ID" | "HRV" | "SESSION" | "ACTIVITY" | "MONITORING_INFO" | "MONITORING_HR_DATA",
  number
>;

function encode(messages: [number, Msg][]): Buffer {
  const enc = new Encoder();
  for (const [num, m] of messages) enc.onMesg(num as never, m as never);
  return Buffer.from(enc.close());
}

/**
 * RR intervals (ms) recorded from `startUtc`, the watch `offsetHours` from UTC; a resting session
 * (sport training, no distance) unless `sport` says otherwise.
 */
export function rrRecordingFit(rrMs: number[], startUtc: string, offsetHours: number, sport = "training"): Buffer {
  const start = new Date(startUtc);
  const seconds = rrMs.reduce((n, x) => n + x, 0) / 1000;
  const end = new Date(start.getTime() + seconds * 1000);
  const hrv: [number, Msg][] = [];
  for (let i = 0; i < rrMs.length; i += 5) hrv.push([M.HRV, { time: rrMs.slice(i, i + 5).map((x) => x / 1000) }]);
  return encode([
    [M.FILE_ID, { type: "activity", manufacturer: "garmin", product: 1, serialNumber: 4242, timeCreated: start }],
    ...hrv,
    [
      M.SESSION,
      { timestamp: end, startTime: start, totalElapsedTime: seconds, totalTimerTime: seconds, sport, totalDistance: 0 },
    ],
    [M.ACTIVITY, { timestamp: end, localTimestamp: fitSeconds(end) + offsetHours * 3600, numSessions: 1 }],
  ]);
}

/** Device-reported resting HR per day: [utc timestamp, current-day resting HR]. */
export function restingHrFit(days: [string, number][], offsetHours: number): Buffer {
  const first = new Date(days[0]?.[0] ?? "2030-01-01T00:00:00Z");
  return encode([
    [M.FILE_ID, { type: "monitoringB", manufacturer: "garmin", product: 1, serialNumber: 4243, timeCreated: first }],
    [M.MONITORING_INFO, { timestamp: first, localTimestamp: fitSeconds(first) + offsetHours * 3600 }],
    ...days.map(([t, bpm]): [number, Msg] => [
      M.MONITORING_HR_DATA,
      { timestamp: new Date(t), restingHeartRate: bpm + 1, currentDayRestingHeartRate: bpm },
    ]),
  ]);
}
