import { dayIndex, isoFromDay } from "../core/dates.ts";
import type { SessionRecord } from "./records.ts";

export type Adherence = {
  /** Planned sessions dated in the last 28 days before today. */
  planned28: number;
  completedPlanned28: number;
  /** completed / planned over 28 days; null when nothing was planned. */
  rate28: number | null;
  /** Planned, not completed, dated in the 14 days before today. */
  missed14: number;
  missedDates14: string[];
  /** Consecutive missed planned sessions, counting back from the most recent past one. */
  missedInARow: number;
  /** Completed sessions (planned or not) in the 7 days ending today. */
  sessionsLast7: number;
  /**
   * The client's own normal: mean completed sessions per whole week over the up to 5 weeks before
   * the recent window (days −41..−7), counting only weeks the client's history fully covers. The
   * recent week is never part of its own normal. null until {@link ADHERENCE_RULES.minNormalWeeks}.
   */
  normalPerWeek: number | null;
  /** Completed sessions in each normal week, most recent week first (empty without history). */
  normalWeeks: number[];
  /** First and last ISO date of the recent window and of the normal weeks (null without a normal). */
  recentWindow: { from: string; to: string };
  normalWindow: { from: string; to: string } | null;
  /** sessionsLast7 / normalPerWeek; null without a normal. */
  ratioToNormal: number | null;
};

/**
 * The own-normal comparison: the recent 7 days against whole earlier weeks, so the week being judged
 * does not dilute the normal it is judged against (the same reason Windt & Gabbett, BJSM 2019,
 * uncouple the chronic load window from the acute one). Engine convention for the lengths:
 * up to 5 normal weeks, at least 3.
 */
export const ADHERENCE_RULES = { recentDays: 7, normalMaxWeeks: 5, minNormalWeeks: 3 } as const;

/**
 * Adherence against the plan and against the client's own normal (ADHERENCE_RULES). Today's planned session
 * is not "missed" yet: only dates strictly before `today` count as missed.
 */
export function adherence(sessions: readonly SessionRecord[], today: number): Adherence {
  let planned28 = 0;
  let completedPlanned28 = 0;
  let missed14 = 0;
  const missedDates14: string[] = [];
  let sessionsLast7 = 0;
  const weekCounts = new Array<number>(ADHERENCE_RULES.normalMaxWeeks).fill(0);
  let earliest = Number.POSITIVE_INFINITY;
  // Past planned sessions of the last 6 weeks, for the "in a row" count.
  const plannedPast: { day: number; completed: boolean }[] = [];
  for (const s of sessions) {
    const d = dayIndex(s.date);
    const ago = today - d;
    if (d < earliest) earliest = d;
    const recent = ADHERENCE_RULES.recentDays;
    if (s.completed && ago >= 0 && ago < recent) sessionsLast7++;
    const week = Math.floor((ago - recent) / 7);
    if (s.completed && ago >= recent && week < weekCounts.length) weekCounts[week]!++;
    if (!s.planned || ago <= 0) {
      if (s.planned && ago === 0 && s.completed) {
        planned28++;
        completedPlanned28++;
      }
      continue;
    }
    if (ago <= 28) {
      planned28++;
      if (s.completed) completedPlanned28++;
    }
    if (!s.completed && ago <= 14) {
      missed14++;
      missedDates14.push(s.date.slice(0, 10));
    }
    if (ago <= 42) plannedPast.push({ day: d, completed: s.completed });
  }
  // Same-day ties: a completed session breaks the run whatever the row order (deterministic output).
  plannedPast.sort((a, b) => b.day - a.day || Number(b.completed) - Number(a.completed));
  let missedInARow = 0;
  for (const p of plannedPast) {
    if (p.completed) break;
    missedInARow++;
  }
  missedDates14.sort();
  // Week k (0-based) spans days −(7 + 7k + 6) .. −(7 + 7k); it counts only if history reaches its start.
  const recent = ADHERENCE_RULES.recentDays;
  const normalWeeks = weekCounts.filter((_, k) => earliest <= today - (recent + 7 * k + 6));
  const enough = normalWeeks.length >= ADHERENCE_RULES.minNormalWeeks;
  const normalPerWeek = enough ? normalWeeks.reduce((a, b) => a + b, 0) / normalWeeks.length : null;
  const oldest = today - (recent + 7 * (normalWeeks.length - 1) + 6);
  return {
    planned28,
    completedPlanned28,
    rate28: planned28 > 0 ? completedPlanned28 / planned28 : null,
    missed14,
    missedDates14,
    missedInARow,
    sessionsLast7,
    normalPerWeek,
    normalWeeks,
    recentWindow: { from: isoFromDay(today - recent + 1), to: isoFromDay(today) },
    normalWindow: enough ? { from: isoFromDay(oldest), to: isoFromDay(today - recent) } : null,
    ratioToNormal: normalPerWeek && normalPerWeek > 0 ? sessionsLast7 / normalPerWeek : null,
  };
}
