import { meWeeklyCheckInSchema, weeklyCheckInAnswerSchema, weeklyCheckInSchema } from "@spotter/contracts";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { forbidden } from "../../http/errors.ts";
import { access, actorOf, commandContext, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { answerWeeklyCheckIn } from "../../weekly-checkins/commands.ts";
import { presentWeeklyCheckIn } from "../../weekly-checkins/present.ts";
import { currentWeeklyCheckIn } from "../../weekly-checkins/queries.ts";

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
        summary: "This week's check-in of the caller (null until answered)",
        response: { 200: meWeeklyCheckInSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { weekStart, row } = await currentWeeklyCheckIn(app.db, await own(request), app.clock.now());
      return { weekStart, checkIn: row ? presentWeeklyCheckIn(row) : null };
    },
  );

  app.post(
    "/weekly-checkins",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary:
          "Answer this week's check-in (1–5 scales and a free text); replaces earlier answers until the coach replies",
        body: weeklyCheckInAnswerSchema,
        response: { 200: weeklyCheckInSchema, ...errorResponses },
      },
    },
    async (request) =>
      presentWeeklyCheckIn(await answerWeeklyCheckIn(commandContext(request), await own(request), request.body)),
  );
};
