import type { Database } from "./open.ts";

let enabled = true;

/** Off: every statement is sent unnamed (benchmarks compare both in one run this way). */
export function setNamedStatements(on: boolean): void {
  enabled = on;
}

/**
 * Raw SQL as a named prepared statement on PostgreSQL: each pool connection parses and plans the
 * text once, then only binds the parameters (after five executions PostgreSQL may keep a generic
 * plan and skip planning altogether). For hot statements whose text never changes, e.g. the
 * monitoring update's read and write after every log, whose planning (~0.9 ms for the read's
 * lateral joins) cost more than running them (~0.4 ms). `name` must be unique to `text` in the
 * process. PGlite has no pool: the text is sent as usual.
 */
export async function namedQuery<T = Record<string, unknown>>(
  database: Database,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  if (!enabled || !database.pool) return database.query<T>(text, values);
  return (await database.pool.query({ name, text, values })).rows as T[];
}

/** A drizzle query builder that can be prepared under a name (select, insert, update, delete). */
type Preparable<T> = { prepare(name: string): { execute(): Promise<T> }; execute(): Promise<T> };

/**
 * A drizzle query as a named prepared statement (drizzle's `prepare(name)`: node-postgres sends the
 * name, so each pool connection plans it once; PGlite ignores the name). The builder must produce
 * the same text for every call under `name` (values only as parameters, no optional clauses): a
 * connection that already holds the name with another text rejects the query.
 */
export function runNamed<T>(query: Preparable<T>, name: string): Promise<T> {
  return enabled ? query.prepare(name).execute() : query.execute();
}
