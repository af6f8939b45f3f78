import { createHash } from "node:crypto";
import { createEvents, type EventAttributes } from "ics";

/** A session in a coach's feed: the client's name, the day label, length and status. */
export type CoachFeedSession = {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  clientName: string;
  dayLabel: string;
  estimatedMinutes: number;
  status: "draft" | "published" | "logged";
  updatedAt: Date;
};

/** A weekly check-in of one of the coach's clients, opened or next; `id` from checkInEventId. */
export type CoachFeedCheckIn = { id: string; dueDate: string; clientName: string; answered: boolean; updatedAt: Date };

const UID_DOMAIN = "calendar.spotter";
/** Stable per session (and distinct from the client feed's), so a moved session updates in place. */
export const coachSessionUid = (id: string) => `coach-session-${id}@${UID_DOMAIN}`;
export const coachCheckInUid = (id: string) => `coach-checkin-${id}@${UID_DOMAIN}`;
/**
 * A check-in's event id: the same for a client's week whether opened or still upcoming, so the
 * calendar keeps one event. Hashed: the feed URL may travel, and the client's record id stays out.
 */
export const checkInEventId = (clientId: string, weekStart: string) =>
  createHash("sha256").update(`${clientId}|${weekStart}`).digest("hex").slice(0, 32);

const parts = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split("-").map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
};
const nextDay = (iso: string): [number, number, number] => {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
};

export const COACH_CALENDAR_NAME = "Spotter: my clients";
const STATUS = { draft: " (draft)", published: "", logged: " (done)" } as const;

/**
 * The iCalendar text of a coach's feed: one all-day event per session of their clients and per
 * check-in due. DTSTAMP and LAST-MODIFIED are the row's own update time (not the fetch time), so
 * the same data gives the same bytes; a session moved to another day keeps its UID.
 */
export function buildCoachIcsFeed(feed: { sessions: CoachFeedSession[]; checkIns: CoachFeedCheckIn[] }): string {
  const sessions: EventAttributes[] = feed.sessions.map((s) => ({
    uid: coachSessionUid(s.id),
    title: `${s.clientName}: ${s.dayLabel}${STATUS[s.status]}`,
    description: `About ${Math.round(s.estimatedMinutes)} minutes. Open Spotter for the session.`,
    start: parts(s.date),
    end: nextDay(s.date),
    timestamp: s.updatedAt.getTime(),
    lastModified: s.updatedAt.getTime(),
    status: s.status === "draft" ? "TENTATIVE" : "CONFIRMED",
    transp: "TRANSPARENT",
  }));
  const checkIns: EventAttributes[] = feed.checkIns.map((c) => ({
    uid: coachCheckInUid(c.id),
    title: `Check-in due: ${c.clientName}${c.answered ? " (answered)" : ""}`,
    description: "The client's weekly check-in. Open Spotter to review it.",
    start: parts(c.dueDate),
    end: nextDay(c.dueDate),
    timestamp: c.updatedAt.getTime(),
    lastModified: c.updatedAt.getTime(),
    status: "CONFIRMED",
    transp: "TRANSPARENT",
  }));
  const events = [...sessions, ...checkIns];
  const header = { productId: "spotter/calendar", calName: COACH_CALENDAR_NAME };
  const { error, value } = createEvents(events, header);
  if (error || !value) throw error ?? new Error("ics produced no calendar");
  return value;
}
