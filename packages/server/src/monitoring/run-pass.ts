import type { Database } from "../db/open.ts";
import { type ClientEvaluation, evaluateClient } from "./evaluate-client.ts";
import { loadClientData } from "./load-data.ts";
import { persistEvaluations } from "./persist.ts";
import { loadTiers, tierFor } from "./tiers.ts";

export type PassStats = { clients: number; flagsWritten: number; proposalsWritten: number; ms: number };

/** Evaluate and persist a set of clients (one chunk): 5 reads and 3 writes, whatever the chunk size. */
export async function runForClients(
  database: Database,
  clientIds: readonly string[],
  now: string,
): Promise<{ evaluations: ClientEvaluation[]; flags: number; proposals: number }> {
  if (!clientIds.length) return { evaluations: [], flags: 0, proposals: 0 };
  const today = now.slice(0, 10);
  const data = await loadClientData(database, clientIds, today);
  const orgs = [...new Set([...data.values()].map((d) => d.state.organizationId))];
  const tiers = await loadTiers(database, orgs);
  const evaluations: ClientEvaluation[] = [];
  for (const d of data.values()) {
    const tier = tierFor(tiers.get(d.state.organizationId), d.state.tierId);
    evaluations.push(evaluateClient(d, tier, d.openFlagLevel, now));
  }
  const written = await persistEvaluations(database, evaluations, now);
  return { evaluations, ...written };
}

/**
 * Incremental update for one client after a new check-in or session log: the same pipeline as the
 * daily pass, for one id. Returns the evaluation (level, readiness, signals) for the response.
 */
export async function updateClient(database: Database, clientId: string, now = new Date().toISOString()) {
  const { evaluations } = await runForClients(database, [clientId], now);
  const e = evaluations[0];
  if (!e) throw new Error(`client ${clientId} not found for monitoring update`);
  return e;
}

/**
 * Call after a training session is logged (the programming routes do), so the client's level,
 * flags and proposals reflect the log at once rather than at the next daily pass.
 */
export async function onSessionLogged(database: Database, clientId: string, now?: string) {
  return updateClient(database, clientId, now);
}

/**
 * The scheduled daily pass over every active client (optionally one organization), in chunks of
 * `chunkSize` clients read by keyset on id. Safe to re-run: the same day writes no new rows.
 */
export async function runDailyPass(
  database: Database,
  options: { now?: string; chunkSize?: number; organizationId?: string } = {},
): Promise<PassStats> {
  const started = performance.now();
  const now = options.now ?? new Date().toISOString();
  const chunkSize = options.chunkSize ?? 1000;
  let after = "00000000-0000-0000-0000-000000000000";
  const stats: PassStats = { clients: 0, flagsWritten: 0, proposalsWritten: 0, ms: 0 };
  for (;;) {
    const params: unknown[] = [after, chunkSize];
    let orgFilter = "";
    if (options.organizationId) {
      params.push(options.organizationId);
      orgFilter = "and organization_id = $3";
    }
    const ids = await database.query<{ id: string }>(
      `select id from clients where status = 'active' and id > $1 ${orgFilter} order by id limit $2`,
      params,
    );
    if (!ids.length) break;
    const r = await runForClients(
      database,
      ids.map((i) => i.id),
      now,
    );
    stats.clients += ids.length;
    stats.flagsWritten += r.flags;
    stats.proposalsWritten += r.proposals;
    after = ids[ids.length - 1]!.id;
    if (ids.length < chunkSize) break;
  }
  stats.ms = performance.now() - started;
  return stats;
}
