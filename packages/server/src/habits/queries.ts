import type { HabitView, MissedReasonValue } from "@spotter/contracts";
import { addDays, habitConsistency, type IsoWeekday, MISSED_REASONS } from "@spotter/engine";
import { and, asc, desc, eq, gte, inArray, isNull } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { habits, habitTicks, nudgeLog } from "../db/schema-habits.ts";
import { trainingSessions } from "../db/schema-programming.ts";

type ClientRef = { id: string; organizationId: string };
export type HabitRow = typeof habits.$inferSelect;

/** Ticks the view reads: the consistency window (7 planned days fit in 8 weeks) and the last 14 days shown. */
const TICK_LOOKBACK_DAYS = 7 * 8 + 7;
const RECENT_DAYS = 14;
/** The coach's view counts missed-session answers over this many days. */
export const MISSED_WINDOW_DAYS = 28;

export function presentHabit(row: HabitRow, tickDates: readonly string[], today: string): HabitView {
  const consistency = habitConsistency({
    schedule: { days: row.days as IsoWeekday[], startDate: row.startDate },
    tickDates,
    today,
  });
  const from = addDays(today, -(RECENT_DAYS - 1));
  return {
    id: row.id,
    cue: row.cue,
    action: row.action,
    days: row.days,
    startDate: row.startDate,
    createdByRole: row.createdByRole,
    consistency,
    recentTicks: tickDates.filter((d) => d >= from && d <= today).sort(),
  };
}

/** The client's active habits with their consistency on the client's local `today`. */
export async function listHabits(db: DbExecutor, client: ClientRef, today: string): Promise<HabitView[]> {
  const rows = await db
    .select()
    .from(habits)
    .where(
      and(eq(habits.organizationId, client.organizationId), eq(habits.clientId, client.id), isNull(habits.archivedAt)),
    )
    .orderBy(asc(habits.createdAt));
  if (!rows.length) return [];
  const ticks = await db
    .select({ habitId: habitTicks.habitId, date: habitTicks.date })
    .from(habitTicks)
    .where(
      and(
        eq(habitTicks.organizationId, client.organizationId),
        inArray(
          habitTicks.habitId,
          rows.map((r) => r.id),
        ),
        gte(habitTicks.date, addDays(today, -TICK_LOOKBACK_DAYS)),
      ),
    );
  const byHabit = new Map<string, string[]>();
  for (const t of ticks) byHabit.set(t.habitId, [...(byHabit.get(t.habitId) ?? []), t.date]);
  return rows.map((r) => presentHabit(r, byHabit.get(r.id) ?? [], today));
}

/** The newest unanswered "what got in the way?" of the last few days, for the portal. */
export async function openMissedQuestion(db: DbExecutor, client: ClientRef, today: string) {
  const [row] = await db
    .select({ nudgeId: nudgeLog.id, askedOn: nudgeLog.localDate, sessionDate: trainingSessions.date })
    .from(nudgeLog)
    .leftJoin(trainingSessions, eq(trainingSessions.id, nudgeLog.refId))
    .where(
      and(
        eq(nudgeLog.organizationId, client.organizationId),
        eq(nudgeLog.clientId, client.id),
        eq(nudgeLog.kind, "session_missed"),
        isNull(nudgeLog.answeredAt),
        gte(nudgeLog.localDate, addDays(today, -6)),
      ),
    )
    .orderBy(desc(nudgeLog.localDate))
    .limit(1);
  return row ? { nudgeId: row.nudgeId, askedOn: row.askedOn, sessionDate: row.sessionDate ?? null } : null;
}

/** Missed-session answers over MISSED_WINDOW_DAYS: counts per reason, unanswered, the latest ones. */
export async function missedSummary(db: DbExecutor, client: ClientRef, today: string) {
  const rows = await db
    .select({
      localDate: nudgeLog.localDate,
      missedReason: nudgeLog.missedReason,
      answeredAt: nudgeLog.answeredAt,
      sessionDate: trainingSessions.date,
    })
    .from(nudgeLog)
    .leftJoin(trainingSessions, eq(trainingSessions.id, nudgeLog.refId))
    .where(
      and(
        eq(nudgeLog.organizationId, client.organizationId),
        eq(nudgeLog.clientId, client.id),
        eq(nudgeLog.kind, "session_missed"),
        gte(nudgeLog.localDate, addDays(today, -MISSED_WINDOW_DAYS)),
      ),
    )
    .orderBy(desc(nudgeLog.localDate));
  const counts = Object.fromEntries(MISSED_REASONS.map((r) => [r, 0])) as Record<MissedReasonValue, number>;
  for (const r of rows) if (r.missedReason) counts[r.missedReason]++;
  return {
    windowDays: MISSED_WINDOW_DAYS,
    counts,
    unanswered: rows.filter((r) => !r.missedReason).length,
    recent: rows.slice(0, 5).map((r) => ({
      sessionDate: r.sessionDate,
      askedOn: r.localDate,
      reason: r.missedReason,
      answeredAt: r.answeredAt?.toISOString() ?? null,
    })),
  };
}

/** Nudges sent over the last 14 days, newest first. */
export async function recentNudges(db: DbExecutor, client: ClientRef, today: string) {
  return db
    .select({ kind: nudgeLog.kind, localDate: nudgeLog.localDate, refId: nudgeLog.refId })
    .from(nudgeLog)
    .where(
      and(
        eq(nudgeLog.organizationId, client.organizationId),
        eq(nudgeLog.clientId, client.id),
        gte(nudgeLog.localDate, addDays(today, -RECENT_DAYS)),
      ),
    )
    .orderBy(desc(nudgeLog.localDate), asc(nudgeLog.kind));
}
