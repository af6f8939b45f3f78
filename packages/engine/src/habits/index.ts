export { type CheckInReminderDay, checkInReminderDay } from "./check-in-reminder.ts";
export {
  CONSISTENCY_WINDOW,
  CONSISTENT_SHARE,
  type ConsistencyStatus,
  type HabitConsistency,
  type HabitSchedule,
  habitConsistency,
  type IsoWeekday,
  isoWeekday,
  isoWeekdayOf,
  ON_AND_OFF_SHARE,
} from "./consistency.ts";
export {
  dueNudges,
  inQuietHours,
  localClock,
  MISSED_LOOKBACK_DAYS,
  MISSED_REASONS,
  type MissedReason,
  NUDGE_KINDS,
  type Nudge,
  type NudgeDecision,
  type NudgeInput,
  type NudgeKind,
  type NudgePrefs,
  nudgeText,
} from "./nudges.ts";
