import { MISSED_REASONS, NUDGE_KINDS } from "@spotter/engine";
import { z } from "zod";
import { isoDate, text } from "../common.ts";
import { reasonSchema } from "../engine/reason.ts";

/**
 * HTTP shapes of habits and nudges (issue 14 item 3): a habit is a cue and an action on planned
 * weekdays, ticked by the client; its consistency is "done of the last planned days" (engine
 * habits/consistency.ts). Nudges go through the notification outbox; a missed-session nudge asks
 * "what got in the way?" and the client's one-tap answer reaches the coach's view.
 */
export const HABIT_TEXT_MAX = 120;
const line = text(HABIT_TEXT_MAX)
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, "must not be empty");

/** POST /clients/:id/habits and POST /me/habits. */
export const habitInputSchema = z.object({
  cue: line,
  action: line,
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: z
    .array(z.number().int().min(1).max(7))
    .min(1)
    .max(7)
    .refine((d) => new Set(d).size === d.length, "each weekday once"),
  /** First planned day; default: the client's local today. */
  startDate: isoDate.optional(),
});
export type HabitInput = z.input<typeof habitInputSchema>;

/** POST /me/habits/:habitId/tick: done (or undone) on a local date (default today; today or yesterday). */
export const habitTickSchema = z.object({ done: z.boolean(), date: isoDate.optional() });
export type HabitTick = z.input<typeof habitTickSchema>;

export const habitParamsSchema = z.object({ id: z.uuid(), habitId: z.uuid() });
export const meHabitParamsSchema = z.object({ habitId: z.uuid() });
export const nudgeParamsSchema = z.object({ nudgeId: z.uuid() });

export const habitConsistencySchema = z.object({
  done: z.number().int(),
  planned: z.number().int(),
  window: z.number().int(),
  share: z.number().nullable(),
  status: z.enum(["not_started", "building", "consistent", "on_and_off", "restarting"]),
  label: z.string(),
  plannedToday: z.boolean(),
  doneToday: z.boolean(),
  reasons: z.array(reasonSchema),
});

export const habitSchema = z.object({
  id: z.uuid(),
  cue: z.string(),
  action: z.string(),
  days: z.array(z.number().int()),
  startDate: z.string(),
  createdByRole: z.enum(["owner", "coach", "client"]),
  consistency: habitConsistencySchema,
  /** Local dates ticked in the last 14 days, oldest first. */
  recentTicks: z.array(z.string()),
});
export type HabitView = z.infer<typeof habitSchema>;

export const missedReasonSchema = z.enum(MISSED_REASONS);
export type MissedReasonValue = z.infer<typeof missedReasonSchema>;

/** POST /me/nudges/:nudgeId/answer: the one-tap reason. */
export const missedAnswerSchema = z.object({ reason: missedReasonSchema });

/** An open "what got in the way?" question for the client. */
export const missedQuestionSchema = z.object({
  nudgeId: z.uuid(),
  sessionDate: z.string().nullable(),
  askedOn: z.string(),
});

/** GET /me/habits: the client's habits on their local today, and an unanswered missed-session question. */
export const meHabitsSchema = z.object({
  today: z.string(),
  habits: z.array(habitSchema),
  missedQuestion: missedQuestionSchema.nullable(),
});
export type MeHabits = z.infer<typeof meHabitsSchema>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected a time as HH:MM");
const timeZone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "not a known IANA time zone");

/** A client's nudge settings (same value for equal quiet start and end: no quiet hours). */
export const nudgePreferencesSchema = z.object({
  optedOut: z.boolean(),
  quietStart: hhmm,
  quietEnd: hhmm,
  timeZone,
});
export type NudgePreferencesView = z.infer<typeof nudgePreferencesSchema>;

export const missedSummarySchema = z.object({
  /** Days counted back from today. */
  windowDays: z.number().int(),
  counts: z.record(missedReasonSchema, z.number().int()),
  unanswered: z.number().int(),
  recent: z.array(
    z.object({
      sessionDate: z.string().nullable(),
      askedOn: z.string(),
      reason: missedReasonSchema.nullable(),
      answeredAt: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
});

/** GET /clients/:id/habits: the coach's view of one client's habits, nudges and missed reasons. */
export const clientHabitsSchema = z.object({
  today: z.string(),
  habits: z.array(habitSchema),
  missed: missedSummarySchema,
  nudges: z.array(z.object({ kind: z.enum(NUDGE_KINDS), localDate: z.string() })),
  preferences: nudgePreferencesSchema,
});
export type ClientHabits = z.infer<typeof clientHabitsSchema>;
