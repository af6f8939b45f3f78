import type { PgBoss } from "pg-boss";
import type { Database } from "../db/open.ts";
import { type Clock, systemClock } from "../programming/clock.ts";
import { type NudgeRunStats, runNudges } from "./run-nudges.ts";

export const NUDGE_QUEUE = "spotter-nudges";
/**
 * Every 15 minutes: a nudge goes out within 15 minutes of its moment (quiet hours ending, a
 * session day starting); the log's unique key keeps repeated runs from sending twice.
 */
export const NUDGE_CRON = "*/15 * * * *";

export type NudgeJobs = { runNow: () => Promise<string | null> };

/**
 * Works the nudge queue on an already-started pg-boss (the monitoring jobs' instance), on
 * PostgreSQL and PGlite alike, like startNotificationJobs. Nudges are recorded through the
 * notification outbox, whose delivery job sends their emails.
 */
export async function startNudgeJobs(
  database: Database,
  boss: PgBoss,
  options: { clock?: Clock; cron?: string; onRun?: (stats: NudgeRunStats) => void } = {},
): Promise<NudgeJobs> {
  const clock = options.clock ?? systemClock;
  await boss.createQueue(NUDGE_QUEUE);
  await boss.schedule(NUDGE_QUEUE, options.cron ?? NUDGE_CRON, null, { tz: "UTC" });
  await boss.work(NUDGE_QUEUE, async () => {
    const stats = await runNudges(database, { now: clock.now() });
    options.onRun?.(stats);
    return stats;
  });
  return { runNow: () => boss.send(NUDGE_QUEUE, null) };
}
