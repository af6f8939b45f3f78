import { idParamsSchema, isoDate } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { loadWeek } from "../../programming/week-plan.ts";
import { renderWeekPlanPdf, type WeekPlanData } from "../../reports/week-plan-pdf.ts";

export const weekPrintQuerySchema = z.object({
  /** A day in the week to print (its Monday starts it); default this week. */
  start: isoDate.optional(),
  /** Loads in kg or lb; default the client's profile units. */
  units: z.enum(["kg", "lb"]).optional(),
  /** "day": each training day on its own page; "compact": as few pages as fit. */
  layout: z.enum(["compact", "day"]).default("compact"),
});

/**
 * A week's plan as a printable PDF for offline use in the gym (issue 15): the sessions the week view
 * shows (a coach sees drafts too; the client sees what the portal shows: published and logged, not
 * what the safety gate hides), with every exercise's prescription. Scoped like GET /week (another
 * organization's client is a 404) and audited like the progress report.
 */
export const clientWeekPrintRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;
  app.get(
    "/:id/week.pdf",
    {
      config: { access: access.member },
      schema: {
        tags: ["reports"],
        summary:
          "Printable PDF of the week holding ?start: each day's sessions with exercises, sets x reps, load, effort, rest and notes (a client: their own, without drafts)",
        params: idParamsSchema,
        querystring: weekPrintQuerySchema,
        response: { 200: z.any().describe("application/pdf (binary)"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const { view, rows } = await loadWeek(db, actor, client, clock.now(), request.query.start);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const w = view.week;
      const data: WeekPlanData = {
        clientName: client.name,
        weekStart: w.start,
        blockLabel: w.blockKind ? `${w.blockKind} block, week ${(w.weekInBlock ?? 0) + 1}` : null,
        methodName: view.method?.name ?? null,
        days: w.days.map((d) => ({
          date: d.date,
          weekday: d.weekday,
          plannedLabel: d.planned?.label ?? null,
          sessions: d.sessions.flatMap((s) => {
            const row = byId.get(s.id);
            return row ? [{ status: row.status, plan: row.plan }] : [];
          }),
        })),
      };
      const pdf = await renderWeekPlanPdf(data, {
        unit: request.query.units ?? client.profile.units,
        layout: request.query.layout,
        generatedOn: view.today,
      });
      await recordAudit(db, request, {
        action: "week_plan.printed",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
        metadata: { weekStart: w.start, sessions: rows.length },
      });
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="week-${w.start}.pdf"`)
        .header("cache-control", "no-store")
        .send(pdf);
    },
  );
};
