import { checkInResultSchema, checkInSchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { submitCheckIn } from "../../commands/check-ins.ts";
import { forbidden } from "../../http/errors.ts";
import { access, actorOf, commandContext, errorResponses } from "../../http/route-kit.ts";
import { presentCheckInResult } from "../../presenters/check-in.ts";

/** The calling client's own daily check-in. */
export const meCheckinRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/checkins",
    {
      config: { access: access.client },
      schema: {
        tags: ["monitoring"],
        summary: "Submit the calling client's own daily check-in",
        body: checkInSchema,
        response: { 200: checkInResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (!actor.clientId) throw forbidden("this login is not linked to a client record");
      return presentCheckInResult(await submitCheckIn(commandContext(request), actor.clientId, request.body));
    },
  );
};
