import type { Database } from "../db/open.ts";
import { type ClientEvaluation, evaluateClient } from "./evaluate-client.ts";
import { type ClientData, loadClientData } from "./load-data.ts";
import { persistEvaluations } from "./persist.ts";
import { loadTiers, type TierRecord, tierFor } from "./tiers.ts";

export type PassStats = { clients: number; flagsWritten: number; proposalsWritten: number; ms: number };
type Loaded = Map<string, ClientData & { openFlagLevel: "yellow" | "red" | null }>;

/** Tiers by organization, read once per pass (or per update) and reused for every client. */
async function tiersFor(database: Database, data: Loaded, cache: Map<string, TierRecord[]>) {
  const missing = [...new Set([...data.values()].map((d) => d.state.organizationId))].filter((o) => !cache.has(o));
  if (missing.length) for (const [org, list] of await loadTiers(database, missing)) cache.set(org, list);
}

function evaluateAll(data: Loaded, tiers: Map<string, TierRecord[]>, now: string): ClientEvaluation[] {
  const out: ClientEvaluation[] = [];
  for (const d of data.values()) {
    out.push(evaluateClient(d, tierFor(tiers.get(d.state.organizationId), d.state.tierId), d.openFlagLevel, now));
  }
  return out;
}

/** Evaluate and persist a set of clients: one read for the rows, one for tiers, one write. */
export async function runForClients(
  database: Database,
  clientIds: readonly string[],
  now: string,
): Promise<{ evaluations: ClientEvaluation[]; flags: number; proposals: number }> {
  if (!clientIds.length) return { evaluations: [], flags: 0, proposals: 0 };
  const data = await loadClientData(database, clientIds, now.slice(0, 10));
  const tiers = new Map<string, TierRecord[]>();
  await tiersFor(database, data, tiers);
  const evaluations = evaluateAll(data, tiers, now);
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

type Chunk = { ids: string[]; data: Loaded } | null;

/**
 * The scheduled daily pass over every active client (optionally one organization), in chunks of
 * `chunkSize` clients read by keyset on id. Pipelined: while the engine evaluates one chunk, the
 * next chunk is being read and the previous one written (on PostgreSQL these run on other pool
 * connections; PGlite simply serialises them). Safe to re-run: the same day writes no new rows.
 */
export async function runDailyPass(
  database: Database,
  options: { now?: string; chunkSize?: number; organizationId?: string } = {},
): Promise<PassStats> {
  const started = performance.now();
  const now = options.now ?? new Date().toISOString();
  const today = now.slice(0, 10);
  const chunkSize = options.chunkSize ?? 1000;
  const stats: PassStats = { clients: 0, flagsWritten: 0, proposalsWritten: 0, ms: 0 };
  const tiers = new Map<string, TierRecord[]>();

  const load = async (after: string): Promise<Chunk> => {
    const params: unknown[] = [after, chunkSize];
    if (options.organizationId) params.push(options.organizationId);
    const rows = await database.query<{ id: string }>(
      `select id from clients where status = 'active' and id > $1 ${options.organizationId ? "and organization_id = $3" : ""}
        order by id limit $2`,
      params,
    );
    if (!rows.length) return null;
    const ids = rows.map((r) => r.id);
    const data = await loadClientData(database, ids, today);
    await tiersFor(database, data, tiers);
    return { ids, data };
  };
  // Promises started ahead are awaited later; a no-op catch keeps an early failure from being
  // reported as unhandled before we get to it (awaiting it still throws).
  const ahead = <T>(p: Promise<T>) => {
    p.catch(() => {});
    return p;
  };

  let next = ahead(load("00000000-0000-0000-0000-000000000000"));
  let writing: Promise<{ flags: number; proposals: number }> | null = null;
  for (;;) {
    const chunk = await next;
    if (!chunk) break;
    const last = chunk.ids[chunk.ids.length - 1]!;
    next = chunk.ids.length < chunkSize ? Promise.resolve(null) : ahead(load(last));
    const evaluations = evaluateAll(chunk.data, tiers, now);
    if (writing) {
      const w = await writing;
      stats.flagsWritten += w.flags;
      stats.proposalsWritten += w.proposals;
    }
    writing = ahead(persistEvaluations(database, evaluations, now));
    stats.clients += chunk.ids.length;
  }
  if (writing) {
    const w = await writing;
    stats.flagsWritten += w.flags;
    stats.proposalsWritten += w.proposals;
  }
  stats.ms = performance.now() - started;
  return stats;
}
