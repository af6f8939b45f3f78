import { clientMethodRequestSchema, clientMethodViewSchema, idParamsSchema } from "@spotter/contracts";
import type { Method } from "@spotter/engine";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { validationError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { assertClientAction, loadVisibleClient } from "../../policies/clients.ts";
import { loadCatalog } from "../../programming/catalog.ts";
import { clientMethodView, followMethodChange, saveClientMethod } from "../../programming/client-method.ts";
import { assertMethodValid, findMethod, resolveClientMethod } from "../../programming/methods.ts";
import { trainerProfileForClient } from "../../programming/trainer-profiles.ts";

/** A client's method: read the assignment and what it resolves to; assign, override or clear it. */
export const clientMethodRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.get(
    "/:id/method",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "The client's assigned method, per-client copy, and the method their drafts follow",
        params: idParamsSchema,
        response: { 200: clientMethodViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      return clientMethodView(db, actor.organizationId, client, actor.userId, { now: clock.now() });
    },
  );

  app.put(
    "/:id/method",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary:
          "Assign a method ({methodId}), store a per-client copy ({method}, wins over methodId) or clear (null); the saved roadmap follows",
        params: idParamsSchema,
        body: clientMethodRequestSchema,
        response: { 200: clientMethodViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const body = request.body ?? {};
      const methodId = body.methodId ?? null;
      const method = (body.method ?? null) as Method | null;
      if (methodId && method) throw validationError("body.method", "give methodId or method, not both");
      const now = clock.now();
      const result = await db.transaction(async (tx) => {
        const client = await loadVisibleClient(tx, actor, request.params.id);
        assertClientAction(actor, "update");
        if (methodId && !(await findMethod(tx, actor.organizationId, methodId)))
          throw validationError("body.methodId", `no method "${methodId}" in the library or this organization`);
        if (method) assertMethodValid(method, await loadCatalog(tx, actor.organizationId), "body.method");
        await saveClientMethod(tx, {
          organizationId: actor.organizationId,
          clientId: client.id,
          methodId,
          method,
          userId: actor.userId,
          at: now,
        });
        const trainer = await trainerProfileForClient(tx, actor.organizationId, client.id, actor.userId);
        const resolved = await resolveClientMethod(tx, actor.organizationId, client, trainer, now);
        const roadmap = await followMethodChange(tx, actor, client, resolved, now);
        await recordAudit(tx, request, {
          action: "client.method_assigned",
          entityType: "client",
          entityId: client.id,
          clientId: client.id,
          metadata: {
            methodId,
            override: method ? method.id : null,
            resolved: resolved?.method.id ?? null,
            roadmap,
          },
        });
        return { client, roadmap };
      });
      return clientMethodView(db, actor.organizationId, result.client, actor.userId, {
        roadmap: result.roadmap,
        now: clock.now(),
      });
    },
  );
};
