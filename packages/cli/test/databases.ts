import type { Database } from "@spotter/server";
import { createTestPglite, createTestPostgres } from "@spotter/server/testing";

/** A fresh migrated PGlite in memory (a clone of the migrated template, not a new initdb). */
export const freshPglite = (): Promise<Database> => createTestPglite();

/** A fresh migrated PostgreSQL database on TEST_DATABASE_URL's server, dropped by close(). */
export const freshPostgres = (url: string): Promise<Database> => createTestPostgres(url, 2);

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}(:\d{2})?|Z)$/;
const normalize = (value: unknown): unknown => {
  if (typeof value === "string" && TIMESTAMP.test(value)) return new Date(value).toISOString();
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  return value;
};

/** Every row of every public table, normalized (timestamps to UTC ISO) and sorted, for equality checks. */
export async function snapshot(database: Database): Promise<Record<string, string[]>> {
  const tables = await database.query<{ name: string }>(
    "select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'",
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await database.query<{ j: unknown }>(`select row_to_json(t) as j from "${name}" t`);
    out[name] = rows.map((r) => JSON.stringify(normalize(typeof r.j === "string" ? JSON.parse(r.j) : r.j))).sort();
  }
  return out;
}
