import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Database, openDatabase } from "@spotter/server";

/** DATABASE_URL → PostgreSQL; otherwise PGlite in SPOTTER_DATA_DIR (default ./data). Migrates. */
export function openDatabaseFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  return openDatabase({
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}), // empty string = unset
    dataDir: env.SPOTTER_DATA_DIR ?? "./data",
  });
}

export const describeDatabase = (env: NodeJS.ProcessEnv = process.env) =>
  env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${resolve(env.SPOTTER_DATA_DIR ?? "./data")}`;

/** packages/web/dist, resolved from this file so `spotter serve` works from any directory. */
export const WEB_DIST = resolve(fileURLToPath(import.meta.url), "../../../web/dist");

export function portFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0-65535, got ${env.PORT}`);
  return port;
}
