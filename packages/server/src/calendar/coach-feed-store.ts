import { checkInInterval, checkInSchedule } from "@spotter/engine";
import { and, asc, desc, eq, gte, isNotNull, isNull } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { hashToken, newToken } from "../auth/tokens.ts";
import { clients, coachClients, memberships } from "../db/schema.ts";
import { coachCalendarFeeds } from "../db/schema-calendar.ts";
import { weeklyCheckInOpenings } from "../db/schema-checkin-questionnaires.ts";
import { clientMonitoring, serviceTiers } from "../db/schema-monitoring.ts";
import { trainingSessions } from "../db/schema-programming.ts";
import { weeklyCheckIns } from "../db/schema-weekly-checkins.ts";
import { type CoachFeedCheckIn, type CoachFeedSession, checkInEventId } from "./coach-ics.ts";
import { FEED_LOOKBACK_DAYS, FEED_MAX_EVENTS } from "./feed-store.ts";

type Ids = { organizationId: string; userId: string };

/** Creates the member's feed or replaces its token hash (rotation: the old URL stops at once). */
export async function issueCoachFeedToken(db: DbExecutor, ids: Ids, now: Date) {
  const token = newToken();
  const tokenHash = hashToken(token);
  const [row] = await db
    .insert(coachCalendarFeeds)
    .values({ ...ids, tokenHash, createdAt: now })
    .onConflictDoUpdate({
      target: [coachCalendarFeeds.organizationId, coachCalendarFeeds.userId],
      set: { tokenHash, createdAt: now },
    })
    .returning({ id: coachCalendarFeeds.id, createdAt: coachCalendarFeeds.createdAt });
  if (!row) throw new Error("coach calendar feed upsert returned no row");
  return { id: row.id, token, createdAt: row.createdAt };
}

const mine = (ids: Ids) =>
  and(eq(coachCalendarFeeds.organizationId, ids.organizationId), eq(coachCalendarFeeds.userId, ids.userId));

export async function loadCoachFeed(db: DbExecutor, ids: Ids) {
  const [row] = await db
    .select({ id: coachCalendarFeeds.id, createdAt: coachCalendarFeeds.createdAt })
    .from(coachCalendarFeeds)
    .where(mine(ids));
  return row ?? null;
}

/** Revokes the member's feed; the removed row's id, or null when there was none. */
export async function revokeCoachFeed(db: DbExecutor, ids: Ids) {
  const [row] = await db.delete(coachCalendarFeeds).where(mine(ids)).returning({ id: coachCalendarFeeds.id });
  return row?.id ?? null;
}

/**
 * The feed a token opens, or null. Only while its owner is still an active coach or owner of the
 * organization: a deactivated member's or one now a client (or gone) opens nothing.
 */
export async function coachFeedByToken(db: DbExecutor, token: string) {
  const [row] = await db
    .select({
      id: coachCalendarFeeds.id,
      organizationId: coachCalendarFeeds.organizationId,
      userId: memberships.userId,
    })
    .from(coachCalendarFeeds)
    .innerJoin(
      memberships,
      and(
        eq(memberships.organizationId, coachCalendarFeeds.organizationId),
        eq(memberships.userId, coachCalendarFeeds.userId),
      ),
    )
    .where(and(eq(coachCalendarFeeds.tokenHash, hashToken(token)), isNull(memberships.deactivatedAt)));
  return row ?? null;
}

/** The member's assigned, active clients (a feed is about "my clients", the owner's too). */
const assigned = (ids: Ids) =>
  and(
    eq(coachClients.coachUserId, ids.userId),
    eq(clients.organizationId, ids.organizationId),
    eq(clients.status, "active"),
  );

/**
 * What the feed lists, from FEED_LOOKBACK_DAYS ago on: the sessions of the member's clients (drafts
 * too: the coach's own calendar) and the weekly check-ins the schedule opened for them, each with
 * whether it was answered, and each client's next one not opened yet. Ordered by date, then id; at most FEED_MAX_EVENTS of each, nearest first.
 */
