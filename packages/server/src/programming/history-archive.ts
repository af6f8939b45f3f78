import {
  dayIndex,
  deriveProgressionStates,
  isoFromDay,
  type ProgressionStates,
  ROTATION_LOOKBACK,
  type SessionLog,
} from "@spotter/engine";
import { and, asc, desc, eq, gte, isNotNull, lt, type SQL, sql } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { runNamed } from "../db/named-query.ts";
import { readsAtOnce } from "../db/reads-at-once.ts";
import { progressionArchives, trainingSessions } from "../db/schema-programming.ts";
import { serverNow } from "./clock.ts";
import type { ArchivedExposure, ProgressionArchive } from "./stored-types.ts";

/**
 * Drafting reads the logs of the last 16 weeks in full: day rotation, block-stable lifts, recent
 * pain and weekly pattern counts all look back days to weeks, and a block never runs longer. The
 * window also always holds the latest ROTATION_LOOKBACK logs (the engine's day rotation reads that
 * many, whatever their dates), so it starts at the earlier of the two.
 */
export const HISTORY_WINDOW_DAYS = 112;
/**
 * Older non-deload exposures kept per exercise (with the deload exposures between them): the
 * engine's stall trend reads at most the last 8 non-deload exposures and its smoothed e1RM halves
 * an exposure's weight at each newer one (0.5^8 < 0.4%), so 10 reproduces both.
 */
export const ARCHIVED_EXPOSURES = 10;

const isDeload = (e: { target?: { deload?: boolean } }) => e.target?.deload === true;

/** Drops the oldest entries while the rest still hold ARCHIVED_EXPOSURES non-deload exposures. */
function trimToKept(list: ArchivedExposure[]): void {
  let kept = list.filter((e) => !isDeload(e.log)).length;
  while (list.length > 0 && kept - (isDeload(list[0]!.log) ? 0 : 1) >= ARCHIVED_EXPOSURES) {
    if (!isDeload(list[0]!.log)) kept -= 1;
    list.shift();
  }
}

type ArchiveRow = typeof progressionArchives.$inferSelect;

const logged = (organizationId: string, clientId: string, ...more: SQL[]) =>
  and(
    eq(trainingSessions.organizationId, organizationId),
    eq(trainingSessions.clientId, clientId),
    eq(trainingSessions.status, "logged"),
    isNotNull(trainingSessions.engineLog),
    ...more,
  );

/** Logged sessions (engine form) in [from, until), oldest first. */
export async function loadLogs(
  db: DbExecutor,
  organizationId: string,
  clientId: string,
  range: { from?: string; until?: string } = {},
): Promise<SessionLog[]> {
  const rows = await db
    .select({ log: trainingSessions.engineLog })
    .from(trainingSessions)
    .where(
      logged(
        organizationId,
        clientId,
        ...(range.from ? [gte(trainingSessions.date, range.from)] : []),
        ...(range.until ? [lt(trainingSessions.date, range.until)] : []),
      ),
    )
    .orderBy(asc(trainingSessions.date), asc(trainingSessions.loggedAt));
  return rows.flatMap((r) => (r.log ? [r.log] : []));
}

export async function loadArchive(db: DbExecutor, clientId: string): Promise<ArchiveRow | undefined> {
  const [row] = await db.select().from(progressionArchives).where(eq(progressionArchives.clientId, clientId)).limit(1);
  return row;
}

/**
 * The archive as session logs the engine reads like any history: one log per archived date and
 * unit, holding that day's archived exercise entries. Exercises with at least ARCHIVED_EXPOSURES
 * non-deload exposures in `recent` are left out (the recent logs already say all the engine reads).
 */
