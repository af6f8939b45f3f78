import type { Database } from "../db/open.ts";

/**
 * Refreshes the planner's statistics after a bulk load (demo, scale data, restore, imports). A
 * freshly filled table has none until autovacuum gets to it, and autovacuum may be off on a
 * user's server (and never runs in PGlite): one monitoring query went from 0.78 ms to 13.6 ms
 * without them. `tables` limits it to what was loaded; identifiers are quoted, so only names
 * this code chose are passed.
 */
export async function analyzeAfterLoad(database: Database, tables?: readonly string[]): Promise<void> {
  if (tables && !tables.length) return;
  const list = tables ? ` ${tables.map((t) => `"${t.replaceAll('"', '""')}"`).join(", ")}` : "";
  await database.query(`analyze${list}`);
}
