/**
 * Attaches a VBT file's per-rep velocities to the client's logged sets (issue 15). A device set is
 * matched by date, exercise (the name mapped to the catalog as for app imports, the organization's
 * mappings included) and set order: the device's k-th set of an exercise on a day is the k-th
 * logged set of that exercise that day, in plan order (sections warm-up → cool-down, items in
 * order, each item's sets by set index), across the day's logged sessions in logging order. Rows
 * that match nothing are reported by reason with their first lines, never dropped silently; a
 * re-import adds nothing (one row per session, item, set and rep).
 */
import type { SessionVelocities, VelocityImportSummary } from "@spotter/contracts";
import { SESSION_SECTIONS } from "@spotter/engine";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { Db } from "../db/open.ts";
import { trainingSessions } from "../db/schema-programming.ts";
import { setVelocities } from "../db/schema-velocity.ts";
import { loadCatalog } from "../programming/catalog.ts";
import { createNameMatcher } from "./names.ts";
import { loadOrgMappings } from "./org-mappings.ts";
import type { VelocityFile, VelocityRep } from "./velocity-csv.ts";

export const VELOCITY_SOURCE = "velocity-csv";

type Ids = { organizationId: string; clientId: string };
type Slot = { sessionId: string; itemId: string; position: number };
type Row = {
  sessionId: string;
  itemId: string;
  position: number;
  rep: number;
  velocity: number;
  loadKg: number | null;
};

/** The day's logged sets of each exercise, in set order (see the header). */
async function loggedSlots(db: DbExecutor, clientId: string, dates: string[]) {
  const sessions = dates.length
    ? await db
        .select({
          id: trainingSessions.id,
          date: trainingSessions.date,
          plan: trainingSessions.plan,
          log: trainingSessions.log,
        })
        .from(trainingSessions)
        .where(
          and(
            eq(trainingSessions.clientId, clientId),
            eq(trainingSessions.status, "logged"),
            inArray(trainingSessions.date, dates),
          ),
        )
        .orderBy(asc(trainingSessions.loggedAt), asc(trainingSessions.id))
    : [];
  const slots = new Map<string, Slot[]>(); // `${date}|${exerciseId}` → slots
  const loggedDays = new Set<string>();
  for (const s of sessions) {
    loggedDays.add(s.date);
    const sets = s.log?.sets ?? [];
    for (const section of SESSION_SECTIONS)
      for (const item of s.plan[section] ?? []) {
        const mine = sets.filter((x) => x.itemId === item.id).sort((a, b) => (a.setIndex ?? 0) - (b.setIndex ?? 0));
        const k = `${s.date}|${item.exerciseId}`;
        const list = slots.get(k) ?? [];
        for (let position = 0; position < mine.length; position++)
          list.push({ sessionId: s.id, itemId: item.id, position });
        slots.set(k, list);
      }
  }
  return { slots, loggedDays };
}