export async function coachFeedEvents(
  db: DbExecutor,
  ids: Ids,
  now: Date,
): Promise<{ sessions: CoachFeedSession[]; checkIns: CoachFeedCheckIn[] }> {
  const from = new Date(now.getTime() - FEED_LOOKBACK_DAYS * 86_400_000).toISOString().slice(0, 10);
  const sessionRows = await db
    .select({
      id: trainingSessions.id,
      date: trainingSessions.date,
      status: trainingSessions.status,
      plan: trainingSessions.plan,
      updatedAt: trainingSessions.updatedAt,
      clientName: clients.name,
    })
    .from(trainingSessions)
    .innerJoin(clients, eq(clients.id, trainingSessions.clientId))
    .innerJoin(coachClients, eq(coachClients.clientId, clients.id))
    .where(
      and(assigned(ids), eq(trainingSessions.organizationId, ids.organizationId), gte(trainingSessions.date, from)),
    )
    .orderBy(desc(trainingSessions.date), asc(trainingSessions.id))
    .limit(FEED_MAX_EVENTS);
  const checkInRows = await db
    .select({
      clientId: weeklyCheckInOpenings.clientId,
      weekStart: weeklyCheckInOpenings.weekStart,
      dueDate: weeklyCheckInOpenings.dueDate,
      openedAt: weeklyCheckInOpenings.openedAt,
      clientName: clients.name,
      answeredAt: weeklyCheckIns.answeredAt,
    })
    .from(weeklyCheckInOpenings)
    .innerJoin(clients, eq(clients.id, weeklyCheckInOpenings.clientId))
    .innerJoin(coachClients, eq(coachClients.clientId, clients.id))
    .leftJoin(
      weeklyCheckIns,
      and(
        eq(weeklyCheckIns.clientId, weeklyCheckInOpenings.clientId),
        eq(weeklyCheckIns.weekStart, weeklyCheckInOpenings.weekStart),
      ),
    )
    .where(
      and(
        assigned(ids),
        eq(weeklyCheckInOpenings.organizationId, ids.organizationId),
        gte(weeklyCheckInOpenings.dueDate, from),
      ),
    )
    .orderBy(desc(weeklyCheckInOpenings.dueDate), asc(weeklyCheckInOpenings.id))
    .limit(FEED_MAX_EVENTS);
  const opened = checkInRows.map((r) => ({
    id: checkInEventId(r.clientId, r.weekStart),
    dueDate: r.dueDate,
    clientName: r.clientName,
    answered: r.answeredAt !== null,
    updatedAt: r.answeredAt ?? r.openedAt,
  }));
  const upcoming = await upcomingCheckIns(db, ids, now);
  const seen = new Set(opened.map((c) => c.id));
  return {
    sessions: sessionRows
      .map((r) => ({
        id: r.id,
        date: r.date,
        clientName: r.clientName,
        dayLabel: r.plan.dayLabel,
        estimatedMinutes: r.plan.estimatedMinutes,
        status: r.status,
        updatedAt: r.updatedAt,
      }))
      .reverse(),
    checkIns: [...opened.reverse(), ...upcoming.filter((c) => !seen.has(c.id))].sort((x, y) =>
      x.dueDate < y.dueDate ? -1 : x.dueDate > y.dueDate ? 1 : x.id < y.id ? -1 : 1,
    ),
  };
}

/**
 * The next check-in due of each assigned client with a login, from the tier's cadence (assigned
 * tier, else the organization's default; weekly without) and the client's day, as the schedule
 * job will open it (engine checkInSchedule, weekly-checkins/schedule.ts). Its event id is the
 * same (client, week) as the opening's, so the calendar keeps one event when it opens.
 */
async function upcomingCheckIns(db: DbExecutor, ids: Ids, now: Date): Promise<CoachFeedCheckIn[]> {
  const rows = await db
    .select({
      clientId: clients.id,
      clientName: clients.name,
      createdAt: clients.createdAt,
      tierCadence: serviceTiers.reviewCadence,
    })
    .from(clients)
    .innerJoin(coachClients, eq(coachClients.clientId, clients.id))
    .leftJoin(clientMonitoring, eq(clientMonitoring.clientId, clients.id))
    .leftJoin(serviceTiers, eq(serviceTiers.id, clientMonitoring.tierId))
    .where(and(assigned(ids), isNotNull(clients.userId)))
    .orderBy(asc(clients.id));
  const [fallback] = await db
    .select({ cadence: serviceTiers.reviewCadence })
    .from(serviceTiers)
    .where(and(eq(serviceTiers.organizationId, ids.organizationId), eq(serviceTiers.isDefault, true)))
    .limit(1);
  const today = now.toISOString().slice(0, 10);
  return rows.map((r) => {
    const interval = checkInInterval(r.tierCadence ?? fallback?.cadence ?? "weekly");
    const anchor = r.createdAt.toISOString().slice(0, 10);
    const { next } = checkInSchedule({ anchor, intervalWeeks: interval.weeks, today });
    return {
      id: checkInEventId(r.clientId, next.weekStart),
      dueDate: next.dueDate,
      clientName: r.clientName,
      answered: false,
      // A stamp that changes only with the data: the client's join time.
      updatedAt: r.createdAt,
    };
  });
}
