import { fromPglite, PgBoss } from "pg-boss";
import type { Database } from "../db/open.ts";
import { serverNow } from "../programming/clock.ts";
import { analyzeAfterLoad } from "./analyze.ts";
import { type PassStats, runDailyPass } from "./run-pass.ts";

export const DAILY_PASS_QUEUE = "spotter-daily-pass";
/** 03:15 UTC: after most clients' evening logs, before coaches open the queue. */
export const DAILY_PASS_CRON = "15 3 * * *";
/**
 * PGlite only: ANALYZE every hour at :40. PGlite runs no autovacuum, so without this the planner
 * keeps the statistics of the last bulk load (or none) however much the data grows.
 */
export const ANALYZE_QUEUE = "spotter-analyze";
export const ANALYZE_CRON = "40 * * * *";

export type MonitoringJobs = {
  boss: PgBoss;
  /** Queue one pass now (the scheduled one uses the same queue); returns the job id. */
  enqueueNow: () => Promise<string | null>;
  stop: () => Promise<void>;
};

/** What the worker does with a daily-pass job: the pass itself, for "now". Exported for tests. */
export async function handleDailyPassJob(database: Database): Promise<PassStats> {
  return runDailyPass(database, { now: serverNow().toISOString() });
}

/**
 * Starts pg-boss on the app's database (a PostgreSQL URL, or the PGlite instance through
 * pg-boss's `fromPglite` adapter), schedules the daily pass and works its queue. pg-boss keeps
 * its own tables in the `pgboss` schema. Several API nodes may run this: the cron schedule sends
 * one job per tick and a job is worked once; the pass is idempotent anyway.
 */
export async function startMonitoringJobs(
  database: Database,
  options: {
    databaseUrl?: string;
    /** pg-boss schema (default `pgboss`). */
    schema?: string;
    cron?: string;
    /** PGlite: when to ANALYZE (default hourly, ANALYZE_CRON). */
    analyzeCron?: string;
    onPass?: (stats: PassStats) => void;
    onError?: (e: unknown) => void;
  } = {},
): Promise<MonitoringJobs> {
  let boss: PgBoss;
  if (database.kind === "pglite") {
    if (!database.pglite) throw new Error("PGlite database without its instance");
    boss = new PgBoss({
      db: fromPglite(database.pglite),
      backend: "pglite",
      ...(options.schema ? { schema: options.schema } : {}),
    });
  } else {
    if (!options.databaseUrl) throw new Error("startMonitoringJobs on PostgreSQL needs databaseUrl");
    boss = new PgBoss({
      connectionString: options.databaseUrl,
      max: 2,
      ...(options.schema ? { schema: options.schema } : {}),
    });
  }
  boss.on("error", (e) => options.onError?.(e));
  await boss.start();
  await boss.createQueue(DAILY_PASS_QUEUE);
  await boss.schedule(DAILY_PASS_QUEUE, options.cron ?? DAILY_PASS_CRON, null, { tz: "UTC" });
  await boss.work(DAILY_PASS_QUEUE, async () => {
    const stats = await handleDailyPassJob(database);
    options.onPass?.(stats);
    return stats;
  });
  if (database.kind === "pglite") {
    await boss.createQueue(ANALYZE_QUEUE);
    await boss.schedule(ANALYZE_QUEUE, options.analyzeCron ?? ANALYZE_CRON, null, { tz: "UTC" });
    await boss.work(ANALYZE_QUEUE, () => analyzeAfterLoad(database));
  }
  return {
    boss,
    enqueueNow: () => boss.send(DAILY_PASS_QUEUE, null),
    stop: () => boss.stop({ graceful: true }),
  };
}
