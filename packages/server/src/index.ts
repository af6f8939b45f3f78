/** @spotter/server: the HTTP API, database and auth. */
export { type BuildAppOptions, buildApp } from "./app.ts";
export { type AuditInput, recordAudit } from "./audit/record.ts";
export { type Actor, canCoach, type RouteAccess } from "./auth/actor.ts";
export { hashPassword, verifyPassword } from "./auth/password.ts";
export { type AppConfig, configFromEnv, DEFAULT_CONFIG } from "./config.ts";
export {
  type Database,
  type Db,
  type DbKind,
  migrateDatabase,
  type OpenDatabaseOptions,
  openDatabase,
} from "./db/open.ts";
export * as schema from "./db/schema.ts";
export { TABLES_IN_ORDER } from "./db/schema.ts";
export { conflict, forbidden, HttpError, notFound, validationError } from "./http/errors.ts";
export { serveWebApp } from "./http/web-app.ts";
export * from "./monitoring/index.ts";
export * from "./policies/index.ts";
export { demoAthleteSpec } from "./programming/demo-athlete.ts";
export { type DemoTrainee, seedDemoTraining } from "./programming/demo-training.ts";
export { registerClientExportSection } from "./routes/clients/export-sections.ts";
