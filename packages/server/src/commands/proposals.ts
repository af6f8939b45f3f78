import {
  type DiffValue,
  editedDiff,
  PROPOSAL_TRANSITIONS,
  type ProposalEvent,
  transitionProposal,
} from "@spotter/engine";
import { and, eq, inArray } from "drizzle-orm";
import { recordAudit } from "../audit/record.ts";
import { proposals } from "../db/schema-monitoring.ts";
import { conflict } from "../http/errors.ts";
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
