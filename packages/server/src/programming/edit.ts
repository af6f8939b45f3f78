import type { SessionEditRequest, SessionPlan } from "@spotter/contracts";
import { applySessionEdit, type Session } from "@spotter/engine";
import { and, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { recordAudit } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import type { Db } from "../db/open.ts";
import { readsAtOnce } from "../db/reads-at-once.ts";
import { trainingSessions } from "../db/schema-programming.ts";
import { conflict } from "../http/errors.ts";
import { storePlannedSession } from "../monitoring/from-session-log.ts";
import { loadCatalog } from "./catalog.ts";
import { describeOp, enginePathToField, toEngineEdit, withNewItemIds } from "./edit-ops.ts";
import { runEngine } from "./engine-errors.ts";
import { enforcePublishGate, overrideReasons } from "./publish-gate.ts";
import { loadVisibleSession, type SessionRow } from "./sessions-store.ts";
import { trainerProfileForClient } from "./trainer-profiles.ts";

/**
 * Applies a coach's ops to a draft, all or nothing: each op goes through the engine's
 * applySessionEdit (a swap must be an offered alternative; loads are rounded to the increments;
 * an added exercise gets the engine's default dose and no load, so the publish gate still judges it),
 * whose `edit.*` reasons land on the item; the plan gets one `coach.edit` reason per request.
 * Published or logged sessions are frozen (409).
 */
export async function editDraft(
  db: Db,
  request: FastifyRequest,
  actor: Actor,
  sessionId: string,
  body: SessionEditRequest,
): Promise<{ row: SessionRow; clientName: string }> {
  return db.transaction(async (tx) => {
    const { row, clientName } = await loadVisibleSession(tx, actor, sessionId, { forUpdate: true });
    if (row.status !== "draft") throw conflict(`session is ${row.status}; only drafts can be edited`);
    const [catalog, trainer] = await readsAtOnce(
      tx,
      () => loadCatalog(tx, actor.organizationId),
      () => trainerProfileForClient(tx, actor.organizationId, row.clientId, actor.userId),
    );
    let plan: SessionPlan = row.plan;
    body.ops.forEach((op, i) => {
      const edit = toEngineEdit(plan, op, i);
      // The engine clones the session; item ids ride along because items are spread, not rebuilt.
      plan = runEngine(
        () => applySessionEdit(plan as Session, edit, { catalog, trainer }),
        (p) => `body.ops.${i}.${enginePathToField(op, p)}`,
      ) as SessionPlan;
      if (edit.op === "add") plan = withNewItemIds(plan);
    });
    plan.reasons.push({
      ruleId: "coach.edit",
      message: `Coach edited the draft: ${body.ops.map(describeOp).join(", ")}.`,
      inputs: { ops: body.ops.length, by: actor.userId },
    });
    const [updated] = await tx
      .update(trainingSessions)
      .set({ plan, editedByCoach: true, updatedAt: request.server.clock.now() })
      .where(eqId(row))
      .returning();
    if (!updated) throw new Error("session update returned nothing");
    await recordAudit(tx, request, {
      action: "session.edited",
      entityType: "training_session",
      entityId: row.id,
      clientId: row.clientId,
      metadata: {
        ops: body.ops.map((o) =>
          o.op === "add"
            ? { op: o.op, section: o.section, exerciseId: o.exerciseId }
            : o.op === "group"
              ? { op: o.op, itemIds: o.itemIds.join(",") }
              : { op: o.op, itemId: o.itemId },
        ),
      },
    });
    return { row: updated, clientName };
  });
}

/**
 * Draft → published: the client can now see and log it. The engine's publish gate refuses (409)
 * while a red flag is open or a clearance is missing, unless the coach sends an override reason.
 */
export async function publishDraft(
  db: Db,
  request: FastifyRequest,
  actor: Actor,
  sessionId: string,
  override?: { reason: string },
): Promise<{ row: SessionRow; clientName: string }> {
  return db.transaction(async (tx) => {
    const { row, clientName } = await loadVisibleSession(tx, actor, sessionId, { forUpdate: true });
    if (row.status !== "draft") throw conflict(`session is already ${row.status}`);
    const now = request.server.clock.now();
    const gate = await enforcePublishGate(tx, row, actor, now, override);
    if (gate.decision === "allowed_with_override")
      await recordAudit(tx, request, {
        action: "session.publish_override",
        entityType: "training_session",
        entityId: row.id,
        clientId: row.clientId,
        metadata: { reason: gate.override.reason, blockers: gate.reasons.map((r) => r.ruleId) },
      });
    // An override is stored on the plan with the blockers it covered: the portal shows the session
    // only while every current blocker is one the coach decided over (safety/portal.ts).
    const covered = overrideReasons(gate, now);
    const plan = covered.length ? { ...row.plan, reasons: [...row.plan.reasons, ...covered] } : row.plan;
    const [updated] = await tx
      .update(trainingSessions)
      .set({ status: "published", publishedAt: now, updatedAt: now, ...(covered.length ? { plan } : {}) })
      .where(eqId(row))
      .returning();
    if (!updated) throw new Error("session update returned nothing");
    // Monitoring counts it as planned (adherence); the log later marks the same row completed.
    await storePlannedSession(tx, row.organizationId, row.clientId, row.id, row.date, row.plan.estimatedMinutes);
    await recordAudit(tx, request, {
      action: "session.published",
      entityType: "training_session",
      entityId: row.id,
      clientId: row.clientId,
    });
    return { row: updated, clientName };
  });
}

const eqId = (row: SessionRow) =>
  and(eq(trainingSessions.id, row.id), eq(trainingSessions.organizationId, row.organizationId));

/**
 * Deletes a draft (published or logged sessions are the client's record: 409). Audited with what
 * the draft held, so the trail shows what was thrown away.
 */
export async function deleteDraft(db: Db, request: FastifyRequest, actor: Actor, sessionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { row } = await loadVisibleSession(tx, actor, sessionId, { forUpdate: true });
    if (row.status !== "draft") throw conflict(`session is ${row.status}; only drafts can be deleted`);
    await tx.delete(trainingSessions).where(eqId(row));
    await recordAudit(tx, request, {
      action: "session.deleted",
      entityType: "training_session",
      entityId: row.id,
      clientId: row.clientId,
      metadata: { date: row.date, items: row.plan.main.map((i) => i.exerciseId) },
    });
  });
}
