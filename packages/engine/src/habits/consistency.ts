/**
 * Habit consistency: how many of the last planned days the habit was done, never a "perfect
 * streak" that one missed day resets to zero. Missing a single opportunity does not materially
 * slow habit formation (Lally, van Jaarsveld, Potts & Wardle, 2010, European Journal of Social
 * Psychology 40(6): 998–1009), so a client who did 5 of their last 7 planned days reads as
 * consistent, and a restart after a gap counts from the first tick.
 */
import { dayIndex, dayNumber, isoFromDay } from "../core/dates.ts";
import { type Reason, reason } from "../core/reasons.ts";

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type HabitSchedule = {
  /** The weekdays the habit is planned on (at least one). */
  days: readonly IsoWeekday[];
  /** First planned day (YYYY-MM-DD): days before it never count as missed. */
  startDate: string;
};

/** How many planned days the consistency looks back over (Lally et al. report daily habits). */
export const CONSISTENCY_WINDOW = 7;
/** Done on at least this share of the window's planned days: "consistent". */
export const CONSISTENT_SHARE = 0.7;
/** At least this share: "on and off"; below it the habit is restarting. */
export const ON_AND_OFF_SHARE = 0.4;

export type ConsistencyStatus = "not_started" | "building" | "consistent" | "on_and_off" | "restarting";

export type HabitConsistency = {
  /** Planned days in the window the habit was ticked. */
  done: number;
  /** Planned days in the window (≤ window; fewer while the habit is new). */
  planned: number;
  window: number;
  /** done / planned, or null before the first planned day has passed. */
  share: number | null;
  status: ConsistencyStatus;
  /** "5 of the last 7 planned days". */
  label: string;
  plannedToday: boolean;
  doneToday: boolean;
  reasons: Reason[];
};

/** ISO weekday of a day number (day 0, 1970-01-01, was a Thursday). */
export function isoWeekdayOf(day: number): IsoWeekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** ISO weekday of a YYYY-MM-DD date. */
export const isoWeekday = (iso: string): IsoWeekday => isoWeekdayOf(dayIndex(iso));

/**
 * Consistency of one habit on `today` (the client's local date). Today counts as a planned day
 * only once it is ticked: the day is not over, so an unticked today is never a miss.
 * Ticks on unplanned days are welcome but do not change the share.
 */
export function habitConsistency(input: {
  schedule: HabitSchedule;
  tickDates: readonly string[];
  today: string;
  window?: number;
}): HabitConsistency {
  const window = input.window ?? CONSISTENCY_WINDOW;
  const todayN = dayNumber(input.today, "today");
  const start = dayNumber(input.schedule.startDate, "schedule.startDate");
  const planned = new Set<number>(input.schedule.days);
  const ticks = new Set(input.tickDates.map((d) => dayIndex(d)));
  const plannedToday = todayN >= start && planned.has(isoWeekdayOf(todayN));
  const doneToday = ticks.has(todayN);
  let done = 0;
  let count = 0;
  // A window of planned days lies within window weeks when at least one weekday is planned.
  for (let d = todayN; d >= start && d > todayN - 7 * window - 7 && count < window && planned.size > 0; d--) {
    if (!planned.has(isoWeekdayOf(d))) continue;
    if (d === todayN && !doneToday) continue;
    count++;
    if (ticks.has(d)) done++;
  }
  const share = count > 0 ? Math.round((done / count) * 100) / 100 : null;
  const status: ConsistencyStatus =
    share === null
      ? "not_started"
      : count < Math.min(3, window)
        ? "building"
        : share >= CONSISTENT_SHARE
          ? "consistent"
          : share >= ON_AND_OFF_SHARE
            ? "on_and_off"
            : "restarting";
  const label =
    count === 0 ? "No planned days yet" : `${done} of the last ${count} planned day${count === 1 ? "" : "s"}`;
  const reasons = [
    reason(
      "habit.consistency",
      `Done on ${label.toLowerCase()}; a missed day lowers the share a little and never resets it.`,
      { done, planned: count, today: input.today, startDate: isoFromDay(start), plannedToday, doneToday },
      { window, consistentShare: CONSISTENT_SHARE, onAndOffShare: ON_AND_OFF_SHARE },
    ),
  ];
  if (plannedToday && !doneToday)
    reasons.push(
      reason("habit.today_open", "Planned today and not ticked yet: not counted until the day is over.", {
        today: input.today,
      }),
    );
  return { done, planned: count, window, share, status, label, plannedToday, doneToday, reasons };
}
