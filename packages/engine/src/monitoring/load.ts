import { dayIndex, isoFromDay } from "../core/dates.ts";
import type { SessionRecord } from "./records.ts";

/**
 * Session-RPE load in arbitrary units (Foster et al. JSCR 2001;15:109-115; Day et al. JSCR 2004 for
 * resistance training): `sRPE_load = CR-10 session RPE × duration (min)`.
 */
export function sessionRpeLoad(sessionRpe: number, durationMin: number): number {
  return sessionRpe * durationMin;
}

/**
 * Daily load over `days` days ending at `endDay` (index 0 = endDay − days + 1). Rest days are 0.
 * Completed sessions without RPE or duration add nothing (the load is unknown, not zero effort;
 * `unknownLoadDays` counts them so the caveat can say so).
 */
export function dailyLoadSeries(
  sessions: readonly SessionRecord[],
  endDay: number,
  days: number,
): { loads: Float64Array; unknownLoadDays: number; firstDataIndex: number } {
  const loads = new Float64Array(days);
  const start = endDay - days + 1;
  let unknownLoadDays = 0;
  let firstDataIndex = days;
  for (const s of sessions) {
    if (!s.completed) continue;
    const i = dayIndex(s.date) - start;
    if (i < 0 || i >= days) continue;
    if (i < firstDataIndex) firstDataIndex = i;
    if (s.sessionRpe === undefined || s.durationMin === undefined) {
      unknownLoadDays++;
      continue;
    }
    loads[i] = loads[i]! + sessionRpeLoad(s.sessionRpe, s.durationMin);
  }
  return { loads, unknownLoadDays, firstDataIndex };
}

/** The raw loads behind a spike, so a coach sees the numbers and not only a ratio. */
export type LoadEvidence = {
  /** Load of the 7 days ending today (AU). */
  last7: number;
  /** Load of the 7 days before those (AU). */
  previous7: number;
  /**
   * Mean weekly load of the 3 weeks before the last 7 days (days −27..−7), the uncoupled chronic
   * window of Windt & Gabbett (BJSM 2019;53:988-990); null until the data covers it.
   */
  chronicWeekly: number | null;
  /** Days of the last 7 with load, oldest first. */
  recentDays: { date: string; load: number }[];
};

/** {@link LoadEvidence} from a daily load series ending today; `fromIndex` = first day with data. */
export function loadEvidence(loads: ArrayLike<number>, fromIndex: number, endDay: number): LoadEvidence {
  const end = loads.length - 1;
  const sum = (from: number, to: number) => {
    let s = 0;
    for (let i = Math.max(0, from); i <= to; i++) s += loads[i]!;
    return s;
  };
  const recentDays: LoadEvidence["recentDays"] = [];
  for (let i = end - 6; i <= end; i++) {
    if (i >= 0 && loads[i]! > 0) recentDays.push({ date: isoFromDay(endDay - (end - i)), load: loads[i]! });
  }
  return {
    last7: sum(end - 6, end),
    previous7: sum(end - 13, end - 7),
    chronicWeekly: fromIndex <= end - 27 ? sum(end - 27, end - 7) / 3 : null,
    recentDays,
  };
}
