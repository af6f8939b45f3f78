import {
  methodAssignCandidatesResponseSchema,
  methodBulkAssignRequestSchema,
  methodBulkAssignResponseSchema,
  methodIdParamsSchema,
} from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { notFound } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { assignCandidates, bulkAssign } from "../../programming/bulk-assign.ts";
import { findMethod } from "../../programming/methods.ts";

/**
 * Assigning one method to several clients: the candidates (who follows what now, what would change)
 * and the assignment itself, one transaction per client with a result per client.
 */
export const methodAssignRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.get(
    "/:methodId/assignments",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "The caller's active clients, the method each follows now and what assigning this one would change",
        params: methodIdParamsSchema,
        response: { 200: methodAssignCandidatesResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { methodId } = request.params;
      if (!(await findMethod(db, actor.organizationId, methodId))) throw notFound("method");
      const items = await assignCandidates(db, actor, methodId, clock.now());
      await recordAudit(db, request, {
        action: "method.assignments_viewed",
        entityType: "method",
        entityId: methodId,
        metadata: { clients: items.length },
      });
      return { methodId, items, total: items.length };
    },
  );

  app.post(
    "/:methodId/assign",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary:
          "Assign a method to several clients (each all-or-nothing; per-client results; 404 when no client is visible)",
        params: methodIdParamsSchema,
        body: methodBulkAssignRequestSchema,
        response: { 200: methodBulkAssignResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { methodId } = request.params;
      if (!(await findMethod(db, actor.organizationId, methodId))) throw notFound("method");
      const results = await bulkAssign(
        db,
        actor,
        { methodId, clientIds: request.body.clientIds, now: clock.now(), log: request.log },
        (tx, clientId, metadata) =>
          recordAudit(tx, request, {
            action: "client.method_assigned",
            entityType: "client",
            entityId: clientId,
            clientId,
            metadata,
          }),
      );
      // Nothing the caller may see: answer like any invisible record (no per-client detail to read).
      if (results.every((r) => r.status === "not_found")) throw notFound("client", "body.clientIds");
      const assigned = results.filter((r) => r.status === "assigned").length;
      await recordAudit(db, request, {
        action: "method.bulk_assigned",
        entityType: "method",
        entityId: methodId,
        metadata: { requested: results.length, assigned, failed: results.length - assigned },
      });
      return { methodId, results, assigned, failed: results.length - assigned };
    },
  );
};
