import {
  checkInListQuerySchema,
  checkInListSchema,
  checkInResultSchema,
  checkInSchema,
  idParamsSchema,
} from "@spotter/contracts";
import { and, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { submitCheckIn } from "../../commands/check-ins.ts";
import { checkIns } from "../../db/schema-monitoring.ts";
import { access, actorOf, commandContext, errorResponses } from "../../http/route-kit.ts";
import { registerMonitoringExportSections } from "../../monitoring/export-sections.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { presentCheckIn, presentCheckInResult } from "../../presenters/check-in.ts";

/** A client's daily readiness check-ins: submitted by the client or their coach (commands/check-ins.ts), listed for the charts. */
export const clientCheckinRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  registerMonitoringExportSections();

  app.post(
    "/:id/checkins",
    {
      config: { access: access.member },
      schema: {
        tags: ["monitoring"],
        summary: "Submit a daily check-in (client for themself, or their coach); returns level, readiness and signals",
        params: idParamsSchema,
        body: checkInSchema,
        response: { 200: checkInResultSchema, ...errorResponses },
      },
    },
    async (request) =>
      presentCheckInResult(await submitCheckIn(commandContext(request), request.params.id, request.body)),
  );

  app.get(
    "/:id/checkins",
    {
      config: { access: access.member },
      schema: {
        tags: ["monitoring"],
        summary: "List a client's check-ins, newest first",
        params: idParamsSchema,
        querystring: checkInListQuerySchema,
        response: { 200: checkInListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const where: SQL[] = [eq(checkIns.clientId, client.id), eq(checkIns.organizationId, actor.organizationId)];
      if (request.query.from) where.push(gte(checkIns.date, request.query.from));
      if (request.query.to) where.push(lte(checkIns.date, request.query.to));
      const rows = await db
        .select()
        .from(checkIns)
        .where(and(...where))
        .orderBy(desc(checkIns.date))
        .limit(request.query.limit);
      await recordAudit(db, request, {
        action: "checkin.listed",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
        metadata: { count: rows.length },
      });
      return { items: rows.map(presentCheckIn) };
    },
  );
};
