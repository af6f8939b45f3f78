import {
  approveProposalRequestSchema,
  askHumanRequestSchema,
  errorResponseSchema,
  idParamsSchema,
  proposalListSchema,
  proposalViewSchema,
  rejectProposalRequestSchema,
  undoProposalRequestSchema,
} from "@spotter/contracts";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import type { Actor } from "../../auth/actor.ts";
import { clients } from "../../db/schema.ts";
import { clientMonitoring, type PROPOSAL_STATUSES, proposals } from "../../db/schema-monitoring.ts";
import { conflict, notFound, unauthenticated } from "../../http/errors.ts";
import { addHours } from "../../monitoring/dates.ts";
import { presentProposal } from "../../monitoring/present.ts";
import { loadTiers, tierFor } from "../../monitoring/tiers.ts";
import { loadVisibleClient, visibleClients } from "../../policies/clients.ts";

type Status = (typeof PROPOSAL_STATUSES)[number];
const errors = {
  400: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
const params = z.object({ proposalId: z.uuid() });
const coachOrOwner = { roles: ["owner", "coach"] } as const;

/** The columns every human decision on a proposal sets: who, when, why, and that it is no longer automated. */
function decided(actor: Actor, status: (typeof PROPOSAL_STATUSES)[number], reason: string | null) {
  return { status, automated: false, decidedBy: actor.userId, decidedAt: new Date(), reason };
}

function need(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/** A proposal the caller may see (through its client's visibility), else 404. */
async function loadVisibleProposal(request: FastifyRequest, actor: Actor, id: string) {
  const { db } = request.server;
  const [row] = await db
    .select({ p: proposals, clientUserId: clients.userId })
    .from(proposals)
    .innerJoin(clients, eq(clients.id, proposals.clientId))
    .where(and(eq(proposals.id, id), visibleClients(actor)))
    .limit(1);
  if (!row) throw notFound("proposal");
  return row;
}

/**
 * Moves a proposal from one of `from` to a new status with a guarded UPDATE (a concurrent decision
 * loses with 409, never double-applies) and audits it in the same transaction.
 */
async function transition(
  request: FastifyRequest,
  id: string,
  from: readonly Status[],
  set: Partial<typeof proposals.$inferInsert>,
  action: string,
  metadata: Record<string, unknown> = {},
) {
  const actor = need(request.actor);
  const { db } = request.server;
  const { p, clientUserId } = await loadVisibleProposal(request, actor, id);
  if (!from.includes(p.status))
    throw conflict(
      `this proposal is ${p.status.replace("_", " ")}; only ${from.join(" or ")} can be ${action.split(".")[1]}`,
    );
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(proposals)
      .set(set)
      .where(and(eq(proposals.id, p.id), inArray(proposals.status, [...from])))
      .returning();
    if (!updated) throw conflict("the proposal changed meanwhile; reload it");
    await recordAudit(tx, request, {
      action,
      entityType: "proposal",
      entityId: p.id,
      clientId: p.clientId,
      metadata: { kind: p.kind, from: p.status, to: updated.status, ...metadata },
    });
    return updated;
  });
  return presentProposal(row, clientUserId);
}

