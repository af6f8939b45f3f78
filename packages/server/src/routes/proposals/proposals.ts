import {
  approveProposalRequestSchema,
  askHumanRequestSchema,
  proposalViewSchema,
  rejectProposalRequestSchema,
  undoProposalRequestSchema,
} from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import {
  approveProposal,
  askForCoach,
  editProposal,
  type ProposalResult,
  rejectProposal,
  undoProposal,
} from "../../commands/proposals.ts";
import { access, actorOf, commandContext, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleProposal } from "../../policies/proposals.ts";
import { presentProposal } from "../../presenters/proposal.ts";

const params = z.object({ proposalId: z.uuid() });
const present = ({ proposal, clientUserId }: ProposalResult) => presentProposal(proposal, clientUserId);

/**
 * Proposals: one proposal and the decisions on it (the engine's state machine,
 * executed by commands/proposals.ts): the coach's approve/edit/reject, undo, and the client's "ask my coach".
 */
export const proposalRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    "/:proposalId",
    {
      config: { access: access.member },
      schema: {
        tags: ["proposals"],
        summary: "One proposal with its diff, reasons and decision (same access as its client)",
        params,
        response: { 200: proposalViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const found = await loadVisibleProposal(db, actorOf(request), request.params.proposalId);
      await recordAudit(db, request, {
        action: "proposal.read",
        entityType: "proposal",
        entityId: found.proposal.id,
        clientId: found.proposal.clientId,
      });
      return present(found);
    },
  );

  app.post(
    "/:proposalId/approve",
    {
      config: { access: access.coach },
      schema: {
        tags: ["proposals"],
        summary: "Approve a proposal, optionally editing its 'after' values (recorded as edited)",
        params,
        body: approveProposalRequestSchema,
        response: { 200: proposalViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { edit, reason } = request.body;
      const id = request.params.proposalId;
      return present(await (edit ? editProposal(ctx, id, edit, reason) : approveProposal(ctx, id, reason)));
    },
  );

  app.post(
    "/:proposalId/reject",
    {
      config: { access: access.coach },
      schema: {
        tags: ["proposals"],
        summary: "Reject a proposal with a reason (an auto-applied one is reverted)",
        params,
        body: rejectProposalRequestSchema,
        response: { 200: proposalViewSchema, ...errorResponses },
      },
    },
    async (request) =>
      present(await rejectProposal(commandContext(request), request.params.proposalId, request.body.reason)),
  );

  app.post(
    "/:proposalId/undo",
    {
      config: { access: access.member },
      schema: {
        tags: ["proposals"],
        summary: "Undo an automatically applied change (client or coach)",
        params,
        body: undoProposalRequestSchema,
        response: { 200: proposalViewSchema, ...errorResponses },
      },
    },
    async (request) =>
      present(await undoProposal(commandContext(request), request.params.proposalId, request.body.reason)),
  );

  app.post(
    "/:proposalId/ask-human",
    {
      config: { access: access.client },
      schema: {
        tags: ["proposals"],
        summary: "The client asks for a coach decision: an automated change is reverted and queued for review",
        params,
        body: askHumanRequestSchema,
        response: { 200: proposalViewSchema, ...errorResponses },
      },
    },
    async (request) =>
      present(await askForCoach(commandContext(request), request.params.proposalId, request.body.reason)),
  );
};
