import {
  idParamsSchema,
  intakeListSchema,
  intakeRequestSchema,
  intakeSchema,
  measurementListSchema,
  measurementParamsSchema,
  measurementRequestSchema,
  measurementSchema,
  nutritionProposalResultSchema,
  nutritionRangeQuerySchema,
  nutritionSettingsHistorySchema,
  nutritionSettingsRequestSchema,
  nutritionSettingsSchema,
  okResponseSchema,
  proposalListSchema,
  targetsViewSchema,
} from "@spotter/contracts";
import { and, desc, eq, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { deleteMeasurement, setNutritionSettings } from "../../commands/nutrition.ts";
import { proposeNutritionChange } from "../../commands/nutrition-targets.ts";
import { proposals } from "../../db/schema-monitoring.ts";
import { nutritionTargets } from "../../db/schema-nutrition.ts";
import { access, actorOf, commandContext, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { presentSettings } from "../../presenters/nutrition.ts";
import { presentProposal } from "../../presenters/proposal.ts";
import { clientNutritionAdaptiveRoutes } from "./nutrition-adaptive.ts";
import { registerNutritionExportSections } from "./nutrition-export.ts";
import { listIntake, listMeasurements, postIntake, postMeasurement, targetsView } from "./nutrition-handlers.ts";

const tags = ["nutrition"];

/**
 * A client's nutrition: measurements and intake (coach or the client themself), targets with their
 * reasons, the coach's settings with history, and the engine's target-change proposals.
 */
export const clientNutritionRoutes: FastifyPluginAsyncZod = async (app) => {
  registerNutritionExportSections();
  await app.register(clientNutritionAdaptiveRoutes);
  const { db } = app;
  const client = (request: Parameters<typeof actorOf>[0], id: string) => loadVisibleClient(db, actorOf(request), id);

  app.post(
    "/:id/nutrition/measurements",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "Log a body measurement (weight kg/lb, circumferences cm/in, body fat %)",
        params: idParamsSchema,
        body: measurementRequestSchema,
        response: { 201: measurementSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const c = await client(request, request.params.id);
      return reply.code(201).send(await postMeasurement(request, c, request.body));
    },
  );

  app.get(
    "/:id/nutrition/measurements",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "Measurements, newest first (default the last 120 days), with the smoothed weight trend",
        params: idParamsSchema,
        querystring: nutritionRangeQuerySchema,
        response: { 200: measurementListSchema, ...errorResponses },
      },
    },
    async (request) => listMeasurements(request, await client(request, request.params.id), request.query),
  );

  app.delete(
    "/:id/nutrition/measurements/:measurementId",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "Delete a mistaken measurement (the coach or the client themself)",
        params: measurementParamsSchema,
        response: { 200: okResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const c = await client(request, request.params.id);
      await deleteMeasurement(commandContext(request), c, request.params.measurementId);
      return { ok: true as const };
    },
  );

  app.post(
    "/:id/nutrition/intake",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "Log one day's intake totals (a second log for the day replaces it)",
        params: idParamsSchema,
        body: intakeRequestSchema,
        response: { 200: intakeSchema, ...errorResponses },
      },
    },
    async (request) => postIntake(request, await client(request, request.params.id), request.body),
  );

  app.get(
    "/:id/nutrition/intake",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "Daily intake (default the last 28 days) with adherence to the energy target",
        params: idParamsSchema,
        querystring: nutritionRangeQuerySchema,
        response: { 200: intakeListSchema, ...errorResponses },
      },
    },
    async (request) => listIntake(request, await client(request, request.params.id), request.query),
  );

  app.get(
    "/:id/nutrition/targets",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary:
          "Today's energy and macro targets, this week's training-day carbs, measured expenditure; every number with its reasons",
        params: idParamsSchema,
        response: { 200: targetsViewSchema, ...errorResponses },
      },
    },
    async (request) => targetsView(request, await client(request, request.params.id)),
  );

  app.put(
    "/:id/nutrition/settings",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary:
          "Set the nutrition goal, planned weekly rate and optionally the energy target (supersedes the active setting)",
        params: idParamsSchema,
        body: nutritionSettingsRequestSchema,
        response: { 200: nutritionSettingsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const c = await client(request, request.params.id);
      return presentSettings(await setNutritionSettings(commandContext(request), c, request.body));
    },
  );

  app.get(
    "/:id/nutrition/settings",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "The nutrition settings history, newest first (one active)",
        params: idParamsSchema,
        response: { 200: nutritionSettingsHistorySchema, ...errorResponses },
      },
    },
    async (request) => {
      const c = await client(request, request.params.id);
      const rows = await db
        .select()
        .from(nutritionTargets)
        .where(eq(nutritionTargets.clientId, c.id))
        // Newest first: the active one, then by when each was superseded.
        .orderBy(sql`${nutritionTargets.supersededAt} desc nulls first`, desc(nutritionTargets.createdAt))
        .limit(200);
      await recordAudit(db, request, {
        action: "nutrition.settings.read",
        entityType: "client",
        entityId: c.id,
        clientId: c.id,
      });
      return { items: rows.map(presentSettings) };
    },
  );

  app.post(
    "/:id/nutrition/proposals",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary:
          "Run the adaptive check now: a bounded energy-target change when the trend misses the goal with good adherence, routed by the tier; blocked while a disordered-eating or low-energy-availability flag is open",
        params: idParamsSchema,
        response: { 200: nutritionProposalResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const c = await client(request, request.params.id);
      const r = await proposeNutritionChange(commandContext(request), c);
      return { ...r, proposal: r.proposal ? presentProposal(r.proposal, c.userId) : null };
    },
  );

  app.get(
    "/:id/nutrition/proposals",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "The client's nutrition target proposals, newest first (decide them under /proposals)",
        params: idParamsSchema,
        response: { 200: proposalListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const c = await client(request, request.params.id);
      const rows = await db
        .select()
        .from(proposals)
        .where(and(eq(proposals.clientId, c.id), eq(proposals.kind, "nutrition_target")))
        .orderBy(desc(proposals.createdAt))
        .limit(200);
      await recordAudit(db, request, {
        action: "nutrition.proposals.read",
        entityType: "client",
        entityId: c.id,
        clientId: c.id,
      });
      return { items: rows.map((r) => presentProposal(r, c.userId)) };
    },
  );
};
