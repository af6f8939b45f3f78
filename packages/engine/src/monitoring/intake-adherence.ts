import { dayIndex, isoFromDay } from "../core/dates.ts";

/** One logged day of intake (the day's energy total). */
export type IntakeRecord = { date: string; kcal: number };

export type IntakeAdherence = {
  /** The energy target the days are judged against; null when the client has no targets yet. */
  targetKcal: number | null;
  window: { from: string; to: string };
  /** Days with an intake log in the window (today included). */
  loggedDays: number;
  /** Logged days within ±bandPct of the target. */
  withinBandDays: number;
  /** withinBandDays / loggedDays; null without a target or a log. */
  rate: number | null;
  /** Mean signed distance from the target, % of it (negative = under); null without a target or a log. */
  meanDeviationPct: number | null;
  /** Logged days outside the band, oldest first. */
  offDates: string[];
};

/**
 * Nutrition intake adherence, the counterpart of training adherence: logged days against the
 * energy target over the last two weeks. A ±10% band because self-reported intake carries errors of
 * that order and more (Schoeller, Metabolism 1995;44(2 Suppl 2):18-22); window, band and minimum
 * days are engine conventions.
 */
export const INTAKE_ADHERENCE_RULES = { windowDays: 14, bandPct: 10, minLoggedDays: 7, lowRate: 0.5 } as const;

export function intakeAdherence(
  intake: readonly IntakeRecord[],
  targetKcal: number | null,
  today: number,
): IntakeAdherence {
  const from = today - INTAKE_ADHERENCE_RULES.windowDays + 1;
  // One log per day (the server stores one; duplicates keep the last given).
  const byDay = new Map<number, number>();
  for (const r of intake) {
    const d = dayIndex(r.date);
    if (d >= from && d <= today && Number.isFinite(r.kcal)) byDay.set(d, r.kcal);
  }
  const days = [...byDay.entries()].sort((a, b) => a[0] - b[0]);
  const target = targetKcal !== null && targetKcal > 0 ? targetKcal : null;
  let within = 0;
  let sumDev = 0;
  const offDates: string[] = [];
  if (target !== null)
    for (const [d, kcal] of days) {
      const dev = ((kcal - target) / target) * 100;
      sumDev += dev;
      if (Math.abs(dev) <= INTAKE_ADHERENCE_RULES.bandPct) within++;
      else offDates.push(isoFromDay(d));
    }
  const n = days.length;
  return {
    targetKcal: target,
    window: { from: isoFromDay(from), to: isoFromDay(today) },
    loggedDays: n,
    withinBandDays: within,
    rate: target !== null && n > 0 ? within / n : null,
    meanDeviationPct: target !== null && n > 0 ? Math.round((sumDev / n) * 10) / 10 : null,
    offDates,
  };
}