export function archiveAsLogs(archive: ProgressionArchive, recent: readonly SessionLog[] = []): SessionLog[] {
  const recentCount = new Map<string, number>();
  for (const log of recent)
    for (const ex of log.exercises)
      if (!isDeload(ex)) recentCount.set(ex.exerciseId, (recentCount.get(ex.exerciseId) ?? 0) + 1);
  const byDay = new Map<string, SessionLog>();
  for (const [exerciseId, list] of Object.entries(archive.exposures)) {
    if ((recentCount.get(exerciseId) ?? 0) >= ARCHIVED_EXPOSURES) continue;
    for (const e of list) {
      const key = `${e.date}|${e.unit}`;
      let log = byDay.get(key);
      if (!log) {
        log = { date: e.date, unit: e.unit, exercises: [], benchmarks: [] };
        byDay.set(key, log);
      }
      log.exercises.push(e.log);
    }
  }
  return [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Folds logs (oldest first) into an archive: last exposures per exercise and all-time totals. */
export function foldIntoArchive(archive: ProgressionArchive, logs: readonly SessionLog[]): ProgressionArchive {
  const exposures: Record<string, ArchivedExposure[]> = structuredClone(archive.exposures);
  const totals = structuredClone(archive.totals);
  for (const log of logs) {
    for (const ex of log.exercises) {
      const list = exposures[ex.exerciseId] ?? [];
      list.push({ date: log.date, unit: log.unit, log: ex });
      trimToKept(list);
      exposures[ex.exerciseId] = list;
      const t = totals[ex.exerciseId] ?? { exposures: 0, bestE1rmKg: 0 };
      t.exposures += 1;
      totals[ex.exerciseId] = t;
    }
  }
  // Best e1RM through the engine's own rule, over the logs just folded.
  for (const [id, s] of Object.entries(deriveProgressionStates(logs))) {
    const t = totals[id];
    if (t) t.bestE1rmKg = Math.max(t.bestE1rmKg, s.bestE1rmKg);
  }
  // The engine's own fold continues from the stored states: exact, not an approximation.
  const states = deriveProgressionStates(logs, archive.states ?? {});
  return { exposures, totals, states };
}

/**
 * Moves the archive's cut to `loggedDate − HISTORY_WINDOW_DAYS` (never backwards), folding the logs
 * that crossed it (usually none or one). A log back-dated before the cut rebuilds the archive from
 * all older logs. Runs in the log's transaction.
 */
export async function advanceArchive(
  db: DbExecutor,
  ids: { organizationId: string; clientId: string },
  loggedDate: string,
): Promise<void> {
  const byDays = isoFromDay(dayIndex(loggedDate) - HISTORY_WINDOW_DAYS);
  // The date of the ROTATION_LOOKBACK-th latest log: logs from it on stay outside the archive.
  const [nth] = await db
    .select({ date: trainingSessions.date })
    .from(trainingSessions)
    .where(logged(ids.organizationId, ids.clientId))
    .orderBy(desc(trainingSessions.date))
    .offset(ROTATION_LOOKBACK - 1)
    .limit(1);
  if (!nth) return;
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings (compared lexically), not numbers
  const cut = nth.date < byDays ? nth.date : byDays;
  const row = await loadArchive(db, ids.clientId);
  // Archives without the engine's states (written before they were kept) are rebuilt once.
  const rebuild = !row || loggedDate < row.throughDate || !row.archive.states;
  if (!rebuild && row.throughDate >= cut) return;
  const from = rebuild ? undefined : row.throughDate;
  const until = rebuild && row && row.throughDate > cut ? row.throughDate : cut;
  const logs = await loadLogs(db, ids.organizationId, ids.clientId, { ...(from ? { from } : {}), until });
  const base: ProgressionArchive = rebuild ? { exposures: {}, totals: {} } : row.archive;
  const archive = foldIntoArchive(base, logs);
  const values = { ...ids, throughDate: until, archive, updatedAt: serverNow() };
  await db
    .insert(progressionArchives)
    .values(values)
    .onConflictDoUpdate({
      target: progressionArchives.clientId,
      set: { throughDate: until, archive, updatedAt: values.updatedAt },
    });
}

export type DraftHistory = {
  /** What the engine reads: the recent logs in full (after the archive's compact logs when it has no states). */
  history: SessionLog[];
  /** The archive's progression states: the engine continues from them (`priorStates`). */
  priorStates?: ProgressionStates;
  /** An archive written before states were kept (read whole); undefined when it has states or none exists. */
  archive: ProgressionArchive | undefined;
  /** Logs dated from the archive's cut on (every log when there is no archive). */
  recent: SessionLog[];
};

/**
 * What drafting passes the engine as history: the archive's exposures as compact logs, then every
 * log dated from the archive's cut on (in full). Without an archive (a client whose history never
 * reached the window) that is simply every log. Two indexed reads in parallel, whatever the
 * history's length.
 */
export async function loadDraftHistory(
  db: DbExecutor,
  organizationId: string,
  clientId: string,
): Promise<DraftHistory> {
  // Both reads at once: the logs' lower bound is the archive's cut, read by the same statement.
  const cut = sql`coalesce((select ${progressionArchives.throughDate} from ${progressionArchives} where ${progressionArchives.clientId} = ${clientId}), '0000-01-01')`;
  // An archive with the engine's states is read as its states alone: neither the engine nor
  // statesWithTotals reads its exposures or totals then, and they were ~90% of its JSON (48 KB for
  // a year of history, parsed on every draft). Older archives, without states, are read whole.
  const a = progressionArchives.archive;
  // Named prepared statements (db/named-query.ts): every draft runs both, with the same text.
  const [[row], rows] = await readsAtOnce(
    db,
    () =>
      runNamed(
        db
          .select({
            states: sql<ProgressionStates | null>`${a} -> 'states'`,
            legacy: sql<ProgressionArchive | null>`case when ${a} ? 'states' then null else ${a} end`,
          })
          .from(progressionArchives)
          .where(eq(progressionArchives.clientId, clientId))
          .limit(1),
        "spotter_draft_archive_states",
      ),
    () =>
      runNamed(
        db
          .select({ log: trainingSessions.engineLog })
          .from(trainingSessions)
          .where(logged(organizationId, clientId, gte(trainingSessions.date, cut)))
          .orderBy(asc(trainingSessions.date), asc(trainingSessions.loggedAt)),
        "spotter_draft_window_logs",
      ),
  );
  const recent = rows.flatMap((r) => (r.log ? [r.log] : []));
  if (row?.states) return { history: recent, priorStates: row.states, archive: undefined, recent };
  const archive = row?.legacy ?? undefined;
  const history = archive ? [...archiveAsLogs(archive, recent), ...recent] : recent;
  return { history, archive, recent };
}

/**
 * Progression states from the draft history, with the all-time exposure counts and best e1RM the
 * archive keeps (the compact logs alone would undercount them).
 */
export function statesWithTotals({ history, priorStates, archive, recent }: DraftHistory): ProgressionStates {
  if (priorStates) return deriveProgressionStates(recent, priorStates);
  if (archive?.states) return deriveProgressionStates(recent, archive.states);
  const states = deriveProgressionStates(history);
  if (!archive) return states;
  const included = archiveAsLogs(archive, recent);
  const compactCount = new Map<string, number>();
  for (const log of included)
    for (const ex of log.exercises) compactCount.set(ex.exerciseId, (compactCount.get(ex.exerciseId) ?? 0) + 1);
  for (const [id, t] of Object.entries(archive.totals)) {
    const s = states[id];
    if (!s) continue;
    s.exposures += t.exposures - (compactCount.get(id) ?? 0);
    s.bestE1rmKg = Math.max(s.bestE1rmKg, t.bestE1rmKg);
  }
  return states;
}
