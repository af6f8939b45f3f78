/**
 * @spotter/server: the HTTP API, database and jobs, as the CLI, the benchmarks and the web e2e
 * harness start them. A curated list: everything else in src/ is internal. Seeding lives in
 * `@spotter/server/demo`, test helpers in `@spotter/server/testing`.
 */
export { type BuildAppOptions, buildApp } from "./app.ts";
export { type AppConfig, configFromEnv, DEFAULT_CONFIG } from "./config.ts";
export {
  type Database,
  type Db,
  type DbKind,
  migrateDatabase,
  type OpenDatabaseOptions,
  openDatabase,
} from "./db/open.ts";
/** The tables, for the CLI's backup/restore and the demo's organization rows. */
export * as schema from "./db/schema.ts";
export { TABLES_IN_ORDER } from "./db/schema.ts";
export { type NudgeJobs, startNudgeJobs } from "./habits/jobs.ts";
export { type NudgeRunStats, runNudges } from "./habits/run-nudges.ts";
export { serveWebApp } from "./http/web-app.ts";
export { type MonitoringJobs, startMonitoringJobs } from "./monitoring/jobs.ts";
export { type PassStats, runDailyPass } from "./monitoring/run-pass.ts";
export {
  type MailConfig,
  mailConfigFromEnv,
  type NotificationJobs,
  startNotificationJobs,
} from "./notifications/index.ts";
export { type CheckInRunStats, runCheckInJob, startWeeklyCheckInJobs } from "./weekly-checkins/jobs.ts";
