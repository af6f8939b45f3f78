import { idParamsSchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { loadCatalog } from "../../programming/catalog.ts";
import { loadHistory } from "../../programming/history.ts";
import { gatherProgressReport, reportPeriod } from "../../reports/progress-data.ts";
import { renderProgressPdf } from "../../reports/progress-pdf.ts";

const isoDate = z.iso.date();

export const reportQuerySchema = z.object({
  /** Whole weeks ending with the week that holds `to`. */
  weeks: z.coerce
    .number()
    .int()
    .refine((n) => n === 4 || n === 8 || n === 12, "must be 4, 8 or 12")
    .default(4),
  /** A day in the report's last week; default today (the server's clock). */
  to: isoDate.optional(),
  /** Loads and weights in kg or lb; default the client's profile units. */
  units: z.enum(["kg", "lb"]).optional(),
  /** The coach's summary for this report, printed under "Coach's notes". */
  summary: z.string().max(2000).optional(),
});

/**
 * A client's progress report as a PDF for the coach to hand over (issue 15): adherence, e1RM of
 * the main lifts, body-weight trend, readiness and flags, the coach's notes. Coaches and the
 * owner only (a client reads the same data in the portal); another organization's client is a 404.
 */
export const clientReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  app.get(
    "/:id/report.pdf",
    {
      config: { access: access.coach },
      schema: {
        tags: ["reports"],
        summary: "Progress report PDF for a period (4, 8 or 12 weeks): adherence, e1RM, body weight, readiness, notes",
        params: idParamsSchema,
        querystring: reportQuerySchema,
        // A Buffer is sent as is (fastify serializes only objects).
        response: { 200: z.any().describe("application/pdf (binary)"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const today = app.clock.now().toISOString().slice(0, 10);
      const period = reportPeriod(request.query.to ?? today, request.query.weeks);
      const [history, catalog] = await Promise.all([
        loadHistory(db, actor.organizationId, client.id),
        loadCatalog(db, actor.organizationId),
      ]);
      const data = await gatherProgressReport(db, client, period, history, catalog);
      const pdf = await renderProgressPdf(data, {
        unit: request.query.units ?? client.profile.units,
        ...(request.query.summary ? { summary: request.query.summary } : {}),
        generatedOn: today,
      });
      await recordAudit(db, request, {
        action: "report.read",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
        metadata: { from: period.from, to: period.to, weeks: period.weeks },
      });
      const name = `progress-${period.from}-to-${period.to}.pdf`;
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="${name}"`)
        .header("cache-control", "no-store")
        .send(pdf);
    },
  );
};
