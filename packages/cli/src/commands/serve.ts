import {
  buildApp,
  configFromEnv,
  type Database,
  mailConfigFromEnv,
  serveWebApp,
  startMonitoringJobs,
  startNotificationJobs,
  startNudgeJobs,
  startWeeklyCheckInJobs,
} from "@spotter/server";
import type { Command } from "commander";
import { describeDatabase, openDatabaseFromEnv, portFromEnv, WEB_DIST } from "../env.ts";

export type ServeOptions = {
  port: number;
  host: string;
  webDist?: string;
  /** Runs first on SIGINT/SIGTERM (e.g. stopping background jobs before the database closes). */
  beforeClose?: () => Promise<void>;
};

/** Builds the app on an open database and listens; closes cleanly on SIGINT/SIGTERM. */
export async function serve(database: Database, options: ServeOptions) {
  let hasWeb = false;
  const app = await buildApp({
    database,
    config: configFromEnv(),
    extend: async (a) => {
      hasWeb = await serveWebApp(a, options.webDist ?? WEB_DIST);
    },
  });
  const address = await app.listen({ port: options.port, host: options.host });
  const url = address.replace("0.0.0.0", "localhost").replace("[::]", "localhost");
  // A second `spotter` command refused by the data folder's lock then names this URL.
  database.lock?.describe({ url });
  console.log(`Spotter is running at ${url}  (API docs: ${url}/docs; database: ${describeDatabase()})`);
  if (!hasWeb) console.log("  (web app not built: run `npm run build:web` to serve it here)");
  const stop = async () => {
    await options.beforeClose?.();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return app;
}

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("migrate the database, then serve the API (and the built web app) on PORT (default 3000)")
    .option("--host <host>", "interface to listen on", process.env.HOST ?? "0.0.0.0")
    .option("--jobs", "also run the scheduled daily monitoring pass here (pg-boss; or SPOTTER_JOBS=1)")
    .action(async (opts: { host: string; jobs?: boolean }) => {
      const database = await openDatabaseFromEnv(process.env, "server");
      const jobs = opts.jobs || process.env.SPOTTER_JOBS === "1" ? await startJobs(database) : null;
      await serve(database, { port: portFromEnv(), host: opts.host, beforeClose: async () => jobs?.stop() });
    });
}

/**
 * Starts the scheduled daily monitoring pass and the notification queues (email delivery with
 * retries, overdue-flag escalation) on this node's pg-boss, logging each pass and any email that
 * failed (counts only, never content). Email needs SPOTTER_SMTP_URL (and SPOTTER_MAIL_FROM).
 */
export async function startJobs(database: Database) {
  const monitoring = await startMonitoringJobs(database, {
    databaseUrl: process.env.DATABASE_URL || undefined,
    onPass: (s) => console.log(`daily pass: ${s.clients} clients in ${Math.round(s.ms)} ms`),
    onError: (e) => console.error("jobs:", e),
  });
  const mail = mailConfigFromEnv();
  if (!mail) console.log("  (email off: set SPOTTER_SMTP_URL to send notifications by email)");
  const notifications = await startNotificationJobs(database, monitoring.boss, {
    mail,
    onDelivery: (s) => {
      if (s.retrying || s.failed) console.error(`email: ${s.sent} sent, ${s.retrying} to retry, ${s.failed} failed`);
    },
  });
  // Habits and nudges: before a session, after a missed one, before the weekly check-in.
  await startNudgeJobs(database, monitoring.boss);
  // Weekly check-ins: opened on each client's day from their tier's cadence; replies past the promise escalate.
  await startWeeklyCheckInJobs(database, monitoring.boss, {
    onRun: (s) => {
      if (s.opened || s.overdueCheckIns || s.overdueMessages)
        console.log(
          `check-ins: ${s.opened} opened, ${s.overdueCheckIns + s.overdueMessages} overdue replies escalated`,
        );
    },
  });
  return {
    ...monitoring,
    stop: async () => {
      await notifications.stop();
      await monitoring.stop();
    },
  };
}
