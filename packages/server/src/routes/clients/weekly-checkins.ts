import {
  idParamsSchema,
  weeklyCheckInListSchema,
  weeklyCheckInParamsSchema,
  weeklyCheckInReviewSchema,
  weeklyCheckInSendSchema,
} from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { access, actorOf, commandContext, errorResponses } from "../../http/route-kit.ts";
import { setUpMessaging } from "../../messaging/handlers.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { sendWeeklyCheckInReply } from "../../weekly-checkins/commands.ts";
import { registerWeeklyCheckInExportSection } from "../../weekly-checkins/export.ts";
import { answeredQuestions, presentWeeklyCheckInReview } from "../../weekly-checkins/present.ts";
import { listWeeklyCheckIns } from "../../weekly-checkins/queries.ts";

const tags = ["weekly-checkins"];

/** The coach's side of the weekly check-in: review (summary + draft + response rate) and send. */
export const clientWeeklyCheckInRoutes: FastifyPluginAsyncZod = async (app) => {
  registerWeeklyCheckInExportSection();
  const runtime = await setUpMessaging(app);

  app.get(
    "/:id/weekly-checkins",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "The client's weekly check-ins (newest first) with summary, drafted reply and response rate",
        params: idParamsSchema,
        response: { 200: weeklyCheckInListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const client = await loadVisibleClient(app.db, actorOf(request), request.params.id);
      const list = await listWeeklyCheckIns(app.database, app.db, client, app.clock.now());
      await recordAudit(app.db, request, {
        action: "weekly_checkins.listed",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
        metadata: { count: list.items.length },
      });
      return list;
    },
  );

  app.post(
    "/:id/weekly-checkins/:weeklyCheckInId/send",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary:
          "Send the (edited) reply into the client's thread with the chosen action (a minor change opens a proposal, an escalation a flag); closes the check-in",
        params: weeklyCheckInParamsSchema,
        body: weeklyCheckInSendSchema,
        response: { 200: weeklyCheckInReviewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const client = await loadVisibleClient(app.db, actorOf(request), request.params.id);
      const row = await sendWeeklyCheckInReply(
        commandContext(request),
        runtime,
        client,
        request.params.weeklyCheckInId,
        request.body,
      );
      return presentWeeklyCheckInReview(row, (await answeredQuestions(app.db, [row]))(row));
    },
  );
};
