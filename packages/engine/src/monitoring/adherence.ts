import { dayIndex } from "../core/dates.ts";
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
   * The client's own normal: completed sessions per week over the 5 weeks before the last 7 days
   * (days −41..−7). null until the data covers 4 weeks.
   */
  normalPerWeek: number | null;
  /** sessionsLast7 / normalPerWeek; null without a normal. */
  ratioToNormal: number | null;
};

/**
 * Adherence against the plan and against the client's own 4-6-week normal. Today's planned session
 * is not "missed" yet: only dates strictly before `today` count as missed.
 */
export function adherence(sessions: readonly SessionRecord[], today: number): Adherence {
  let planned28 = 0;
  let completedPlanned28 = 0;
  let missed14 = 0;
  const missedDates14: string[] = [];
  let sessionsLast7 = 0;
  let normalCount = 0;
  let earliest = Number.POSITIVE_INFINITY;
  // Past planned sessions of the last 6 weeks, for the "in a row" count.
  const plannedPast: { day: number; completed: boolean }[] = [];
  for (const s of sessions) {
    const d = dayIndex(s.date);
    const ago = today - d;
    if (d < earliest) earliest = d;
    if (s.completed && ago >= 0 && ago < 7) sessionsLast7++;
    if (s.completed && ago >= 7 && ago < 42) normalCount++;
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
  plannedPast.sort((a, b) => b.day - a.day);
  let missedInARow = 0;
  for (const p of plannedPast) {
    if (p.completed) break;
    missedInARow++;
  }
  missedDates14.sort();
  const covered = today - earliest;
  const normalPerWeek = covered >= 28 ? (normalCount / (Math.min(covered + 1, 42) - 7)) * 7 : null;
  return {
    planned28,
    completedPlanned28,
    rate28: planned28 > 0 ? completedPlanned28 / planned28 : null,
    missed14,
    missedDates14,
    missedInARow,
    sessionsLast7,
    normalPerWeek,
    ratioToNormal: normalPerWeek && normalPerWeek > 0 ? sessionsLast7 / normalPerWeek : null,
  };
}
