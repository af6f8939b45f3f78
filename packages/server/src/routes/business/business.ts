import {
  businessFiguresQuerySchema,
  businessFiguresResponseSchema,
  businessSettingsSchema,
  surveyAnswerRequestSchema,
  surveyStatusSchema,
} from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { MAX_MONTHS, periodOf } from "../../business/period.ts";
import { buildBusinessReport } from "../../business/report.ts";
import { saveBusinessSettings } from "../../business/settings.ts";
import { answerSurvey, surveyStatus } from "../../business/survey.ts";
import { validationError } from "../../http/errors.ts";
import { access, actorOf, commandContext, errorResponses } from "../../http/route-kit.ts";
import { registerBusinessExportSections } from "./export.ts";

/**
 * The owner's business figures and assumptions, and the clients' satisfaction survey. Figures are
 * the owner's alone (coaches see their own clients elsewhere, not the business's money).
 */
export const businessRoutes: FastifyPluginAsyncZod = async (app) => {
  registerBusinessExportSections();
  const { db, database } = app;

  app.get(
    "/figures",
    {
      config: { access: access.owner },
      schema: {
        tags: ["business"],
        summary: "The business's health by month and tier: retention, adherence, response times, NPS, revenue (owner)",
        querystring: businessFiguresQuerySchema,
        response: { 200: businessFiguresResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = app.clock.now();
      const period = periodOf(request.query, now);
      if ("tooLong" in period) throw validationError("query.from", `at most ${MAX_MONTHS} months at once`);
      return buildBusinessReport(database, actor.organizationId, period, now);
    },
  );

  app.put(
    "/settings",
    {
      config: { access: access.owner },
      schema: {
        tags: ["business"],
        summary:
          "The owner's assumptions behind the figures: minutes per review and decision, churn after N quiet days",
        body: businessSettingsSchema,
        response: { 200: businessSettingsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction(async (tx) => {
        await saveBusinessSettings(tx, actor.organizationId, actor.userId, request.body, app.clock.now());
        await recordAudit(tx, request, {
          action: "business.settings_changed",
          entityType: "organization",
          entityId: actor.organizationId,
          metadata: { ...request.body },
        });
      });
      return request.body;
    },
  );

  app.get(
    "/survey",
    {
      config: { access: access.client },
      schema: {
        tags: ["business"],
        summary: "Whether the satisfaction survey is open for the signed-in client (at most every 30 days)",
        response: { 200: surveyStatusSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return surveyStatus(db, actor.organizationId, actor.userId, app.clock.now());
    },
  );

  app.post(
    "/survey",
    {
      config: { access: access.client },
      schema: {
        tags: ["business"],
        summary: "The client answers the satisfaction survey: 0-10 and an optional comment (409 within 30 days)",
        body: surveyAnswerRequestSchema,
        response: { 201: surveyStatusSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const status = await answerSurvey(commandContext(request), request.body);
      return reply.code(201).send(status);
    },
  );
};
