import {
  type DiffValue,
  dayIndex,
  decideProposal,
  editedDiff,
  isoFromDay,
  PROPOSAL_TRANSITIONS,
  type Proposal,
  type ProposalEvent,
  type TriageLevel,
  transitionProposal,
} from "@spotter/engine";
import { and, eq, gte, inArray, or } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { type DbExecutor, recordAudit } from "../audit/record.ts";
import { readsAtOnce } from "../db/reads-at-once.ts";
import { clientMonitoring, flags, proposals } from "../db/schema-monitoring.ts";
import { conflict } from "../http/errors.ts";
import { openRedFlagsOf } from "../monitoring/open-red-flags.ts";
import type { TierRecord } from "../monitoring/tiers.ts";
import { loadVisibleProposal } from "../policies/proposals.ts";
import { clientTier, reviewDueAt } from "./client-tier.ts";
import type { CommandContext } from "./context.ts";

type ProposalRow = typeof proposals.$inferSelect;
/** A changed proposal and its client's login (the presenter tells the client's own undo apart). */
export type ProposalResult = { proposal: ProposalRow; clientUserId: string | null };

const AUDIT_ACTION: Record<Exclude<ProposalEvent, "red_resolved">, string> = {
  approve: "proposal.approved",
  edit: "proposal.edited",
  reject: "proposal.rejected",
  undo: "proposal.undone",
  ask_human: "proposal.human_requested",
};

/**
 * Executes one engine transition on a stored proposal: the engine says whether the event is allowed
 * from its status (else 409 with the engine's reason); a guarded UPDATE makes a concurrent decision
 * lose with 409 rather than apply twice; the audit event commits in the same transaction.
 */
async function execute(
  ctx: CommandContext,
  id: string,
  event: Exclude<ProposalEvent, "red_resolved">,
  input: {
    reason: string | null;
    set?: Partial<typeof proposals.$inferInsert>;
    metadata?: Record<string, unknown>;
    /** Computed from the stored row once it is loaded (an edit merges into its diff). */
    derive?: (p: ProposalRow) => Promise<Partial<typeof proposals.$inferInsert>>;
  },
): Promise<ProposalResult> {
  const { database, actor, clock, request } = ctx;
  const { db } = database;
  const { proposal: p, clientUserId } = await loadVisibleProposal(db, actor, id);
  const t = transitionProposal(p.status, event);
  if (!t.ok) throw conflict(t.message);
  const set: Partial<typeof proposals.$inferInsert> = {
    status: t.to,
    automated: t.automated,
    ...(t.humanRequested ? { humanRequested: true } : {}),
    ...(t.decision ? { decidedBy: actor.userId, decidedAt: clock.now() } : {}),
    reason: input.reason,
    ...input.set,
    ...(input.derive ? await input.derive(p) : {}),
  };
  const proposal = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(proposals)
      .set(set)
      .where(and(eq(proposals.id, p.id), inArray(proposals.status, [...PROPOSAL_TRANSITIONS[event].from])))
      .returning();
    if (!updated) throw conflict("the proposal changed meanwhile; reload it");
    await recordAudit(tx, request, {
      action: AUDIT_ACTION[event],
      entityType: "proposal",
      entityId: p.id,
      clientId: p.clientId,
      metadata: { kind: p.kind, from: p.status, to: updated.status, ...input.metadata },
    });
    return updated;
  });
  return { proposal, clientUserId };
}

/** A coach accepts a proposal as proposed. */
export const approveProposal = (ctx: CommandContext, id: string, reason?: string) =>
  execute(ctx, id, "approve", { reason: reason ?? null });

/** A coach accepts a proposal with some "after" values changed (recorded as edited). */
export const editProposal = (ctx: CommandContext, id: string, edit: Record<string, DiffValue>, reason?: string) =>
  execute(ctx, id, "edit", {
    reason: reason ?? null,
    metadata: { editedFields: Object.keys(edit) },
    derive: async (p) => ({
      diff: editedDiff(p.diff as { before: Record<string, unknown>; after: Record<string, unknown> }, edit),
    }),
  });

/** A coach rejects a proposal with a reason (an auto-applied one is reverted). */
export const rejectProposal = (ctx: CommandContext, id: string, reason: string) =>
  execute(ctx, id, "reject", { reason });

/** Client or coach takes back an automated change. */
export const undoProposal = (ctx: CommandContext, id: string, reason?: string) =>
  execute(ctx, id, "undo", { reason: reason ?? "undone", metadata: { byRole: ctx.actor.role } });

/**
 * The client asks for a coach: the change is reverted and queued, due within the client's tier
 * promise for a yellow.
 */
export const askForCoach = (ctx: CommandContext, id: string, reason?: string) =>
  execute(ctx, id, "ask_human", {
    reason: reason ?? "the client asked for a coach decision",
    derive: async (p) => {
      const tier = await clientTier(ctx.database, ctx.database.db, ctx.actor.organizationId, p.clientId);
      return { dueAt: reviewDueAt(tier, ctx.clock.now()) };
    },
  });

/** Auto-applied proposals dated within this many days can still shape a session (a week's scope). */
const REDECIDE_AUTOMATED_DAYS = 7;

export type Redecision = { id: string; kind: string; from: string; to: string };

