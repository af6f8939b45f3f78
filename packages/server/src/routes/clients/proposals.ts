import { idParamsSchema, proposalListSchema } from "@spotter/contracts";
import { and, desc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { proposals } from "../../db/schema-monitoring.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { presentProposal } from "../../presenters/proposal.ts";

/** A client's proposals (their decisions are under /proposals). */
export const clientProposalRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    "/:id/proposals",
    {
      config: { access: access.member },
      schema: {
        tags: ["proposals"],
        summary: "A client's proposals, newest first; decidedBy says automation or coach",
        params: idParamsSchema,
        response: { 200: proposalListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
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
};