/** Proposals: the client's list, one proposal, and the coach's approve/edit/reject, undo, and the client's "ask my coach". */
export const proposalRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, database } = app;

  app.get(
    "/clients/:id/proposals",
    {
      config: { access: { roles: ["owner", "coach", "client"] } },
      schema: {
        tags: ["proposals"],
        summary: "A client's proposals, newest first; decidedBy says automation or coach",
        params: idParamsSchema,
        response: { 200: proposalListSchema, ...errors },
      },
    },
    async (request) => {
      const actor = need(request.actor);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const rows = await db
        .select()
        .from(proposals)
        .where(and(eq(proposals.clientId, client.id), eq(proposals.organizationId, actor.organizationId)))
        .orderBy(desc(proposals.createdAt), proposals.engineId)
        .limit(200);
      await recordAudit(db, request, {
        action: "proposal.listed",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
      });
      return { items: rows.map((r) => presentProposal(r, client.userId)) };
    },
  );

  app.get(
    "/proposals/:proposalId",
    {
      config: { access: { roles: ["owner", "coach", "client"] } },
      schema: {
        tags: ["proposals"],
        summary: "One proposal with its diff, reasons and decision (same access as its client)",
        params,
        response: { 200: proposalViewSchema, ...errors },
      },
    },
    async (request) => {
      const actor = need(request.actor);
      const { p, clientUserId } = await loadVisibleProposal(request, actor, request.params.proposalId);
      await recordAudit(db, request, {
        action: "proposal.read",
        entityType: "proposal",
        entityId: p.id,
        clientId: p.clientId,
      });
      return presentProposal(p, clientUserId);
    },
  );

  app.post(
    "/proposals/:proposalId/approve",
    {
      config: { access: coachOrOwner },
      schema: {
        tags: ["proposals"],
        summary: "Approve a proposal, optionally editing its 'after' values (recorded as edited)",
        params,
        body: approveProposalRequestSchema,
        response: { 200: proposalViewSchema, ...errors },
      },
    },
    async (request) => {
      const actor = need(request.actor);
      const { edit, reason } = request.body;
      const { p } = await loadVisibleProposal(request, actor, request.params.proposalId);
      const diff = edit ? { ...p.diff, after: { ...(p.diff.after as Record<string, unknown>), ...edit } } : p.diff;
      return transition(
        request,
        p.id,
        ["pending_review", "blocked", "auto_applied", "proposed"],
        { ...decided(actor, edit ? "edited" : "approved", reason ?? null), diff },
        edit ? "proposal.edited" : "proposal.approved",
        edit ? { editedFields: Object.keys(edit) } : {},
      );
    },
  );

  app.post(
    "/proposals/:proposalId/reject",
    {
      config: { access: coachOrOwner },
      schema: {
        tags: ["proposals"],
        summary: "Reject a proposal with a reason (an auto-applied one is reverted)",
        params,
        body: rejectProposalRequestSchema,
        response: { 200: proposalViewSchema, ...errors },
      },
    },
    async (request) => {
      const actor = need(request.actor);
      return transition(
        request,
        request.params.proposalId,
        ["pending_review", "blocked", "auto_applied", "proposed"],
        decided(actor, "rejected", request.body.reason),
        "proposal.rejected",
      );
    },
  );

  app.post(
    "/proposals/:proposalId/undo",
    {
      config: { access: { roles: ["owner", "coach", "client"] } },
      schema: {
        tags: ["proposals"],
        summary: "Undo an automatically applied change (client or coach)",
        params,
        body: undoProposalRequestSchema,
        response: { 200: proposalViewSchema, ...errors },
      },
    },
    async (request) => {
      const actor = need(request.actor);
      return transition(
        request,
        request.params.proposalId,
        ["auto_applied"],
        decided(actor, "undone", request.body.reason ?? "undone"),
        "proposal.undone",
        { byRole: actor.role },
      );
    },
  );

  app.post(
    "/proposals/:proposalId/ask-human",
    {
      config: { access: { roles: ["client"] } },
      schema: {
        tags: ["proposals"],
        summary: "The client asks for a coach decision: an automated change is reverted and queued for review",
        params,
        body: askHumanRequestSchema,
        response: { 200: proposalViewSchema, ...errors },
      },
    },
    async (request) => {
      const actor = need(request.actor);
      const { p } = await loadVisibleProposal(request, actor, request.params.proposalId);
      const tiers = await loadTiers(database, [actor.organizationId]);
      const [state] = await db
        .select({ tierId: clientMonitoring.tierId })
        .from(clientMonitoring)
        .where(eq(clientMonitoring.clientId, p.clientId));
      const tier = tierFor(tiers.get(actor.organizationId), state?.tierId ?? null);
      return transition(
        request,
        p.id,
        ["auto_applied", "pending_review"],
        {
          status: "pending_review",
          automated: false,
          humanRequested: true,
          dueAt: new Date(addHours(Date.now(), tier.responseHours.yellow)),
          reason: request.body.reason ?? "the client asked for a coach decision",
        },
        "proposal.human_requested",
      );
    },
  );
};
