import { dayIndex, isoFromDay, weekStart } from "../core/dates.ts";
import { type Reason, reason } from "../core/reasons.ts";
import type { ReviewCadence } from "../proposals/service-tier.ts";

/**
 * When a client's check-in is due. The tier's review cadence sets the interval: weekly for tiers
 * reviewed weekly or more often (a check-in is a weekly summary; daily contact happens in the
 * thread), every two weeks for biweekly tiers, every four for monthly ones. The client's day is
 * the weekday of their anchor date (the day they joined), so check-ins spread over the week
 * instead of all landing on Monday.
 */
export type CheckInInterval = { weeks: 1 | 2 | 4; reasons: Reason[] };

export function checkInInterval(cadence: ReviewCadence): CheckInInterval {
  const weeks = cadence === "monthly" ? 4 : cadence === "biweekly" ? 2 : 1;
  return {
    weeks,
    reasons: [
      reason(
        "checkin.cadence.from_tier",
        weeks === 1
          ? "The tier reviews weekly or more often: a check-in every week."
          : `The tier reviews ${cadence}: a check-in every ${weeks} weeks.`,
        { reviewCadence: cadence, intervalWeeks: weeks },
      ),
    ],
  };
}

export type CheckInOccasion = { dueDate: string; weekStart: string };
export type CheckInSchedule = {
  /** The latest due date on or before `today`, or null before the first one. */
  current: CheckInOccasion | null;
  /** The first due date after `today`. */
  next: CheckInOccasion;
  reasons: Reason[];
};

/**
 * The check-in occasions around `today` (ISO dates): due on the anchor's weekday every
 * `intervalWeeks` weeks, the first one interval after the anchor (nobody checks in on day one).
 */
export function checkInSchedule(input: { anchor: string; intervalWeeks: number; today: string }): CheckInSchedule {
  const anchor = dayIndex(input.anchor);
  const today = dayIndex(input.today);
  const step = 7 * input.intervalWeeks;
  const k = Math.floor((today - anchor) / step);
  const occasion = (day: number): CheckInOccasion => ({
    dueDate: isoFromDay(day),
    weekStart: weekStart(isoFromDay(day)),
  });
  const current = k >= 1 ? occasion(anchor + k * step) : null;
  const next = occasion(anchor + Math.max(k + 1, 1) * step);
  return {
    current,
    next,
    reasons: [
      reason(
        "checkin.schedule.client_day",
        `Due every ${input.intervalWeeks === 1 ? "week" : `${input.intervalWeeks} weeks`} on the weekday the client joined.`,
        {
          anchor: input.anchor,
          intervalWeeks: input.intervalWeeks,
          today: input.today,
          current: current?.dueDate ?? null,
          next: next.dueDate,
        },
      ),
    ],
  };
}
