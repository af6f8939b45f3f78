import type { ProgressionDecision } from "@spotter/engine";
import type { Database } from "../db/open.ts";
import { serverNow } from "../programming/clock.ts";
import { type ClientEvaluation, evaluateClient, flaggableSignals } from "./evaluate-client.ts";
import {
  fetchClientRows,
  type LoadedClient,
  type LoadedClients,
  parseClientRow,
  parseClientRows,
  type RawClientRow,
} from "./load-data.ts";
import { passKey, passKeys, stateUnchanged } from "./pass-keys.ts";
import { persistEvaluations } from "./persist.ts";
import { progressionDecisionsFor } from "./progression-context.ts";
import { tiersBySignature } from "./tier-cache.ts";
import { loadTiers, type TierRecord, tierFor } from "./tiers.ts";

export type PassStats = {
  clients: number;
  /** Clients the engine ran for; the others' inputs had not changed since this process evaluated them today. */
  evaluated: number;
  flagsWritten: number;
  proposalsWritten: number;
  /** State rows written (a state the evaluation left as stored is not rewritten). */
  statesWritten: number;
  ms: number;
};
type Loaded = LoadedClients;
/**
 * Work between two turns of the event loop. Evaluating a chunk in one synchronous run kept the
 * driver from sending the next chunk's query and reading its rows until the chunk was done, so
 * PostgreSQL and Node took turns: the event loop sat idle ~4 s of a 10,000-client pass waiting for
 * rows, ~0.4 s with these turns. Other requests are served in them too, which is why the turn is
 * timed rather than counted: 50 clients were ~15 ms once optimised, but the first batches of a
 * pass run unoptimised code and held the loop 100-170 ms each, ~600 ms on an API node sharing two
 * cores with two others and PostgreSQL (a coach's page then waited that long: bench/api/morning-rush.ts).
 */
const TURN_MS = 10;

/** Tiers by organization, read once per pass (or per update) and reused for every client. */
async function tiersFor(database: Database, orgs: Iterable<string>, cache: Map<string, TierRecord[]>) {
  const missing = [...new Set(orgs)].filter((o) => !cache.has(o));
  if (missing.length) for (const [org, list] of await loadTiers(database, missing)) cache.set(org, list);
}

/** True when the client's stored state row already says what its evaluation says. */
function stateKept(stored: LoadedClient["stored"] | undefined, e: ClientEvaluation): boolean {
  return stateUnchanged(stored ?? null, {
    level: e.level,
    readinessScore: e.result.readiness.score,
    computedFor: e.result.date,
    paused: e.automationPaused,
  });
}

/** Client ids whose stored state row already says what their evaluation says. */
function unchangedStates(evals: readonly ClientEvaluation[], data: ReadonlyMap<string, LoadedClient>): Set<string> {
  const out = new Set<string>();
  for (const e of evals) if (stateKept(data.get(e.clientId)?.stored, e)) out.add(e.clientId);
  return out;
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
  progressions?:
    | ReadonlyMap<string, readonly ProgressionDecision[]>
    | Promise<ReadonlyMap<string, readonly ProgressionDecision[]>>,
): Promise<{ evaluations: ClientEvaluation[]; flags: number; proposals: number }> {
  if (!clientIds.length) return { evaluations: [], flags: 0, proposals: 0 };
  const today = now.slice(0, 10);
  // The decisions (read from the latest log) and the rows are independent reads: on PostgreSQL
  // they run at once on two pool connections, so the update waits for one round trip, not two.
  const [rows, decided] = await Promise.all([fetchClientRows(database, { ids: clientIds }, today), progressions]);
  const data = parseClientRows(rows, today);
  for (const [id, decisions] of decided ?? []) {
    const d = data.get(id);
    if (!d || !decisions.length) continue;
    const decided = new Set(decisions.map((x) => x.exerciseId));
    const scheduled = (d.input.plan?.progressions ?? []).filter((x) => !decided.has(x.exerciseId));
    d.input.plan = { ...d.input.plan, progressions: [...decisions, ...scheduled] };
  }
  const tiers = await tiersBySignature(database, new Map(rows.map((r) => [r.organization_id, r.tiers_sig])));
  const evaluations = evaluateAll(data, tiers, now);
  const written = await persistEvaluations(database, evaluations, now, unchangedStates(evaluations, data));
  return { evaluations, flags: written.flags, proposals: written.proposals };
}

/**
 * Incremental update for one client after a new check-in or session log: the same pipeline as the
 * daily pass, for one id. Returns the evaluation (level, readiness, signals) for the response.
 */
export async function updateClient(
  database: Database,
  clientId: string,
  now = serverNow().toISOString(),
  progressions: readonly ProgressionDecision[] | Promise<readonly ProgressionDecision[]> = [],
) {
  const { evaluations } = await runForClients(
    database,
    [clientId],
    now,
    Promise.resolve(progressions).then((p) => new Map([[clientId, p]])),
  );
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
  return updateClient(database, clientId, now, ahead(progressionDecisionsFor(database, clientId, now)));
}

