import { dayIndex, isoFromDay } from "../core/dates.ts";
import type { SessionRecord } from "../monitoring/index.ts";
import type { CheckIn } from "../readiness/index.ts";

/** Building blocks of the scenario scripts: a steady client's rows, without randomness. */

/** ISO date `n` days before `iso` (negative n = after). */
export function daysBefore(iso: string, n: number): string {
  return isoFromDay(dayIndex(iso) - n);
}

/** A check-in for `date` that matches the steady client, with overrides. */
export function checkInOn(date: string, over: Partial<CheckIn> = {}): CheckIn {
  return { date, sleepHours: 7.5, sleepQuality: 2, fatigue: 2, soreness: 2, stress: 2, mood: 2, ...over };
}

/**
 * `days` daily check-ins ending the day before `today`, with a small deterministic wobble (a 3-day
 * pattern) so the client's baselines have a real spread; with `hrv`, morning ln rMSSD and resting HR.
 */
export function steadyCheckIns(today: string, days: number, opts: { hrv?: boolean } = {}): CheckIn[] {
  const out: CheckIn[] = [];
  for (let k = days; k >= 1; k--) {
    const w = k % 3;
    const c = checkInOn(daysBefore(today, k), {
      sleepHours: 7.5 + (w - 1) * 0.25,
      sleepQuality: 2 + (w === 2 ? 1 : 0),
      fatigue: 2 + (w === 1 ? 1 : 0),
      soreness: 2 + (w === 0 ? 1 : 0),
      stress: 2 + (w === 2 ? 1 : 0),
      mood: 2 + (w === 1 ? 1 : 0),
    });
    if (opts.hrv) {
      c.hrvLnRmssd = 4.2 + (w - 1) * 0.05 + ((k % 7) - 3) * 0.01;
      c.restingHr = 55 + (w - 1);
    }
    out.push(c);
  }
  return out;
}

/**
 * Planned sessions three days a week for `days` days before `today`, completed at session RPE 7 ×
 * 60 min, except the last `missedLast` (missed) and the last `taperDays` days (lighter: RPE 5 × 40 min).
 */
export function regularSessions(
  today: string,
  days: number,
  opts: { missedLast?: number; exercises?: string[]; taperDays?: number } = {},
): SessionRecord[] {
  const out: SessionRecord[] = [];
  const end = dayIndex(today);
  for (let d = end - days; d < end; d++) {
    if (d % 7 !== 0 && d % 7 !== 2 && d % 7 !== 4) continue;
    const taper = opts.taperDays !== undefined && end - d <= opts.taperDays;
    out.push({
      date: isoFromDay(d),
      planned: true,
      completed: true,
      durationMin: taper ? 40 : 60,
      sessionRpe: taper ? 5 : 7,
      exercises: (opts.exercises ?? ["back-squat", "barbell-bench-press"]).map((exerciseId) => ({ exerciseId })),
    });
  }
  const missed = opts.missedLast ?? 0;
  for (let k = Math.max(0, out.length - missed); k < out.length; k++) {
    const s = out[k] as SessionRecord;
    out[k] = { date: s.date, planned: true, completed: false };
  }
  return out;
}
