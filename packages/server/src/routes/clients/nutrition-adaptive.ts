import { type AdaptiveCheckResponse, adaptiveCheckResponseSchema, idParamsSchema } from "@spotter/contracts";
import { and, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { nutritionEstimates } from "../../db/schema-nutrition-estimates.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";

const r = (x: number | null, digits = 0) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/**
 * What the monitoring pass last concluded about a client's energy target: the adaptive
 * expenditure estimate with its uncertainty and reasons, and the day's check (proposed, blocked by
 * an open disordered-eating or low-energy-availability flag, or no change and why). Staff only: a
 * block names the flag, which the portal never shows.
 */
export const clientNutritionAdaptiveRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  app.get(
    "/:id/nutrition/adaptive",
    {
      config: { access: access.coach },
      schema: {
        tags: ["nutrition"],
        summary:
          "The adaptive expenditure estimate and target check from the latest monitoring pass, with reasons and uncertainty",
        params: idParamsSchema,
        response: { 200: adaptiveCheckResponseSchema, ...errorResponses },
      },
    },
    async (request): Promise<AdaptiveCheckResponse> => {
      const c = await loadVisibleClient(db, actorOf(request), request.params.id);
      const [row] = await db
        .select()
        .from(nutritionEstimates)
        .where(and(eq(nutritionEstimates.organizationId, c.organizationId), eq(nutritionEstimates.clientId, c.id)));
      await recordAudit(db, request, {
        action: "nutrition.adaptive.read",
        entityType: "client",
        entityId: c.id,
        clientId: c.id,
      });
      if (!row) return { check: null };
      return {
        check: {
          computedFor: row.computedFor,
          expenditure: {
            kcal: Math.round(row.kcal),
            sdKcal: Math.round(row.sdKcal),
            dataKcal: r(row.dataKcal),
            dataSdKcal: r(row.dataSdKcal),
            kgPerWeek: r(row.kgPerWeek, 3),
            meanIntakeKcal: r(row.meanIntakeKcal),
            weighIns: row.weighIns,
            intakeDays: row.intakeDays,
            windowDays: row.windowDays,
            reasons: row.reasons,
          },
          targetKcal: r(row.targetKcal),
          status: row.checkStatus,
          reasons: row.checkReasons,
          updatedAt: row.updatedAt.toISOString(),
        },
      };
    },
  );
};