/**
 * The scheduled daily pass over every active client (optionally one organization), in chunks of
 * `chunkSize` clients read by keyset on id. Pipelined: as soon as one chunk's rows arrive, the
 * next chunk's query is sent, so PostgreSQL reads chunk i+1 while Node unpacks and evaluates
 * chunk i and the write of chunk i-1 completes (on other pool connections; PGlite serialises
 * them). Safe to re-run: the same day writes no new rows.
 *
 * Only clients whose inputs changed are evaluated: each client's rows are digested with the date
 * and its tier (pass-keys.ts), and a client this process already evaluated and wrote today with
 * the same digest is skipped, since the pure engine would give the same result and every write
 * of it is idempotent. A new day changes every key (every rule's window is anchored at the date),
 * so the first pass of a day evaluates everyone. `reuse: false` evaluates everyone regardless.
 * State rows are written only where the evaluation changed them.
 */
export async function runDailyPass(
  database: Database,
  options: { now?: string; chunkSize?: number; organizationId?: string; reuse?: boolean } = {},
): Promise<PassStats> {
  const started = performance.now();
  const now = options.now ?? serverNow().toISOString();
  const today = now.slice(0, 10);
  const limit = options.chunkSize ?? 1000;
  const stats: PassStats = {
    clients: 0,
    evaluated: 0,
    flagsWritten: 0,
    proposalsWritten: 0,
    statesWritten: 0,
    ms: 0,
  };
  const tiers = new Map<string, TierRecord[]>();
  const keys = passKeys(database);
  const fetch = (after: string) =>
    ahead(
      fetchClientRows(
        database,
        { after, limit, ...(options.organizationId ? { organizationId: options.organizationId } : {}) },
        today,
      ),
    );
  type Written = { flags: number; proposals: number; states: number; keys: [string, string][] };
  const settle = async (w: Promise<Written> | null) => {
    if (!w) return;
    const r = await w;
    stats.flagsWritten += r.flags;
    stats.proposalsWritten += r.proposals;
    stats.statesWritten += r.states;
    for (const [id, key] of r.keys) keys.set(id, key);
  };

  let next: Promise<RawClientRow[]> | null = fetch("00000000-0000-0000-0000-000000000000");
  let writing: Promise<Written> | null = null;
  while (next) {
    const rows: RawClientRow[] = await next;
    if (!rows.length) break;
    let last = rows[0]!.id;
    for (const r of rows) if (r.id > last) last = r.id;
    next = rows.length < limit ? null : fetch(last);
    await tiersFor(
      database,
      rows.map((r) => r.organization_id),
      tiers,
    );
    // Each client is unpacked and evaluated before the next is unpacked: its parsed rows (~1,000
    // small objects) die young, where a whole chunk parsed up front outlived the collector's young
    // generation, was copied and promoted, and made the pass spend a fifth of its Node CPU in GC.
    const evaluations: ClientEvaluation[] = [];
    const chunkKeys: [string, string][] = [];
    const unchanged = new Set<string>();
    let turnStarted = performance.now();
    for (const r of rows) {
      if (performance.now() - turnStarted >= TURN_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        turnStarted = performance.now();
      }
      const tier = tierFor(tiers.get(r.organization_id), r.tier_id);
      const seen = options.reuse !== false && r.m_for === today ? keys.get(r.id) : undefined;
      // The first pass of a day has no key to compare with: no digest before the evaluation.
      if (seen !== undefined && seen === passKey(r, tier, today)) continue;
      const d = parseClientRow(r, today);
      const e = evaluateClient(d, tier, d.openFlagLevel, now);
      evaluations.push(e);
      chunkKeys.push([e.clientId, passKey(withOwnFlags(r, e), e.tier, today)]);
      if (stateKept(d.stored, e)) unchanged.add(e.clientId);
    }
    await settle(writing);
    writing = ahead(
      persistEvaluations(database, evaluations, now, unchanged).then((w) => ({
        ...w,
        states: evaluations.length - unchanged.size,
        keys: chunkKeys,
      })),
    );
    stats.clients += rows.length;
    stats.evaluated += evaluations.length;
  }
  await settle(writing);
  stats.ms = performance.now() - started;
  return stats;
}

/**
 * The row as the next pass will read it once this evaluation's flags are written: its open flag
 * level raised to the most severe signal it flags. Keying on that lets a same-day re-run skip the
 * client. It is exact: the engine's level is the highest of its signals, and the open flag level
 * only ever raises the level, so an evaluation with the raised rank gives the same result. Where
 * the flag was not opened after all (a coach had resolved that signal), the next read differs
 * from the key and the client is simply evaluated again.
 */
function withOwnFlags(row: RawClientRow, e: ClientEvaluation): RawClientRow {
  let rank = row.open_rank === null ? 0 : Number(row.open_rank);
  for (const s of flaggableSignals(e.result.signals)) rank = Math.max(rank, s.level === "red" ? 2 : 1);
  return { ...row, open_rank: rank === 0 ? null : rank };
}

/**
 * Promises started ahead are awaited later; a no-op catch keeps an early failure from being
 * reported as unhandled before we get to it (awaiting it still throws).
 */
function ahead<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}
