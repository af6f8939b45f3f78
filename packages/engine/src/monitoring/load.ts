import { dayIndex } from "../core/dates.ts";
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