async function plan(db: DbExecutor, ids: Ids, file: VelocityFile) {
  const catalog = await loadCatalog(db, ids.organizationId);
  const match = createNameMatcher(catalog, await loadOrgMappings(db, ids.organizationId, catalog));
  const { slots, loggedDays } = await loggedSlots(db, ids.clientId, [...new Set(file.reps.map((r) => r.date))]);
  const unmatched = new Map<string, number[]>();
  const miss = (reason: string, line: number) => unmatched.set(reason, [...(unmatched.get(reason) ?? []), line]);
  for (const x of file.invalid) miss(x.reason, x.line);

  // Device sets: (date, exercise id, set number) → reps; then ranked per (date, exercise id).
  const names = new Map<
    string,
    { status: VelocityImportSummary["exercises"][number]["status"]; exerciseId?: string; rows: number }
  >();
  const deviceSets = new Map<string, Map<number, VelocityRep[]>>();
  for (const r of file.reps) {
    const m = match(r.exerciseName);
    const n = names.get(r.exerciseName) ?? {
      status: m.status,
      ...("exerciseId" in m ? { exerciseId: m.exerciseId } : {}),
      rows: 0,
    };
    n.rows += 1;
    names.set(r.exerciseName, n);
    if (!("exerciseId" in m)) {
      miss(
        m.status === "unmapped" ? `exercise name not in the catalog (map it once for the organization)` : m.reason,
        r.line,
      );
      continue;
    }
    if (!loggedDays.has(r.date)) {
      miss("no logged session that day", r.line);
      continue;
    }
    const k = `${r.date}|${m.exerciseId}`;
    const bySet = deviceSets.get(k) ?? new Map<number, VelocityRep[]>();
    bySet.set(r.set, [...(bySet.get(r.set) ?? []), r]);
    deviceSets.set(k, bySet);
  }
  const rows: Row[] = [];
  let matchedSets = 0;
  let unmatchedSets = 0;
  for (const [k, bySet] of deviceSets) {
    const logged = slots.get(k) ?? [];
    [...bySet.keys()]
      .sort((a, b) => a - b)
      .forEach((setNo, rank) => {
        const reps = bySet.get(setNo) ?? [];
        const slot = logged[rank];
        if (!slot) {
          unmatchedSets += 1;
          const why =
            logged.length === 0
              ? "exercise not in that day's log"
              : `more sets than logged that day (the log has ${logged.length})`;
          for (const r of reps) miss(why, r.line);
          return;
        }
        matchedSets += 1;
        const seenReps = new Set<number>();
        for (const r of reps) {
          if (seenReps.has(r.rep)) {
            miss("a second row for the same set and rep", r.line);
            continue;
          }
          seenReps.add(r.rep);
          rows.push({ ...slot, rep: r.rep, velocity: r.velocity, loadKg: r.loadKg ?? null });
        }
      });
  }
  const sessionIds = [...new Set(rows.map((r) => r.sessionId))];
  const existing = sessionIds.length
    ? await db
        .select({
          s: setVelocities.sessionId,
          i: setVelocities.itemId,
          p: setVelocities.position,
          r: setVelocities.rep,
        })
        .from(setVelocities)
        .where(inArray(setVelocities.sessionId, sessionIds))
    : [];
  const have = new Set(existing.map((e) => `${e.s}|${e.i}|${e.p}|${e.r}`));
  const newRows = rows.filter((r) => !have.has(`${r.sessionId}|${r.itemId}|${r.position}|${r.rep}`));
  const dates = file.reps.map((r) => r.date).sort();
  const summary: VelocityImportSummary = {
    format: "velocity",
    rows: file.rows,
    reps: {
      added: newRows.length,
      alreadyImported: rows.length - newRows.length,
      unmatched: [...unmatched.values()].reduce((n, l) => n + l.length, 0),
    },
    sets: { matched: matchedSets, unmatched: unmatchedSets },
    unmatched: [...unmatched]
      .map(([reason, lines]) => ({ reason, rows: lines.length, firstLines: lines.slice(0, 5) }))
      .sort((a, b) => b.rows - a.rows || a.reason.localeCompare(b.reason)),
    exercises: [...names]
      .map(([name, n]) => ({ name, ...n }))
      .sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name)),
    dateRange: dates.length ? { from: dates[0] ?? "", to: dates[dates.length - 1] ?? "" } : null,
  };
  return { summary, newRows };
}

export async function previewVelocity(db: DbExecutor, ids: Ids, file: VelocityFile): Promise<VelocityImportSummary> {
  return (await plan(db, ids, file)).summary;
}

export async function commitVelocity(
  db: Db,
  ids: Ids,
  file: VelocityFile,
  audit: (tx: DbExecutor, summary: VelocityImportSummary) => Promise<void>,
): Promise<VelocityImportSummary> {
  return db.transaction(async (tx) => {
    const { summary, newRows } = await plan(tx, ids, file);
    for (let i = 0; i < newRows.length; i += 1000)
      await tx
        .insert(setVelocities)
        .values(newRows.slice(i, i + 1000).map((r) => ({ ...ids, ...r, source: VELOCITY_SOURCE })))
        .onConflictDoNothing();
    await audit(tx, summary);
    return summary;
  });
}

/** Stored as `real` (float4): 0.62 reads back as 0.6200000047. */
const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** A logged session's velocities per set: the reps in order and their mean (m/s, 2 decimals). */
export async function sessionVelocities(db: DbExecutor, sessionId: string): Promise<SessionVelocities> {
  const rows = await db
    .select()
    .from(setVelocities)
    .where(eq(setVelocities.sessionId, sessionId))
    .orderBy(asc(setVelocities.itemId), asc(setVelocities.position), asc(setVelocities.rep));
  const sets: SessionVelocities["sets"] = [];
  for (const r of rows) {
    const last = sets[sets.length - 1];
    if (last && last.itemId === r.itemId && last.position === r.position) last.reps.push(round3(r.velocity));
    else
      sets.push({
        itemId: r.itemId,
        position: r.position,
        reps: [round3(r.velocity)],
        meanVelocity: 0,
        source: r.source,
      });
  }
  for (const s of sets) s.meanVelocity = Math.round((s.reps.reduce((a, b) => a + b, 0) / s.reps.length) * 100) / 100;
  return { sets };
}
