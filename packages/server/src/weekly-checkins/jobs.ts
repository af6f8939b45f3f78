import type { PgBoss } from "pg-boss";
import type { Database } from "../db/open.ts";
import { type Clock, systemClock } from "../programming/clock.ts";
import { escalateOverdueReplies, openDueCheckIns } from "./schedule.ts";

export const CHECKIN_QUEUE = "spotter-weekly-checkins";
/**
 * Every 15 minutes: opens the check-ins that became due (a client's day starts at 00:00 UTC, so the
 * first run after midnight opens them) and escalates replies past their promise, whose hours can
 * be as short as one.
 */
export const CHECKIN_CRON = "*/15 * * * *";

export type CheckInRunStats = { opened: number; overdueCheckIns: number; overdueMessages: number };

/** One run of the queue's work at `now` (exported for tests, which inject the clock). */
export async function runCheckInJob(database: Database, now: Date): Promise<CheckInRunStats> {
  const { opened } = await openDueCheckIns(database, now);
  const overdue = await escalateOverdueReplies(database, now);
  return { opened, overdueCheckIns: overdue.checkIns, overdueMessages: overdue.messages };
}

/**
 * Works the weekly check-in queue on an already-started pg-boss (the monitoring jobs' instance),
 * on PostgreSQL and PGlite alike, like the notification jobs. Notifications it records are
 * delivered by the notification queue.
 */
export async function startWeeklyCheckInJobs(
  database: Database,
  boss: PgBoss,
  options: { clock?: Clock; cron?: string; onRun?: (stats: CheckInRunStats) => void } = {},
): Promise<{ runNow: () => Promise<string | null> }> {
  const clock = options.clock ?? systemClock;
  await boss.createQueue(CHECKIN_QUEUE);
  await boss.schedule(CHECKIN_QUEUE, options.cron ?? CHECKIN_CRON, null, { tz: "UTC" });
  await boss.work(CHECKIN_QUEUE, async () => {
    const stats = await runCheckInJob(database, clock.now());
    options.onRun?.(stats);
    return stats;
  });
  return { runNow: () => boss.send(CHECKIN_QUEUE, null) };
}
