import { meWeeklyCheckInSchema, weeklyCheckInAnswerSchema, weeklyCheckInSchema } from "@spotter/contracts";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { forbidden } from "../../http/errors.ts";
import { access, actorOf, commandContext, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { answerWeeklyCheckIn } from "../../weekly-checkins/commands.ts";
import { answeredQuestions, presentWeeklyCheckIn } from "../../weekly-checkins/present.ts";
import { currentWeeklyCheckIn } from "../../weekly-checkins/queries.ts";
import { currentQuestionnaire, presentQuestionnaire } from "../../weekly-checkins/questionnaire.ts";

const tags = ["weekly-checkins"];

/** The calling client's weekly check-in: this week's state, and answering it. */
export const meWeeklyCheckInRoutes: FastifyPluginAsyncZod = async (app) => {
  const own = (request: FastifyRequest) => {
    const actor = actorOf(request);
    if (!actor.clientId) throw forbidden("this login is not linked to a client record");
    return loadVisibleClient(app.db, actor, actor.clientId);
  };

  app.get(
    "/weekly-checkins/current",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "This week's check-in of the caller (null until answered) and the questionnaire to answer",
        response: { 200: meWeeklyCheckInSchema, ...errorResponses },
      },
    },
    async (request) => {
      const client = await own(request);
      const { weekStart, row, dueDate } = await currentWeeklyCheckIn(app.db, client, app.clock.now());
      const questionnaire = presentQuestionnaire(await currentQuestionnaire(app.db, client.organizationId));
      const checkIn = row ? presentWeeklyCheckIn(row, (await answeredQuestions(app.db, [row]))(row)) : null;
      return { weekStart, checkIn, questionnaire, dueDate };
    },
  );

  app.post(
    "/weekly-checkins",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary:
          "Answer this week's check-in (the organization's questionnaire); replaces earlier answers until the coach replies",
        body: weeklyCheckInAnswerSchema,
        response: { 200: weeklyCheckInSchema, ...errorResponses },
      },
    },
    async (request) => {
      const row = await answerWeeklyCheckIn(commandContext(request), await own(request), request.body);
      return presentWeeklyCheckIn(row, (await answeredQuestions(app.db, [row]))(row));
    },
  );
};
