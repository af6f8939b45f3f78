import { validateSessionLogs } from "@spotter/engine";
import { and, eq, sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { recordAudit } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import type { Db } from "../db/open.ts";
import { progressionStates, trainingSessions } from "../db/schema-programming.ts";
import { conflict } from "../http/errors.ts";
import { storeLoggedSession } from "../monitoring/from-session-log.ts";
import { loadCatalog } from "./catalog.ts";
import { runEngine } from "./engine-errors.ts";
import { advanceArchive, loadDraftHistory, statesWithTotals } from "./history-archive.ts";
import { type LogBody, toEngineLog, toStoredLog } from "./log-convert.ts";
import { loadVisibleSession, type SessionRow } from "./sessions-store.ts";

/**
 * Logs a published session in one transaction: validate (schema, plan item ids, the engine's log
 * rules), store the log, mark the session logged, advance the client's progression archive,
 * recompute the per-exercise progression state (archive + recent logs), and store monitoring's row. Nothing is written when
 * any step fails.
 */
export async function logSession(
  db: Db,
  request: FastifyRequest,
  actor: Actor,
  sessionId: string,
  body: LogBody,
): Promise<{ row: SessionRow; clientName: string }> {
  return db.transaction(async (tx) => {
    const { row, clientName } = await loadVisibleSession(tx, actor, sessionId, { forUpdate: true });
    if (row.status === "draft") throw conflict("session is a draft; publish it before logging");
    if (row.status === "logged") throw conflict("session is already logged");
    const date = body.date ?? row.date;
    const engineLog = toEngineLog(row.plan, body, date);
    const catalog = await loadCatalog(tx, actor.organizationId);
    runEngine(
      () => validateSessionLogs([engineLog], "log", (id) => catalog.has(id)),
      (p) => `body.${p.replace(/^log\.0\./, "")}`,
    );
    const loggedAt = request.server.clock.now();
    const [updated] = await tx
      .update(trainingSessions)
      .set({
        status: "logged",
        loggedAt,
        updatedAt: loggedAt,
        log: toStoredLog(row.plan, body, date, loggedAt, actor.userId),
        engineLog,
      })
      .where(and(eq(trainingSessions.id, row.id), eq(trainingSessions.status, "published")))
      .returning();
    if (!updated) throw conflict("session was logged meanwhile");
    // Progression state from the windowed history plus the archive (never every log again).
    const ids = { organizationId: actor.organizationId, clientId: row.clientId };
    await advanceArchive(tx, ids, date);
    const states = statesWithTotals(await loadDraftHistory(tx, ids.organizationId, ids.clientId));
    for (const state of Object.values(states)) {
      await tx
        .insert(progressionStates)
        .values({ organizationId: actor.organizationId, clientId: row.clientId, exerciseId: state.exerciseId, state })
        .onConflictDoUpdate({
          target: [progressionStates.clientId, progressionStates.exerciseId],
          set: { state, updatedAt: sql`now()` },
        });
    }
    // Monitoring's feed row commits with the log (sRPE load, adherence, pain, e1RM trend); the
    // incremental update runs after the commit (see the route).
    const durationMin = body.durationMinutes ?? row.plan.estimatedMinutes;
    await storeLoggedSession(tx, actor.organizationId, row.clientId, row.id, engineLog, {
      ...(durationMin > 0 ? { durationMin } : {}),
    });
    await recordAudit(tx, request, {
      action: "session.logged",
      entityType: "training_session",
      entityId: row.id,
      clientId: row.clientId,
      metadata: { sets: body.sets.length, painReports: body.pain.length, byRole: actor.role },
    });
    return { row: updated, clientName };
  });
}
