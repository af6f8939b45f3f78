import type { ProgressionDecision } from "@spotter/engine";
import type { Database } from "../db/open.ts";
import { serverNow } from "../programming/clock.ts";
import { type ClientEvaluation, evaluateClient } from "./evaluate-client.ts";
import {
  fetchClientRows,
  type LoadedClients,
  loadClientData,
  parseClientRows,
  type RawClientRow,
} from "./load-data.ts";
import { persistEvaluations } from "./persist.ts";
import { progressionDecisionsFor } from "./progression-context.ts";
import { loadTiers, type TierRecord, tierFor } from "./tiers.ts";

export type PassStats = { clients: number; flagsWritten: number; proposalsWritten: number; ms: number };
type Loaded = LoadedClients;

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

/**
 * Evaluate and persist a set of clients: one read for the rows, one for tiers, one write.
 * `progressions` (by client id) are the loop's decisions from a log just recorded; they join what
 * the plan scheduled (a decision wins for its lift) and become progression proposals.
 */
export async function runForClients(
  database: Database,
  clientIds: readonly string[],
  now: string,
  progressions?: ReadonlyMap<string, readonly ProgressionDecision[]>,
): Promise<{ evaluations: ClientEvaluation[]; flags: number; proposals: number }> {
  if (!clientIds.length) return { evaluations: [], flags: 0, proposals: 0 };
  const data = await loadClientData(database, clientIds, now.slice(0, 10));
  for (const [id, decisions] of progressions ?? []) {
    const d = data.get(id);
    if (!d || !decisions.length) continue;
    const decided = new Set(decisions.map((x) => x.exerciseId));
    const scheduled = (d.input.plan?.progressions ?? []).filter((x) => !decided.has(x.exerciseId));
    d.input.plan = { ...d.input.plan, progressions: [...decisions, ...scheduled] };
  }
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
export async function updateClient(
  database: Database,
  clientId: string,
  now = serverNow().toISOString(),
  progressions: readonly ProgressionDecision[] = [],
) {
  const { evaluations } = await runForClients(database, [clientId], now, new Map([[clientId, progressions]]));
  const e = evaluations[0];
  if (!e) throw new Error(`client ${clientId} not found for monitoring update`);
  return e;
}

/**
 * Call after a training session is logged (the programming routes do), so the client's level,
 * flags and proposals reflect the log at once rather than at the next daily pass. This is where
 * the loop decides each main and secondary lift's next exposure (progress, hold, reduce, deload):
 * the decisions become progression proposals, ids keyed by the log's date, so calling it again (or
 * the daily pass, which does not re-decide) writes nothing new.
 */
export async function onSessionLogged(database: Database, clientId: string, now = serverNow().toISOString()) {
  return updateClient(database, clientId, now, await progressionDecisionsFor(database, clientId, now));
}

/**
 * The scheduled daily pass over every active client (optionally one organization), in chunks of
 * `chunkSize` clients read by keyset on id. Pipelined: as soon as one chunk's rows arrive, the
 * next chunk's query is sent, so PostgreSQL packs chunk i+1 while Node unpacks and evaluates
 * chunk i and the write of chunk i-1 completes (on other pool connections; PGlite serialises
 * them). Safe to re-run: the same day writes no new rows.
 */
export async function runDailyPass(
  database: Database,
  options: { now?: string; chunkSize?: number; organizationId?: string } = {},
): Promise<PassStats> {
  const started = performance.now();
  const now = options.now ?? serverNow().toISOString();
  const today = now.slice(0, 10);
  const limit = options.chunkSize ?? 1000;
  const stats: PassStats = { clients: 0, flagsWritten: 0, proposalsWritten: 0, ms: 0 };
  const tiers = new Map<string, TierRecord[]>();
  const fetch = (after: string) =>
    ahead(
      fetchClientRows(
        database,
        { after, limit, ...(options.organizationId ? { organizationId: options.organizationId } : {}) },
        today,
      ),
    );

  let next: Promise<RawClientRow[]> | null = fetch("00000000-0000-0000-0000-000000000000");
  let writing: Promise<{ flags: number; proposals: number }> | null = null;
  while (next) {
    const rows: RawClientRow[] = await next;
    if (!rows.length) break;
    let last = rows[0]!.id;
    for (const r of rows) if (r.id > last) last = r.id;
    next = rows.length < limit ? null : fetch(last);
    const data = parseClientRows(rows, today);
    await tiersFor(database, data, tiers);
    const evaluations = evaluateAll(data, tiers, now);
    if (writing) {
      const w = await writing;
      stats.flagsWritten += w.flags;
      stats.proposalsWritten += w.proposals;
    }
    writing = ahead(persistEvaluations(database, evaluations, now));
    stats.clients += rows.length;
  }
  if (writing) {
    const w = await writing;
    stats.flagsWritten += w.flags;
    stats.proposalsWritten += w.proposals;
  }
  stats.ms = performance.now() - started;
  return stats;
}

/**
 * Promises started ahead are awaited later; a no-op catch keeps an early failure from being
 * reported as unhandled before we get to it (awaiting it still throws).
 */
function ahead<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}
