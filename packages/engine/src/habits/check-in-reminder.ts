/**
 * When the check-in reminder nudge goes out: from the cadence's own schedule (checkInSchedule),
 * so the nudge and the check-in that opens on the client's day never disagree. The reminder is for
 * the check-in the client can answer now (its week has begun: an answer counts for its week), the
 * day before it is due, or on the due day when that day starts its week (a Monday due date: the
 * day before belongs to the previous week, whose answer would count for another check-in). Off
 * weeks of a biweekly or 4-weekly cadence have no check-in, so no reminder.
 */

import { type CheckInOccasion, checkInSchedule } from "../check-in-review/cadence.ts";
import { addDays, weekStart } from "../core/dates.ts";
import { type Reason, reason } from "../core/reasons.ts";

export type CheckInReminderDay = { occasion: CheckInOccasion; onDueDay: boolean; reasons: Reason[] };

/** The check-in occasion whose reminder day is `localDate`, or null (not a reminder day). */
export function checkInReminderDay(input: {
  anchor: string;
  intervalWeeks: number;
  localDate: string;
}): CheckInReminderDay | null {
  const tomorrow = addDays(input.localDate, 1);
  const c = checkInSchedule({ anchor: input.anchor, intervalWeeks: input.intervalWeeks, today: tomorrow }).current;
  if (!c) return null;
  const facts = { dueDate: c.dueDate, weekStart: c.weekStart, localDate: input.localDate };
  const rule = { intervalWeeks: input.intervalWeeks, anchor: input.anchor };
  if (c.dueDate === tomorrow && c.weekStart === weekStart(input.localDate))
    return {
      occasion: c,
      onDueDay: false,
      reasons: [reason("nudge.check_in.day_before", "The check-in is due tomorrow and not answered.", facts, rule)],
    };
  if (c.dueDate === input.localDate && c.weekStart === input.localDate)
    return {
      occasion: c,
      onDueDay: true,
      reasons: [
        reason(
          "nudge.check_in.due_day",
          "The check-in is due today, the first day of its week, and not answered.",
          facts,
          rule,
        ),
      ],
    };
  return null;
}
