import { checkInsAwaitingSchema, questionnaireViewSchema, questionnaireWriteSchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, actorOf, commandContext, errorResponses } from "../../http/route-kit.ts";
import { ensureDefaultTiers } from "../../monitoring/tiers.ts";
import { awaitingCheckIns } from "../../weekly-checkins/awaiting.ts";
import { currentQuestionnaire, presentQuestionnaire, saveQuestionnaire } from "../../weekly-checkins/questionnaire.ts";

const tags = ["weekly-checkins"];

/** The organization's check-in questionnaire (builder) and the check-ins awaiting the caller's reply. */
export const weeklyCheckInRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/questionnaire",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary: "The organization's current check-in questionnaire (the default is written on first read)",
        response: { 200: questionnaireViewSchema, ...errorResponses },
      },
    },
    async (request) => presentQuestionnaire(await currentQuestionnaire(app.db, actorOf(request).organizationId)),
  );

  app.put(
    "/questionnaire",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary: "Save the questionnaire as its next version (answered check-ins keep the version they answered)",
        body: questionnaireWriteSchema,
        response: { 200: questionnaireViewSchema, ...errorResponses },
      },
    },
    async (request) => presentQuestionnaire(await saveQuestionnaire(commandContext(request), request.body.questions)),
  );

  app.get(
    "/awaiting-reply",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary: "Answered check-ins awaiting a reply among the caller's clients, against the tier's promise",
        response: { 200: checkInsAwaitingSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      // Tiers are seeded on first read; without them every promise would be the fallback's.
      await ensureDefaultTiers(app.database, [actor.organizationId]);
      const { items, overdue } = await awaitingCheckIns(app.db, actor, app.clock.now());
      return { items: items.map(({ organizationId: _, ...rest }) => rest), overdue };
    },
  );
};
