import { type SQL, sql } from "drizzle-orm";

/**
 * Whether a client is red now, for the reply promises (messages, weekly check-ins, and the job that
 * escalates both): the stored evaluation says red, or the client has an open red flag. Every
 * evaluation raises the stored level to the most severe open flag (evaluate-client.ts), but a flag
 * opened outside an evaluation, or before the first one, is not in the stored level until the next
 * runs; going by the stored level alone, that client got the longer yellow promise. The roster
 * light applies the same raise (routes/queue/queue.ts lightLevel, from its grouped count of open
 * flags).
 *
 * SQL text over a statement's names for the client's id and its (left-joined) client_monitoring
 * row, so the hand-written statements and the drizzle selects share one condition. Never null.
 * Open flags are few, and indexed apart (partial indexes on status = 'open'): PostgreSQL probes
 * flags_open_client_kind per client for a few rows, and hashes every open flag once, read through
 * flags_open_org_due, for hundreds (EXPLAIN ANALYZE, 12,000 clients, 4,071 open flags: ~0.5 ms).
 */
export function redNowSql(clientId: string, monitoring: string): string {
  return `(coalesce(${monitoring}.level = 'red' and ${monitoring}.last_computed_at is not null, false)
    or exists (select 1 from flags open_red where open_red.client_id = ${clientId}
                and open_red.status = 'open' and open_red.level = 'red'))`;
}

/** The same, for a drizzle select from `clients` left-joining `client_monitoring` (unaliased). */
export function redNow(): SQL<boolean> {
  return sql.raw(redNowSql(`"clients"."id"`, `"client_monitoring"`)) as SQL<boolean>;
}
