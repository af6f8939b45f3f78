import { idParamsSchema, tierAssignRequestSchema, tierAssignResponseSchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { assignClientTier } from "../../commands/client-tier.ts";
import { access, commandContext, errorResponses } from "../../http/route-kit.ts";
import { presentTier } from "../../presenters/tier.ts";

/** Assigning a client's service tier. */
export const clientTierRoutes: FastifyPluginAsyncZod = async (app) => {
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
      const { clientId, tier } = await assignClientTier(commandContext(request), request.params.id, request.body);
      return { clientId, tier: presentTier(tier) };
    },
  );
};
