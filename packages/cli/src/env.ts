import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Database, openDatabase } from "@spotter/server";

/**
 * DATABASE_URL → PostgreSQL (DATABASE_POOL_SIZE connections, default 10); otherwise PGlite in
 * SPOTTER_DATA_DIR (default ./data). Migrates. A server (`serve`, `start`) opens its PostgreSQL
 * connections at once and keeps them through quiet spells; a command that ends does not.
 */
export function openDatabaseFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  use: "server" | "command" = "command",
): Promise<Database> {
  return openDatabase({
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}), // empty string = unset
    dataDir: env.SPOTTER_DATA_DIR ?? "./data",
    poolSize: poolSizeFromEnv(env),
    keepConnections: use === "server",
  });
}

export function poolSizeFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  if (!env.DATABASE_POOL_SIZE) return 10;
  const size = Number(env.DATABASE_POOL_SIZE);
  if (!Number.isInteger(size) || size < 1 || size > 1000)
    throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got ${env.DATABASE_POOL_SIZE}`);
  return size;
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
