import { z } from "zod";
import { isoDate } from "../../common.ts";
import { SESSION_STATUSES } from "./session.ts";

/** A session as a Today list shows it: whose, which day, and the log's session RPE once logged. */
export const todaySessionRefSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  status: z.enum(SESSION_STATUSES),
  date: isoDate,
  /** Foster session-RPE from the log; null until logged (or when the client left it out). */
  sessionRpe: z.number().nullable(),
});
export type TodaySessionRef = z.infer<typeof todaySessionRefSchema>;

/**
 * The most clients without a session today that GET /api/today lists (by name); `toBuildTotal`
 * counts them all. The page shows the first few and links to the roster: an owner of 10,000
 * clients was sent all 10,000 names (~720 KB) to show 15.
 */
export const COACH_TODAY_TO_BUILD_MAX = 25;

/**
 * GET /api/today: the coach's day across the visible active roster in one response: drafts waiting
 * for review, the latest logs, and the clients without a session dated today.
 */
export const coachTodayResponseSchema = z.object({
  /** Today on the server clock (UTC), the day `toBuild` is measured against. */
  date: isoDate,
  /** Visible active clients (coach: assigned; owner: all). */
  totalClients: z.number().int(),
  /** Every draft, by client name then newest first. */
  drafts: z.array(todaySessionRefSchema),
  /** The most recently logged sessions, newest first (at most 8). */
  recentLogs: z.array(todaySessionRefSchema),
  /** The first active clients with no session dated today, by name (at most COACH_TODAY_TO_BUILD_MAX). */
  toBuild: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** How many active clients have no session dated today. */
  toBuildTotal: z.number().int(),
});
export type CoachTodayResponse = z.infer<typeof coachTodayResponseSchema>;
