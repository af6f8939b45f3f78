import { createEvents, type EventAttributes } from "ics";

/** One session as the feed shows it: nothing beyond its identity, date, label, length and status. */
export type FeedSession = {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  dayLabel: string;
  estimatedMinutes: number;
  status: "published" | "logged";
  updatedAt: Date;
};

/** The UID domain: a UID must be globally unique and stable (RFC 5545 §3.8.4.7). */
const UID_DOMAIN = "calendar.spotter";

/** The stable UID of a session's event: calendar apps match re-imports on it, so a moved session updates. */
export const sessionUid = (sessionId: string): string => `session-${sessionId}@${UID_DOMAIN}`;

const dayParts = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split("-").map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
};

const nextDay = (iso: string): [number, number, number] => {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
};

/** The calendar's name in the subscriber's app: fixed, so the feed names no one. */
export const CALENDAR_NAME = "Spotter training";
const HEADER = { productId: "spotter/calendar", calName: CALENDAR_NAME };

/**
 * The iCalendar text of a client's feed. Sessions carry a date but no time of day, so each is an
 * all-day event (DTSTART;VALUE=DATE). DTSTAMP and LAST-MODIFIED are the session's own update time,
 * not the fetch time, so the same data gives the same bytes.
 */
export function buildIcsFeed(sessions: readonly FeedSession[]): string {
  const events: EventAttributes[] = sessions.map((s) => ({
    uid: sessionUid(s.id),
    title: s.status === "logged" ? `Training: ${s.dayLabel} (done)` : `Training: ${s.dayLabel}`,
    description: `About ${Math.round(s.estimatedMinutes)} minutes. Open Spotter for the details.`,
    start: dayParts(s.date),
    end: nextDay(s.date),
    timestamp: s.updatedAt.getTime(),
    lastModified: s.updatedAt.getTime(),
    status: "CONFIRMED",
    transp: "TRANSPARENT",
  }));
  const { error, value } = createEvents(events, HEADER);
  if (error || !value) throw error ?? new Error("ics produced no calendar");
  return value;
}