/**
 * The client's level as a proposal decision sees it: red while any red flag is open, else the
 * stored monitoring level (green before the first evaluation).
 */
async function currentLevel(tx: DbExecutor, organizationId: string, clientId: string): Promise<TriageLevel> {
  const [[mon], reds] = await readsAtOnce(
    tx,
    () =>
      tx
        .select({ level: clientMonitoring.level })
        .from(clientMonitoring)
        .where(eq(clientMonitoring.clientId, clientId)),
    () => tx.select({ id: flags.id }).from(flags).where(openRedFlagsOf(organizationId, clientId)),
  );
  return reds.length > 0 ? "red" : (mon?.level ?? "green");
}

/**
 * A tier change re-decides the client's open proposals under the new tier's policy (engine
 * decideProposal): a pending one whose kind the new tier automates is auto-applied, but only while
 * the client is green and no red is open; an auto-applied one (still in effect) the new tier would
 * not automate goes back to pending review, due within the new tier's promise. Blocked ones wait
 * for the red. Each change is audited (proposal.redecided) in the caller's transaction.
 */
export async function redecideForTier(
  tx: DbExecutor,
  request: FastifyRequest,
  input: { organizationId: string; clientId: string; tier: TierRecord; now: Date },
): Promise<Redecision[]> {
  const { organizationId, clientId, tier, now } = input;
  const level = await currentLevel(tx, organizationId, clientId);
  const since = isoFromDay(dayIndex(now.toISOString().slice(0, 10)) - REDECIDE_AUTOMATED_DAYS);
  const rows = await tx
    .select()
    .from(proposals)
    .where(
      and(
        eq(proposals.organizationId, organizationId),
        eq(proposals.clientId, clientId),
        or(
          eq(proposals.status, "pending_review"),
          and(eq(proposals.status, "auto_applied"), eq(proposals.automated, true), gte(proposals.date, since)),
        ),
      ),
    )
    .for("update");
  const changed: Redecision[] = [];
  for (const p of rows) {
    const d = decideProposal({ id: p.engineId, kind: p.kind, level: p.level, major: p.major } as Proposal, tier, level);
    const to =
      p.status === "pending_review" && d.decision === "auto_apply"
        ? "auto_applied"
        : p.status === "auto_applied" && d.decision !== "auto_apply"
          ? "pending_review"
          : null;
    if (!to) continue;
    await tx
      .update(proposals)
      .set({
        status: to,
        automated: to === "auto_applied",
        decisionReasons: [...(p.decisionReasons ?? []), ...d.reasons],
        decidedAt: to === "auto_applied" ? now : null,
        decidedBy: null,
        dueAt: to === "pending_review" ? reviewDueAt(tier, now) : null,
      })
      .where(and(eq(proposals.id, p.id), eq(proposals.status, p.status)));
    await recordAudit(tx, request, {
      action: "proposal.redecided",
      entityType: "proposal",
      entityId: p.id,
      clientId,
      metadata: {
        kind: p.kind,
        from: p.status,
        to,
        tierId: tier.id,
        clientLevel: level,
        rules: d.reasons.map((r) => r.ruleId),
      },
    });
    changed.push({ id: p.id, kind: p.kind, from: p.status, to });
  }
  return changed;
}

/**
 * Stores a proposal a person asked for (a coach's "minor change" on a weekly check-in) and routes it
 * by the client's tier and level like the monitoring pass's (engine decideProposal: auto-applied
 * only where the tier automates the kind and the client is green; otherwise pending review, due
 * within the tier's promise). Idempotent by engine id; audited as `proposal.created` in `tx`.
 */
export async function openRequestedProposal(
  tx: DbExecutor,
  request: FastifyRequest,
  input: { organizationId: string; clientId: string; proposal: Proposal; tier: TierRecord; now: Date; via: string },
): Promise<ProposalRow> {
  const { organizationId, clientId, proposal: p, tier, now } = input;
  const level = await currentLevel(tx, organizationId, clientId);
  const d = decideProposal(p, tier, level);
  const status = d.decision === "auto_apply" ? "auto_applied" : d.decision;
  const [inserted] = await tx
    .insert(proposals)
    .values({
      organizationId,
      clientId,
      engineId: p.id,
      kind: p.kind,
      date: p.date,
      scope: p.scope,
      exerciseId: p.exerciseId ?? null,
      diff: p.diff,
      reasons: p.reasons,
      decisionReasons: d.reasons,
      level: p.level,
      major: p.major,
      status,
      automated: status === "auto_applied",
      dueAt: status === "pending_review" ? reviewDueAt(tier, now) : null,
      decidedAt: status === "auto_applied" ? now : null,
    })
    .onConflictDoNothing({ target: [proposals.clientId, proposals.engineId] })
    .returning();
  if (!inserted) {
    const [existing] = await tx
      .select()
      .from(proposals)
      .where(and(eq(proposals.clientId, clientId), eq(proposals.engineId, p.id)));
    if (!existing) throw new Error("proposal vanished between insert and read");
    return existing;
  }
  await recordAudit(tx, request, {
    action: "proposal.created",
    entityType: "proposal",
    entityId: inserted.id,
    clientId,
    metadata: { kind: p.kind, status, via: input.via, rules: d.reasons.map((r) => r.ruleId) },
  });
  return inserted;
}
