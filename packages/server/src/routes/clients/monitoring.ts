import { idParamsSchema, monitoringViewQuerySchema, monitoringViewSchema, segmentViewSchema } from "@spotter/contracts";
import { hrReadinessCaveat, segmentClient } from "@spotter/engine";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { assignedTierId } from "../../commands/client-tier.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadTiers, tierFor } from "../../monitoring/tiers.ts";
import { evaluateOnly, presentMonitoring, readinessHistory } from "../../monitoring/view.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { presentSegment } from "../../presenters/segment.ts";

/** A client's monitoring view (charts) and intake segment with a suggested tier. */
export const clientMonitoringRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, database, clock } = app;

  app.get(
    "/:id/monitoring",
    {
      config: { access: access.member },
      schema: {
        tags: ["monitoring"],
        summary:
          "Readiness (?days=7-90 of history, default 28), load (sRPE, ACWR with caveats, monotony, strain), adherence, trends, signals, level",
        params: idParamsSchema,
        querystring: monitoringViewQuerySchema,
        response: { 200: monitoringViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const now = clock.now().toISOString();
      const [{ data, evaluation, lastComputedAt }, history] = await Promise.all([
        evaluateOnly(database, client.id, now),
        readinessHistory(database, client.id, now.slice(0, 10), request.query.days),
      ]);
      await recordAudit(db, request, {
        action: "monitoring.read",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
      });
      // A heart-rate-altering medication caveats HR-based readiness (engine screening/hr-caveat.ts).
      return {
        ...presentMonitoring(data, evaluation, lastComputedAt, history),
        hrCaveat: hrReadinessCaveat(client.profile, now),
      };
    },
  );

  app.get(
    "/:id/segment",
    {
      config: { access: access.coach },
      schema: {
        tags: ["monitoring"],
        summary: "Segment (risk, experience, autonomy) and the suggested coaching model and tier, with reasons",
        params: idParamsSchema,
        response: { 200: segmentViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const segment = segmentClient(client.profile, clock.now().toISOString());
      const tiers = (await loadTiers(database, [actor.organizationId])).get(actor.organizationId) ?? [];
      const suggested = tiers.find((t) => t.model === segment.suggestedModel) ?? null;
      const current = tiers.length ? tierFor(tiers, await assignedTierId(db, client.id)) : null;
      await recordAudit(db, request, {
        action: "segment.read",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
      });
      return presentSegment(client.id, segment, suggested, current);
    },
  );
};
