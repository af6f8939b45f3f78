import { idParamsSchema, tierAssignRequestSchema, tierAssignResponseSchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { clientMonitoring } from "../../db/schema-monitoring.ts";
import { validationError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadTiers } from "../../monitoring/tiers.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { presentTier } from "../../presenters/tier.ts";

/** Assigning a client's service tier. */
export const clientTierRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, database } = app;

  app.put(
    "/:id/tier",
    {
      config: { access: access.coach },
      schema: {
        tags: ["tiers"],
        summary: "Assign a client's service tier (owner or their coach)",
        params: idParamsSchema,
        body: tierAssignRequestSchema,
        response: { 200: tierAssignResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const tiers = (await loadTiers(database, [actor.organizationId])).get(actor.organizationId) ?? [];
      const { tierId, model } = request.body;
      const tier = tiers.find((t) => (tierId ? t.id === tierId : t.model === model));
      if (!tier)
        throw validationError(
          tierId ? "body.tierId" : "body.model",
          tierId ? "no such tier in this organization" : "no tier of this organization has that coaching model",
        );
      await db.transaction(async (tx) => {
        await tx
          .insert(clientMonitoring)
          .values({ clientId: client.id, organizationId: actor.organizationId, tierId: tier.id })
          .onConflictDoUpdate({ target: clientMonitoring.clientId, set: { tierId: tier.id } });
        await recordAudit(tx, request, {
          action: "client.tier_assigned",
          entityType: "client",
          entityId: client.id,
          clientId: client.id,
          metadata: { tierId: tier.id },
        });
      });
      return { clientId: client.id, tier: presentTier(tier) };
    },
  );
};
