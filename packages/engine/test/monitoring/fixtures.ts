import { dayIndex, isoFromDay } from "../../src/core/dates.ts";
import type { CheckIn, SessionRecord } from "../../src/index.ts";

/** ISO date `n` days before `iso` (negative n = after). */
export function daysBefore(iso: string, n: number): string {
  return isoFromDay(dayIndex(iso) - n);
}

/**
 * A steady, healthy client: `days` daily check-ins ending the day before `today`, with a small
 * deterministic wobble (no randomness) so baselines have a real SD.
 */
export function steadyCheckIns(today: string, days: number, opts: { hrv?: boolean } = {}): CheckIn[] {
  const out: CheckIn[] = [];
  for (let k = days; k >= 1; k--) {
    const w = k % 3; // 0,1,2 pattern
    const c: CheckIn = {
      date: daysBefore(today, k),
      sleepHours: 7.5 + (w - 1) * 0.25,
      sleepQuality: 2 + (w === 2 ? 1 : 0),
      fatigue: 2 + (w === 1 ? 1 : 0),
      soreness: 2 + (w === 0 ? 1 : 0),
      stress: 2 + (w === 2 ? 1 : 0),
      mood: 2 + (w === 1 ? 1 : 0),
    };
    if (opts.hrv) {
      c.hrvLnRmssd = 4.2 + (w - 1) * 0.05 + ((k % 7) - 3) * 0.01;
      c.restingHr = 55 + (w - 1);
    }
    out.push(c);
  }
  return out;
}

/** A check-in for `date` that matches the steady client, with overrides. */
export function checkIn(date: string, over: Partial<CheckIn> = {}): CheckIn {
  return { date, sleepHours: 7.5, sleepQuality: 2, fatigue: 2, soreness: 2, stress: 2, mood: 2, ...over };
}

/**
 * Planned sessions every Mon/Wed/Fri-like cadence (every 2-3 days) for `days` days before `today`,
 * all completed at RPE 7 × 60 min unless `missedLast` of the most recent ones were missed.
 */
export function regularSessions(
  today: string,
  days: number,
  opts: { missedLast?: number; exercises?: string[] } = {},
): SessionRecord[] {
  const out: SessionRecord[] = [];
  const end = dayIndex(today);
  for (let d = end - days; d < end; d++) {
    if (d % 7 === 0 || d % 7 === 2 || d % 7 === 4) {
      out.push({
        date: isoFromDay(d),
        planned: true,
        completed: true,
        durationMin: 60,
        sessionRpe: 7,
        exercises: (opts.exercises ?? ["back-squat", "bench-press"]).map((exerciseId) => ({ exerciseId })),
      });
    }
  }
  const missed = opts.missedLast ?? 0;
  for (let k = out.length - missed; k < out.length; k++) {
    const s = out[k]!;
    out[k] = { date: s.date, planned: true, completed: false };
  }
  return out;
}
