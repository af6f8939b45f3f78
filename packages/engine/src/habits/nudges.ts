/**
 * Which nudges are due now for one client: a pure function of (now, schedule, logs, sent nudges,
 * preferences) so the scheduler can run it every few minutes and tests can move the clock.
 *
 * - session_before: a published session is planned for the client's local today;
 * - session_missed: a published session of the last MISSED_LOOKBACK_DAYS days was not logged and
 *   nothing was logged since; asks "what got in the way?" once per session;
 * - check_in_due: the check-in the tier's cadence has due (checkInSchedule, on the client's day) is
 *   not answered: the day before it is due, or on the due day when its week starts that day
 *   (checkInReminderDay); never on an off week; at most once per check-in.
 *
 * Never for an opted-out client, never inside their quiet hours (local time), and at most one
 * nudge of a kind per local day whatever was sent before. Wording is neutral and specific:
 * prompts to act, never blame (see nudgeText).
 */
import { addDays, type Instant, isoFromDay, toEpochMs } from "../core/dates.ts";
import { type Reason, reason } from "../core/reasons.ts";
import { checkInReminderDay } from "./check-in-reminder.ts";

export const NUDGE_KINDS = ["session_before", "session_missed", "check_in_due"] as const;
export type NudgeKind = (typeof NUDGE_KINDS)[number];

/** A missed session older than this is history, not something to ask about. */
export const MISSED_LOOKBACK_DAYS = 3;
export type NudgePrefs = {
  optedOut: boolean;
  /** Quiet hours in local minutes after midnight; start === end means none. May wrap midnight. */
  quietStartMinute: number;
  quietEndMinute: number;
  /** The client's offset from UTC at `now` (the server resolves their time zone). */
  utcOffsetMinutes: number;
};

export type NudgeInput = {
  now: Instant;
  prefs: NudgePrefs;
  /** The client's recent sessions (published or logged), dated YYYY-MM-DD. */
  sessions: readonly { id: string; date: string; status: "published" | "logged" }[];
  /**
   * The client's check-in schedule (anchor date and the tier's interval, as checkInSchedule takes
   * them) and whether the check-in of the reminder day's occasion is answered; null when
   * check-ins are not in use for this client (or the caller did not read them).
   */
  checkIn: { anchor: string; intervalWeeks: number; answered: boolean } | null;
  /** Nudges already sent (any age the caller keeps; the last MISSED_LOOKBACK_DAYS + 7 suffice). */
  sent: readonly { kind: NudgeKind; localDate: string; refId: string | null }[];
};

export type Nudge = { kind: NudgeKind; localDate: string; refId: string | null; reasons: Reason[] };
export type NudgeDecision = { localDate: string; localMinute: number; nudges: Nudge[]; held: Reason[] };

