import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { type FolderLock, lockDataFolder } from "./lock.ts";
import * as schema from "./schema.ts";

/** One database type for both drivers: drizzle's PostgreSQL base class. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = "pglite" | "postgres";

export type OpenDatabaseOptions = {
  /** A PostgreSQL URL; when set, a node-postgres pool is used instead of PGlite. */
  databaseUrl?: string;
  /** PGlite data folder (created if missing); `memory://` for a throw-away database. */
  dataDir?: string;
  /** An already-open PGlite (tests clone a template into one). */
  pglite?: PGlite;
  /** Apply migrations before returning (default true). */
  migrate?: boolean;
  /** PostgreSQL connections at most (default 10). */
  poolSize?: number;
  /**
   * Keep every pool connection open through quiet spells and open them all before returning
   * (servers; see openPostgres). Default false: a command that ends does not keep connections.
   */
  keepConnections?: boolean;
};

export type Database = {
  db: Db;
  kind: DbKind;
  /** Raw SQL returning rows, for code that must work on both drivers without the query builder. */
  query: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
  /** The embedded instance, when kind is "pglite". */
  pglite?: PGlite;
  /** The connection pool, when kind is "postgres". */
  pool?: pg.Pool;
  /** The data folder's one-writer lock, when this process opened a PGlite folder. */
  lock?: FolderLock;
};

export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), "../../drizzle");

/** Opens PGlite (persisted in `dataDir`, default SPOTTER_DATA_DIR or ./data) or PostgreSQL. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const database = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize, options.keepConnections)
    : await openPglite(options);
  if (options.migrate !== false) {
    try {
      await migrateDatabase(database);
    } catch (error) {
      await database.close().catch(() => {});
      throw error;
    }
  }
  if (options.keepConnections && database.pool) {
    try {
      await openEveryConnection(database.pool);
    } catch (error) {
      await database.close().catch(() => {});
      throw error;
    }
  }
  return database;
}

/**
 * Opens all of the pool's connections at once, so a new node's first requests find them ready. A
 * pool PostgreSQL cannot grant (past its max_connections) stops the start here, with the setting
 * named, rather than in the morning's first burst.
 */
async function openEveryConnection(pool: pg.Pool): Promise<void> {
  const max = pool.options.max ?? 10;
  const opened = await Promise.allSettled(Array.from({ length: max }, () => pool.connect()));
  for (const o of opened) if (o.status === "fulfilled") o.value.release();
  const failed = opened.find((o) => o.status === "rejected");
  if (failed)
    throw new Error(
      `could not open the ${max} PostgreSQL connections of the pool (DATABASE_POOL_SIZE): ${String(failed.reason?.message ?? failed.reason)}`,
      { cause: failed.reason },
    );
}

export async function migrateDatabase(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  // The two migrators differ only in the driver type they accept.
  if (database.kind === "pglite") {
    await migratePglite(database.db as Parameters<typeof migratePglite>[0], config);
    return;
  }
  if (!database.pool) throw new Error("postgres database without a pool");
  // Several API nodes may start at once: an advisory lock makes them migrate one after another.
  const client = await database.pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg({ client }), config);
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
  }
}

/** Arbitrary constant shared by every Spotter process ("spotter" in ASCII, truncated). */
const MIGRATION_LOCK_KEY = 0x73706f74;

function openPostgres(url: string, poolSize = 10, keepConnections = false): Database {
  // JIT off for Spotter's sessions: PostgreSQL compiles a plan whose estimated cost passes
  // jit_above_cost, and the daily pass's chunk read (per-client lateral joins over 1,000 clients)
  // always does; compiling it took ~0.48 s of a 1.8 s read (EXPLAIN ANALYZE, 1,000 clients), work
  // repeated on every chunk, while no Spotter query runs long enough to win it back. A URL that
  // sets its own `options` keeps them.
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // A server keeps its connections (issue 12). pg closes a connection idle for 10 s, so after a
    // quiet spell (a night) the morning's first burst found an empty pool: every request waited on a
    // new PostgreSQL backend, which then parsed and planned each named statement again with cold
    // caches. At 300 req/s after 15 s idle, p99 was 584-795 ms (GETs) with the pool closed and
    // 43-192 ms with it kept, PostgreSQL CPU 2.2 vs 1.6-1.7 ms per request (bench/api/RESULTS.md).
    ...(keepConnections ? { min: poolSize } : {}),
    ...(new URL(url).searchParams.has("options") ? {} : { options: "-c jit=off" }),
  });
  // An idle client error (server restart) must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    pool,
    query: async (text, params) => (await pool.query(text, params)).rows,
    close: () => pool.end(),
  };
}

async function openPglite(options: OpenDatabaseOptions): Promise<Database> {
  let client = options.pglite;
  let lock: FolderLock | undefined;
  if (!client) {
    const dataDir = options.dataDir ?? process.env.SPOTTER_DATA_DIR ?? "./data";
    if (dataDir.includes("://")) client = await PGlite.create(dataDir);
    else {
      const folder = resolve(dataDir);
      mkdirSync(folder, { recursive: true });
      // Before PGlite touches the folder: a second process must not even open it (issue 11).
      lock = lockDataFolder(folder);
      try {
        client = await PGlite.create(folder);
      } catch (error) {
        lock.release();
        throw error;
      }
    }
  }
  const pglite = yieldBeforeQueries(client);
  const db = drizzlePglite({ client: pglite, schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    pglite,
    ...(lock ? { lock } : {}),
    query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
    close: async () => {
      try {
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * PGlite runs a query synchronously on this thread (WebAssembly) and answers with an already
 * settled promise, so a request's queries, and every other request's queued behind them, run as
 * one unbroken chain of microtasks: meanwhile Node accepts no connection, reads no socket and fires
 * no timer, so health checks and the overload guard (http/overload.ts) see nothing until the chain
 * ends. Each query and transaction first waits one turn of the event loop (setImmediate), which
 * bounds a turn to one query per running request. Statements inside a transaction do not wait: the
 * transaction holds the one connection throughout, and nothing else could run on it meanwhile.
 */
function yieldBeforeQueries(pglite: PGlite): PGlite {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  const query = pglite.query.bind(pglite);
  const exec = pglite.exec.bind(pglite);
  const transaction = pglite.transaction.bind(pglite);
  pglite.query = async (...args: Parameters<typeof query>) => {
    await turn();
    return query(...args);
  };
  pglite.exec = async (...args: Parameters<typeof exec>) => {
    await turn();
    return exec(...args);
  };
  pglite.transaction = async <T>(callback: (tx: Transaction) => Promise<T>) => {
    await turn();
    return transaction(callback);
  };
  return pglite;
}
