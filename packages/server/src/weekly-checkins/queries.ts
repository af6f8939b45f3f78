import type { WeeklyCheckInList } from "@spotter/contracts";
import { addDays, dayIndex, weekStart } from "@spotter/engine";
import { and, desc, eq, gte } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { clients } from "../db/schema.ts";
import { weeklyCheckIns } from "../db/schema-weekly-checkins.ts";
import { presentWeeklyCheckInReview, type WeeklyCheckInRow } from "./present.ts";

type ClientRow = typeof clients.$inferSelect;

/** Weeks the response rate looks back over, the current week included. */
export const RESPONSE_RATE_WEEKS = 8;

/**
 * Check-in response rate: answered / due over the last RESPONSE_RATE_WEEKS weeks, counting only
 * weeks since the client's record was created (or since their first answer, if earlier: imported or
 * back-dated history). Every client is due one check-in a week (per-tier cadence is not modelled
 * yet); the current week counts as due.
 */
export function responseRate(rows: readonly Pick<WeeklyCheckInRow, "weekStart">[], createdAt: Date, now: Date) {
  const current = weekStart(now.toISOString().slice(0, 10));
  const created = weekStart(createdAt.toISOString().slice(0, 10));
  const firstAnswer = rows.reduce<string | null>((m, r) => (m === null || r.weekStart < m ? r.weekStart : m), null);
  const first = firstAnswer !== null && firstAnswer < created ? firstAnswer : created;
  const windowStart = addDays(current, -7 * (RESPONSE_RATE_WEEKS - 1));
  const from = first > windowStart ? first : windowStart;
  const due = Math.max(0, Math.floor((dayIndex(current) - dayIndex(from)) / 7) + 1);
  const answered = rows.filter((r) => r.weekStart >= from && r.weekStart <= current).length;
  return { answered, due, weeks: RESPONSE_RATE_WEEKS, rate: due > 0 ? Math.round((answered / due) * 100) / 100 : null };
}

/** The client's weekly check-ins, newest first (the window plus older ones up to 26), with the rate. */
export async function listWeeklyCheckIns(db: DbExecutor, client: ClientRow, now: Date): Promise<WeeklyCheckInList> {
  const since = addDays(weekStart(now.toISOString().slice(0, 10)), -7 * 26);
  const rows = await db
    .select()
    .from(weeklyCheckIns)
    .where(
      and(
        eq(weeklyCheckIns.organizationId, client.organizationId),
        eq(weeklyCheckIns.clientId, client.id),
        gte(weeklyCheckIns.weekStart, since),
      ),
    )
    .orderBy(desc(weeklyCheckIns.weekStart));
  return { items: rows.map(presentWeeklyCheckInReview), responseRate: responseRate(rows, client.createdAt, now) };
}

/** This week's check-in of the client, or null when not answered yet. */
export async function currentWeeklyCheckIn(db: DbExecutor, client: ClientRow, now: Date) {
  const week = weekStart(now.toISOString().slice(0, 10));
  const [row] = await db
    .select()
    .from(weeklyCheckIns)
    .where(
      and(
        eq(weeklyCheckIns.organizationId, client.organizationId),
        eq(weeklyCheckIns.clientId, client.id),
        eq(weeklyCheckIns.weekStart, week),
      ),
    );
  return { weekStart: week, row: row ?? null };
}