/** True when a local minute of the day falls inside the quiet hours [start, end). */
export function inQuietHours(minute: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The client's local date and minute of the day at `now`. */
export function localClock(now: Instant, utcOffsetMinutes: number): { localDate: string; localMinute: number } {
  const localMs = toEpochMs(now) + utcOffsetMinutes * 60_000;
  const day = Math.floor(localMs / 86_400_000);
  return { localDate: isoFromDay(day), localMinute: Math.floor((localMs - day * 86_400_000) / 60_000) };
}

export function dueNudges(input: NudgeInput): NudgeDecision {
  const { prefs } = input;
  const { localDate, localMinute } = localClock(input.now, prefs.utcOffsetMinutes);
  const base = { localDate, localMinute };
  if (prefs.optedOut)
    return { ...base, nudges: [], held: [reason("nudge.opted_out", "The client switched nudges off.", { localDate })] };
  if (inQuietHours(localMinute, prefs.quietStartMinute, prefs.quietEndMinute))
    return {
      ...base,
      nudges: [],
      held: [
        reason(
          "nudge.quiet_hours",
          "Inside the client's quiet hours: nothing is sent until they end.",
          { localMinute },
          { quietStartMinute: prefs.quietStartMinute, quietEndMinute: prefs.quietEndMinute },
        ),
      ],
    };
  const sentToday = new Set(input.sent.filter((s) => s.localDate === localDate).map((s) => s.kind));
  const held: Reason[] = [];
  const nudges: Nudge[] = [];
  const once = (kind: NudgeKind) => {
    if (!sentToday.has(kind)) return true;
    held.push(reason("nudge.once_a_day", `A ${kind} nudge was already sent today.`, { kind, localDate }));
    return false;
  };

  const today = input.sessions
    .filter((s) => s.status === "published" && s.date === localDate)
    .sort((a, b) => a.id.localeCompare(b.id))[0];
  if (today && once("session_before"))
    nudges.push({
      kind: "session_before",
      localDate,
      refId: today.id,
      reasons: [
        reason("nudge.session_before", "A published session is planned for today.", { sessionDate: today.date }),
      ],
    });

  const from = addDays(localDate, -MISSED_LOOKBACK_DAYS);
  const lastLogged = input.sessions
    .filter((s) => s.status === "logged")
    .reduce<string | null>((m, s) => (m === null || s.date > m ? s.date : m), null);
  const asked = new Set(input.sent.filter((s) => s.kind === "session_missed").map((s) => s.refId));
  const missed = input.sessions
    .filter((s) => s.status === "published" && s.date >= from && s.date < localDate && !asked.has(s.id))
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : b.date.localeCompare(a.date)))[0];
  if (missed && lastLogged !== null && lastLogged >= missed.date)
    held.push(
      reason("nudge.missed.trained_since", "A session was logged on or after the missed day.", {
        missedDate: missed.date,
        lastLogged,
      }),
    );
  else if (missed && once("session_missed"))
    nudges.push({
      kind: "session_missed",
      localDate,
      refId: missed.id,
      reasons: [
        reason(
          "nudge.session_missed",
          "A planned session passed without a log: ask what got in the way.",
          { sessionDate: missed.date, localDate },
          { lookbackDays: MISSED_LOOKBACK_DAYS },
        ),
      ],
    });

  const c = input.checkIn;
  const day = c && checkInReminderDay({ anchor: c.anchor, intervalWeeks: c.intervalWeeks, localDate });
  if (c && day && c.answered)
    held.push(
      reason("nudge.check_in.answered", "The check-in is already answered.", { dueDate: day.occasion.dueDate }),
    );
  else if (day) {
    // Once per check-in: its reminder days are the day before and the due day.
    const from = addDays(day.occasion.dueDate, -1);
    const already = input.sent.some(
      (s) => s.kind === "check_in_due" && s.localDate >= from && s.localDate <= day.occasion.dueDate,
    );
    if (already)
      held.push(
        reason("nudge.check_in.once", "The reminder for this check-in was already sent.", {
          dueDate: day.occasion.dueDate,
        }),
      );
    else if (once("check_in_due")) nudges.push({ kind: "check_in_due", localDate, refId: null, reasons: day.reasons });
  }
  return { ...base, nudges, held };
}

/** The reasons a client can give for a missed session, one tap each. */
export const MISSED_REASONS = ["time", "energy", "pain", "motivation", "other"] as const;
export type MissedReason = (typeof MISSED_REASONS)[number];

/**
 * Neutral, specific wording: what is planned and what to do, no blame or guilt. The subject is
 * also an email subject, so it names no health detail.
 */
export function nudgeText(kind: NudgeKind): { subject: string; body: string } {
  switch (kind) {
    case "session_before":
      return {
        subject: "Today's session is ready",
        body: "Your session for today is in Spotter. Open it when you are ready to train and log it as you go.",
      };
    case "session_missed":
      return {
        subject: "What got in the way?",
        body: "A planned session went unlogged. One tap in Spotter tells your coach what got in the way (time, energy, pain, motivation or something else), so the plan can fit your week.",
      };
    case "check_in_due":
      return {
        subject: "Your check-in is due soon",
        body: "A few quick questions about how training went. Your coach reads your answers and replies in Spotter.",
      };
  }
}
