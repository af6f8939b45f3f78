import type { WeeklyCheckInList } from "@spotter/contracts";
import { addDays, checkInInterval, checkInSchedule, weekStart } from "@spotter/engine";
import { and, desc, eq, gte } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { clientTier } from "../commands/client-tier.ts";
import type { Database } from "../db/open.ts";
import type { clients } from "../db/schema.ts";
import { weeklyCheckInOpenings } from "../db/schema-checkin-questionnaires.ts";
import { weeklyCheckIns } from "../db/schema-weekly-checkins.ts";
import { answeredQuestions, presentWeeklyCheckInReview } from "./present.ts";

type ClientRow = typeof clients.$inferSelect;

/** Weeks the response rate looks back over, the current week included. */
export const RESPONSE_RATE_WEEKS = 8;

/**
 * Check-in response rate, an accountability metric: answered / sent over the last
 * RESPONSE_RATE_WEEKS weeks. Sent are the weeks the schedule opened a check-in (and told the
 * client), plus any week the client answered unprompted (answering is itself a check-in). No rate
 * before anything was sent.
 */
export function responseRate(answeredWeeks: readonly string[], openedWeeks: readonly string[], now: Date) {
  const current = weekStart(now.toISOString().slice(0, 10));
  const from = addDays(current, -7 * (RESPONSE_RATE_WEEKS - 1));
  const inWindow = (w: string) => w >= from && w <= current;
  const answered = new Set(answeredWeeks.filter(inWindow));
  const sent = new Set([...openedWeeks.filter(inWindow), ...answered]);
  return {
    answered: answered.size,
    sent: sent.size,
    weeks: RESPONSE_RATE_WEEKS,
    rate: sent.size > 0 ? Math.round((answered.size / sent.size) * 100) / 100 : null,
  };
}

/** The client's weekly check-ins, newest first (up to 26 weeks back), with the rate and schedule. */
export async function listWeeklyCheckIns(
  database: Database,
  db: DbExecutor,
  client: ClientRow,
  now: Date,
): Promise<WeeklyCheckInList> {
  const since = addDays(weekStart(now.toISOString().slice(0, 10)), -7 * 26);
  const scoped = <T extends typeof weeklyCheckIns | typeof weeklyCheckInOpenings>(t: T) =>
    and(eq(t.organizationId, client.organizationId), eq(t.clientId, client.id), gte(t.weekStart, since));
  const rows = await db
    .select()
    .from(weeklyCheckIns)
    .where(scoped(weeklyCheckIns))
    .orderBy(desc(weeklyCheckIns.weekStart));
  const opened = await db
    .select({ weekStart: weeklyCheckInOpenings.weekStart })
    .from(weeklyCheckInOpenings)
    .where(scoped(weeklyCheckInOpenings));
  const asked = await answeredQuestions(db, rows);
  const tier = await clientTier(database, db, client.organizationId, client.id);
  const interval = checkInInterval(tier.reviewCadence);
  const s = checkInSchedule({
    anchor: client.createdAt.toISOString().slice(0, 10),
    intervalWeeks: interval.weeks,
    today: now.toISOString().slice(0, 10),
  });
  return {
    items: rows.map((r) => presentWeeklyCheckInReview(r, asked(r))),
    responseRate: responseRate(
      rows.map((r) => r.weekStart),
      opened.map((o) => o.weekStart),
      now,
    ),
    schedule: {
      intervalWeeks: interval.weeks,
      nextDueDate: s.next.dueDate,
      currentDueDate: s.current?.dueDate ?? null,
    },
  };
}

/** This week's check-in of the client (null when not answered yet) and its due date if opened. */
export async function currentWeeklyCheckIn(db: DbExecutor, client: ClientRow, now: Date) {
  const week = weekStart(now.toISOString().slice(0, 10));
  const where = <T extends typeof weeklyCheckIns | typeof weeklyCheckInOpenings>(t: T) =>
    and(eq(t.organizationId, client.organizationId), eq(t.clientId, client.id), eq(t.weekStart, week));
  const [row] = await db.select().from(weeklyCheckIns).where(where(weeklyCheckIns));
  const [opening] = await db
    .select({ dueDate: weeklyCheckInOpenings.dueDate })
    .from(weeklyCheckInOpenings)
    .where(where(weeklyCheckInOpenings));
  return { weekStart: week, row: row ?? null, dueDate: opening?.dueDate ?? null };
}
