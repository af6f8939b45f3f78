import { and, desc, eq, gte, inArray } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { hashToken, newToken } from "../auth/tokens.ts";
import { clients } from "../db/schema.ts";
import { calendarFeeds } from "../db/schema-calendar.ts";
import { trainingSessions } from "../db/schema-programming.ts";
import { portalGate } from "../safety/portal.ts";
import type { FeedSession } from "./ics-feed.ts";

/** How far back the feed reaches: recent history stays in the calendar, older sessions drop out. */
export const FEED_LOOKBACK_DAYS = 90;
/** A bound on one feed's events (a year of daily sessions and more). */
export const FEED_MAX_EVENTS = 500;

/**
 * Creates the client's feed or, when one exists, replaces its token hash (rotation): the old URL
 * stops working in the same statement. Returns the new token, the only time it exists in clear.
 */
export async function issueFeedToken(
  db: DbExecutor,
  ids: { organizationId: string; clientId: string; userId: string },
  now: Date,
): Promise<{ id: string; token: string; createdAt: Date }> {
  const token = newToken();
  const tokenHash = hashToken(token);
  const [row] = await db
    .insert(calendarFeeds)
    .values({ ...ids, createdBy: ids.userId, tokenHash, createdAt: now })
    .onConflictDoUpdate({
      target: calendarFeeds.clientId,
      set: { tokenHash, createdBy: ids.userId, createdAt: now },
    })
    .returning({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt });
  if (!row) throw new Error("calendar feed upsert returned no row");
  return { id: row.id, token, createdAt: row.createdAt };
}

/** The client's feed row, if any (no token: it is not stored). */
export async function loadFeed(db: DbExecutor, organizationId: string, clientId: string) {
  const [row] = await db
    .select({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.organizationId, organizationId), eq(calendarFeeds.clientId, clientId)));
  return row ?? null;
}

/** Revokes the client's feed; returns the removed row's id, or null when there was none. */
export async function revokeFeed(db: DbExecutor, organizationId: string, clientId: string) {
  const [row] = await db
    .delete(calendarFeeds)
    .where(and(eq(calendarFeeds.organizationId, organizationId), eq(calendarFeeds.clientId, clientId)))
    .returning({ id: calendarFeeds.id });
  return row?.id ?? null;
}

/** The feed a token opens (an archived client's feed opens nothing), or null. */
export async function feedByToken(db: DbExecutor, token: string) {
  const [row] = await db
    .select({
      id: calendarFeeds.id,
      organizationId: calendarFeeds.organizationId,
      clientId: calendarFeeds.clientId,
      clientName: clients.name,
    })
    .from(calendarFeeds)
    .innerJoin(clients, eq(clients.id, calendarFeeds.clientId))
    .where(and(eq(calendarFeeds.tokenHash, hashToken(token)), eq(clients.status, "active")));
  return row ?? null;
}

/**
 * The sessions a feed lists: what the client's portal shows (published and logged, never drafts;
 * a published session the safety gate hides stays out), from FEED_LOOKBACK_DAYS ago on.
 */
export async function feedSessions(
  db: DbExecutor,
  feed: { organizationId: string; clientId: string; clientName: string },
  now: Date,
): Promise<FeedSession[]> {
  const from = new Date(now.getTime() - FEED_LOOKBACK_DAYS * 86_400_000).toISOString().slice(0, 10);
  const rows = await db
    .select({
      id: trainingSessions.id,
      date: trainingSessions.date,
      status: trainingSessions.status,
      plan: trainingSessions.plan,
      updatedAt: trainingSessions.updatedAt,
    })
    .from(trainingSessions)
    .where(
      and(
        eq(trainingSessions.organizationId, feed.organizationId),
        eq(trainingSessions.clientId, feed.clientId),
        inArray(trainingSessions.status, ["published", "logged"]),
        gte(trainingSessions.date, from),
      ),
    )
    .orderBy(desc(trainingSessions.date), desc(trainingSessions.createdAt))
    .limit(FEED_MAX_EVENTS);
  const gate = await portalGate(db, feed.organizationId, feed.clientId, now, feed.clientName);
  const shown: FeedSession[] = [];
  for (const r of rows) {
    if (r.status === "draft" || !(await gate.visible(r))) continue;
    shown.push({
      id: r.id,
      date: r.date,
      dayLabel: r.plan.dayLabel,
      estimatedMinutes: r.plan.estimatedMinutes,
      status: r.status,
      updatedAt: r.updatedAt,
    });
  }
  return shown.reverse();
}
