import { z } from "zod";

/**
 * HTTP shapes of a client's calendar feed: a secret subscription URL (calendar apps cannot send
 * cookies, so the URL's token is the credential). The token is shown once, when created or
 * rotated; the server keeps only its hash. The feed itself (`GET /api/calendar/<token>.ics`) is
 * iCalendar text, not JSON: one all-day event per published or logged session the portal shows,
 * titled with the session's day label, and nothing else about the client's health.
 */

/** Whether the client has a live feed (the URL itself cannot be shown again). */
export const calendarFeedStatusSchema = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
});
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;

/** A new feed URL: the previous one, if any, stopped working in the same transaction. */
export const calendarFeedCreatedSchema = z.object({
  token: z.string(),
  /** Path under the server's origin, e.g. `/api/calendar/<token>.ics`. */
  path: z.string(),
  createdAt: z.string(),
});
export type CalendarFeedCreated = z.infer<typeof calendarFeedCreatedSchema>;
