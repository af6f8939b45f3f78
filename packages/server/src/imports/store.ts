import { createHash } from "node:crypto";
import { validateSessionLogs } from "@spotter/engine";
import { inArray, sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { type DbExecutor, recordAudit } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import type { Db } from "../db/open.ts";
import { progressionStates, trainingSessions } from "../db/schema-programming.ts";
import { validationError } from "../http/errors.ts";
import { storeLoggedSession } from "../monitoring/from-session-log.ts";
import { loadCatalog } from "../programming/catalog.ts";
import { runEngine } from "../programming/engine-errors.ts";
import { advanceArchive, loadDraftHistory, statesWithTotals } from "../programming/history-archive.ts";
import type { FitWearable } from "./fit-wearable.ts";
import { commitFitWearable, planFitWearable } from "./fit-wearable-store.ts";
import { FitUserError } from "./fit-weight.ts";
import { ImportFileError, type ParsedImport } from "./model.ts";
import { createNameMatcher } from "./names.ts";
import { loadOrgMappings } from "./org-mappings.ts";
import { readUpload } from "./read.ts";
import type { ImportRequest, ImportSummary } from "./schema.ts";
import { type ConvertedSession, toSession } from "./to-session.ts";

/**
 * The session id of an imported workout: a name-based UUID (RFC 9562 version 8 over SHA-256) of the
 * client and the workout's external id, so importing the same file again hits the same primary
 * keys and adds nothing, whatever the file's other workouts.
 */
export function importedSessionId(clientId: string, externalId: string): string {
  const h = createHash("sha256").update(`spotter-import\u0000${clientId}\u0000${externalId}`).digest("hex");
  const variant = ((Number.parseInt(h[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

type Planned = {
  summary: ImportSummary;
  toAdd: (ConvertedSession & { id: string })[];
  /** A FIT file's monitoring, HRV and weigh-ins, stored by commitFitWearable. */
  wearable?: FitWearable;
};

/**
 * Reads, maps and checks an export against what the client already has, without writing. A file
 * that cannot be read is a 400 naming the line and what is wrong (`body`); a mapping to an
 * exercise the organization's catalog lacks is a 400 naming the mapping entry.
 */
export async function planImport(
  db: DbExecutor,
  actor: Actor,
  clientId: string,
  body: ImportRequest,
): Promise<Planned> {
  let parsed: ParsedImport;
  try {
    parsed = readUpload(body.bytes, {
      ...(body.format ? { format: body.format } : {}),
      ...(body.unit ? { unit: body.unit } : {}),
      ...(body.fitUser !== undefined ? { fitUser: body.fitUser } : {}),
    });
  } catch (err) {
    if (err instanceof ImportFileError)
      throw validationError(err instanceof FitUserError ? "query.fitUser" : "body", err.message);
    throw err;
  }
  const catalog = await loadCatalog(db, actor.organizationId);
  for (const [name, id] of Object.entries(body.mapping ?? {}))
    if (id !== null && !catalog.has(id)) throw validationError(`query.mapping.${name}`, `unknown exercise "${id}"`);
  // The organization's stored decisions first; this request's own mapping overrides them.
  const match = createNameMatcher(catalog, {
    ...(await loadOrgMappings(db, actor.organizationId, catalog)),
    ...body.mapping,
  });
  const converted = parsed.sessions.map((s) => ({
    ...toSession(s, parsed.format, match, catalog),
    id: importedSessionId(clientId, s.externalId),
  }));
  const kept = converted.filter((c) => c.workingSets + c.warmupSets > 0);
  const existing = new Set<string>();
  for (let i = 0; i < kept.length; i += 1000) {
    const ids = kept.slice(i, i + 1000).map((c) => c.id);
    const rows = await db
      .select({ id: trainingSessions.id })
      .from(trainingSessions)
      .where(inArray(trainingSessions.id, ids));
    for (const r of rows) existing.add(r.id);
  }
  const toAdd = kept.filter((c) => !existing.has(c.id));

  // Names and skipped sets are counted over what this import would still do, not the whole file: a
  // re-preview of an imported file must not report its sets as skipped again. Names come from every
  // workout not yet stored (mapping one can still add an empty workout); skipped sets only from the
  // workouts that would be added (an already-imported workout is counted once, as such).
  const setsByName = new Map<string, number>();
  parsed.sessions.forEach((s, i) => {
    if (existing.has(converted[i]?.id ?? "")) return;
    for (const set of s.sets) setsByName.set(set.exerciseName, (setsByName.get(set.exerciseName) ?? 0) + 1);
  });
  const exercises = [...setsByName.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([name, sets]) => {
      const m = match(name);
      return {
        name,
        status: m.status,
        sets,
        ...("exerciseId" in m ? { exerciseId: m.exerciseId } : {}),
        ...(m.status === "unmapped" ? { suggestions: m.suggestions } : {}),
      };
    });
  const skippedByReason = new Map<string, { sets: number; firstLines: number[] }>();
  for (const c of toAdd)
    for (const s of c.skipped) {
      const entry = skippedByReason.get(s.reason) ?? { sets: 0, firstLines: [] };
      entry.sets += 1;
      if (entry.firstLines.length < 5) entry.firstLines.push(s.line);
      skippedByReason.set(s.reason, entry);
    }
  const dates = toAdd.map((c) => c.plan.date).sort();
  const summary: ImportSummary = {
    format: parsed.format,
    rows: parsed.rows,
    sessions: {
      inFile: parsed.sessions.length,
      added: toAdd.length,
      alreadyImported: kept.length - toAdd.length,
      empty: converted.length - kept.length,
    },
    sets: {
      working: toAdd.reduce((n, c) => n + c.workingSets, 0),
      warmup: toAdd.reduce((n, c) => n + c.warmupSets, 0),
      skipped: toAdd.reduce((n, c) => n + c.skipped.length, 0),
    },
    skipped: [...skippedByReason.entries()].map(([reason, v]) => ({ reason, ...v })),
    exercises,
    unmapped: exercises.filter((e) => e.status === "unmapped").map((e) => e.name),
    dateRange: dates.length ? { from: dates[0] ?? "", to: dates[dates.length - 1] ?? "" } : null,
  };
  if (parsed.wearable) {
    summary.wearable = (
      await planFitWearable(db, { organizationId: actor.organizationId, clientId }, parsed.wearable)
    ).summary;
    return { summary, toAdd, wearable: parsed.wearable };
  }
  return { summary, toAdd };
}

const CHUNK = 200;

/**
 * Commits an import in one transaction: the new workouts become logged sessions (source and
 * external id in the plan's `import.source` reason; the id derived from them), each with its
 * monitoring row; the progression archive and per-exercise states are rebuilt over the longer
 * history. A workout already stored (same id) is left as it is: `onConflictDoNothing` also covers
 * two commits racing. Returns the summary with `added` = what this call stored.
 */
export async function commitImport(
  db: Db,
  request: FastifyRequest,
  actor: Actor,
  clientId: string,
  body: ImportRequest,
): Promise<ImportSummary> {
  return db.transaction(async (tx) => {
    const { summary, toAdd, wearable } = await planImport(tx, actor, clientId, body);
    if (wearable)
      summary.wearable = await commitFitWearable(tx, { organizationId: actor.organizationId, clientId }, wearable);
    // The engine's own log rules over what is about to be stored (the conversion keeps to them;
    // a slip would otherwise break every later draft that reads this history).
    const catalog = await loadCatalog(tx, actor.organizationId);
    runEngine(
      () =>
        validateSessionLogs(
          toAdd.map((c) => c.engineLog),
          "import",
          (id) => catalog.has(id),
        ),
      (p) => p,
    );
    const loggedAt = request.server.clock.now();
    const added: typeof toAdd = [];
    for (let i = 0; i < toAdd.length; i += CHUNK) {
      const chunk = toAdd.slice(i, i + CHUNK);
      const rows = await tx
        .insert(trainingSessions)
        .values(
          chunk.map((c) => ({
            id: c.id,
            organizationId: actor.organizationId,
            clientId,
            status: "logged" as const,
            date: c.plan.date,
            plan: c.plan,
            request: {},
            createdBy: actor.userId,
            loggedAt,
            updatedAt: loggedAt,
            log: { ...c.log, loggedAt: loggedAt.toISOString(), loggedByUserId: actor.userId },
            engineLog: c.engineLog,
          })),
        )
        .onConflictDoNothing({ target: trainingSessions.id })
        .returning({ id: trainingSessions.id });
      const stored = new Set(rows.map((r) => r.id));
      added.push(...chunk.filter((c) => stored.has(c.id)));
    }
    for (const c of added)
      await storeLoggedSession(tx, actor.organizationId, clientId, c.id, c.engineLog, {
        planned: false,
        ...(c.log.durationMinutes ? { durationMin: c.log.durationMinutes } : {}),
      });
    if (added.length > 0) {
      const ids = { organizationId: actor.organizationId, clientId };
      const dates = added.map((c) => c.plan.date).sort();
      // First a rebuild when the import reaches before the archive's cut, then the cut moved up to
      // the newest imported date (advanceArchive never moves it back).
      await advanceArchive(tx, ids, dates[0] ?? "");
      await advanceArchive(tx, ids, dates[dates.length - 1] ?? "");
      await storeProgressionStates(tx, ids);
    }
    await recordAudit(tx, request, {
      action: "import.committed",
      entityType: "client",
      entityId: clientId,
      clientId,
      metadata: {
        format: summary.format,
        sessions: added.length,
        alreadyImported: summary.sessions.alreadyImported,
        ...(summary.wearable
          ? {
              wearableDays: summary.wearable.metrics.reduce((n, m) => n + m.added, 0),
              weighIns: summary.wearable.weighIns.added,
            }
          : {}),
      },
    });
    return {
      ...summary,
      sessions: {
        ...summary.sessions,
        added: added.length,
        alreadyImported: summary.sessions.inFile - summary.sessions.empty - added.length,
      },
    };
  });
}

/** Per-exercise progression states from the archive plus recent logs, as a log stores them. */
async function storeProgressionStates(tx: DbExecutor, ids: { organizationId: string; clientId: string }) {
  const states = Object.values(statesWithTotals(await loadDraftHistory(tx, ids.organizationId, ids.clientId)));
  for (let i = 0; i < states.length; i += CHUNK)
    await tx
      .insert(progressionStates)
      .values(states.slice(i, i + CHUNK).map((state) => ({ ...ids, exerciseId: state.exerciseId, state })))
      .onConflictDoUpdate({
        target: [progressionStates.clientId, progressionStates.exerciseId],
        set: { state: sql`excluded.state`, updatedAt: sql`now()` },
      });
}
