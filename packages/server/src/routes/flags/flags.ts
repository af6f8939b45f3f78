import { resolveFlagRequestSchema, resolveFlagResponseSchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { resolveFlag } from "../../commands/flags.ts";
import { access, commandContext, errorResponses } from "../../http/route-kit.ts";
import { presentFlag } from "../../presenters/flag.ts";

const params = z.object({ flagId: z.uuid() });

/** Flags: resolving one (commands/flags.ts: a red needs an outcome and a note). */
export const flagRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/:flagId/resolve",
    {
      config: { access: access.coach },
      schema: {
        tags: ["flags"],
        summary: "Resolve a flag; a red needs an outcome (referred, plan_changed, note) and a note",
        params,
        body: resolveFlagRequestSchema,
        response: { 200: resolveFlagResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { flag, automationPaused } = await resolveFlag(
        commandContext(request),
        request.params.flagId,
        request.body,
      );
      return { flag: presentFlag(flag), automationPaused };
    },
  );
};
