import type { ClearanceRequest, ClientSafety } from "@spotter/contracts";
import { type ClearanceRecord, dayIndex, reviewIntake } from "@spotter/engine";
import { and, asc, eq } from "drizzle-orm";
import { type DbExecutor, recordAudit } from "../audit/record.ts";
import type { CommandContext } from "../commands/context.ts";
import { auditEvents, clients } from "../db/schema.ts";
import { validationError } from "../http/errors.ts";
import { assertClientAction, loadVisibleClient } from "../policies/clients.ts";
import { isoDay } from "../programming/clock.ts";
import { loadSafetyState, SERVER_CLEARANCE } from "./state.ts";

/** The audit action whose events are the coach's intake confirmations (the trail is the record). */
export const INTAKE_CONFIRMED = "intake.confirmed";

/**
 * The intake findings a coach has confirmed, read back from the audit trail: a confirmation is a
 * recorded human decision, and the trail already stores who, when and why, append-only.
 */
export async function confirmedFindings(db: DbExecutor, organizationId: string, clientId: string): Promise<string[]> {
  const rows = await db
    .select({ metadata: auditEvents.metadata })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.organizationId, organizationId),
        eq(auditEvents.clientId, clientId),
        eq(auditEvents.action, INTAKE_CONFIRMED),
      ),
    )
    .orderBy(asc(auditEvents.at));
  return [...new Set(rows.flatMap((r) => ((r.metadata as { ruleIds?: string[] } | null)?.ruleIds ?? []).map(String)))];
}

/** The coach's safety view of one client: intake review (with confirmations), clearances, reds, HR caveat. */
export async function clientSafety(ctx: CommandContext, clientId: string): Promise<ClientSafety> {
  const { db } = ctx.database;
  const client = await loadVisibleClient(db, ctx.actor, clientId);
  const now = ctx.clock.now();
  const [state, confirmed] = await Promise.all([
    loadSafetyState(db, ctx.actor.organizationId, client.id, now),
    confirmedFindings(db, ctx.actor.organizationId, client.id),
  ]);
  const review = reviewIntake(client.profile, now.toISOString(), confirmed, SERVER_CLEARANCE);
  const done = new Set(confirmed);
  const mark = <T extends { ruleId: string }>(fs: T[]) => fs.map((f) => ({ ...f, confirmed: done.has(f.ruleId) }));
  await recordAudit(db, ctx.request, {
    action: "client.safety_read",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
  });
  return {
    clientId: client.id,
    redFlags: mark(review.redFlags),
    contradictions: mark(review.contradictions),
    reviews: mark(review.reviews),
    notes: mark(review.notes),
    clearance: review.clearance,
    clearances: client.profile.clearances ?? [],
    openRedFlags: (state?.reds ?? []).map((f) => ({ id: f.id, kind: f.kind })),
    hrCaveat: state?.hrCaveat ?? null,
    readyForProgramming: review.readyForProgramming && (state?.reds.length ?? 0) === 0,
  };
}

/**
 * Records a clearance: who cleared the client (body), who recorded it (the caller, never the
 * body), the date and restrictions, appended to the profile with its audit event in one
 * transaction. A date in the future is refused (a clearance is a fact, not a plan).
 */
export async function recordClearance(ctx: CommandContext, clientId: string, body: ClearanceRequest) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  if (dayIndex(body.date) > dayIndex(isoDay(now)))
    throw validationError("body.date", "a clearance cannot be dated in the future");
  return db.transaction(async (tx) => {
    const client = await loadVisibleClient(tx, ctx.actor, clientId);
    assertClientAction(ctx.actor, "update");
    const record: ClearanceRecord = {
      kind: body.kind,
      clearedBy: body.clearedBy,
      recordedBy: ctx.actor.userId,
      date: body.date,
      restrictions: body.restrictions,
      vigorousAllowed: body.vigorousAllowed,
    };
    const clearances = [...(client.profile.clearances ?? []), record].slice(-50);
    await tx
      .update(clients)
      .set({ profile: { ...client.profile, clearances }, updatedAt: now })
      .where(and(eq(clients.id, client.id), eq(clients.organizationId, ctx.actor.organizationId)));
    await recordAudit(tx, ctx.request, {
      action: "clearance.recorded",
      entityType: "client",
      entityId: client.id,
      clientId: client.id,
      metadata: {
        kind: record.kind,
        clearedBy: record.clearedBy,
        date: record.date,
        restrictions: record.restrictions.length,
        vigorousAllowed: record.vigorousAllowed,
      },
    });
    return record;
  });
}

/** The coach confirms intake findings they checked (audited: the confirmation is the record). */
export async function confirmIntake(ctx: CommandContext, clientId: string, ruleIds: string[], note?: string) {
  const { db } = ctx.database;
  const client = await loadVisibleClient(db, ctx.actor, clientId);
  const review = reviewIntake(client.profile, ctx.clock.now().toISOString(), [], SERVER_CLEARANCE);
  const known = new Set([...review.redFlags, ...review.contradictions, ...review.reviews].map((f) => f.ruleId));
  ruleIds.forEach((id, i) => {
    if (!known.has(id)) throw validationError(`body.ruleIds.${i}`, `"${id}" is not a finding of this client's intake`);
  });
  await recordAudit(db, ctx.request, {
    action: INTAKE_CONFIRMED,
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    metadata: { ruleIds, ...(note ? { note } : {}) },
  });
}
