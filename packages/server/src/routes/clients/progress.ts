import { idParamsSchema, progressResponseSchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { loadCatalog } from "../../programming/catalog.ts";
import { loadHistory } from "../../programming/history.ts";
import { clientProgress } from "../../programming/progress.ts";

/** A client's progress: e1RM trends, weekly volume, progression state (client: their own). */
export const progressRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    "/:id/progress",
    {
      config: { access: access.member },
      schema: {
        tags: ["programming"],
        summary: "e1RM per exercise over time, weekly working sets and tonnage, per-exercise progression state",
        params: idParamsSchema,
        response: { 200: progressResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const [history, catalog] = await Promise.all([
        loadHistory(db, actor.organizationId, client.id),
        loadCatalog(db, actor.organizationId),
      ]);
      await recordAudit(db, request, {
        action: "progress.read",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
      });
      return clientProgress(db, actor.organizationId, client.id, history, catalog);
    },
  );
};
