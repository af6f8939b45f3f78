import { idParamsSchema, methodEntrySchema, saveClientMethodTemplateRequestSchema } from "@spotter/contracts";
import type { Method } from "@spotter/engine";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { methods } from "../../db/schema-programming.ts";
import { conflict } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { loadCatalog } from "../../programming/catalog.ts";
import { assertMethodValid, findMethod, resolveClientMethod } from "../../programming/methods.ts";
import { invalidateOrgCache } from "../../programming/org-cache.ts";
import { trainerProfileForClient } from "../../programming/trainer-profiles.ts";

/**
 * "Save this client's program as a template": the method the client's drafts follow now (the coach's
 * per-client copy when there is one) becomes an organization method under a new id and name, so the
 * adjustments made for one client can be assigned to others. The client's own assignment is untouched.
 */
export const clientMethodTemplateRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.post(
    "/:id/method/template",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Save the client's current method (their per-client copy first) as a new organization method",
        params: idParamsSchema,
        body: saveClientMethodTemplateRequestSchema,
        response: { 201: methodEntrySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id: newId, name } = request.body;
      const row = await db.transaction(async (tx) => {
        const client = await loadVisibleClient(tx, actor, request.params.id);
        const trainer = await trainerProfileForClient(tx, actor.organizationId, client.id, actor.userId);
        const resolved = await resolveClientMethod(tx, actor.organizationId, client, trainer, clock.now());
        if (!resolved) throw conflict("this client follows no method yet: assign one first");
        if (await findMethod(tx, actor.organizationId, newId)) throw conflict(`method "${newId}" already exists`);
        const method: Method = { ...structuredClone(resolved.method), id: newId, name };
        assertMethodValid(method, await loadCatalog(tx, actor.organizationId), "body");
        const [created] = await tx
          .insert(methods)
          .values({
            organizationId: actor.organizationId,
            methodId: newId,
            method,
            createdBy: actor.userId,
            updatedBy: actor.userId,
          })
          .returning();
        if (!created) throw new Error("method insert returned nothing");
        await recordAudit(tx, request, {
          action: "method.created",
          entityType: "method",
          entityId: newId,
          clientId: client.id,
          metadata: { from: resolved.method.id, via: resolved.via, days: method.days.length },
        });
        return created;
      });
      invalidateOrgCache(actor.organizationId);
      reply.status(201);
      return { method: row.method, source: "organization" as const, updatedAt: row.updatedAt.toISOString() };
    },
  );
};
