import { messageTemplateListSchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, errorResponses } from "../../http/route-kit.ts";
import { MESSAGE_TEMPLATES } from "../../monitoring/message-templates.ts";

/** Coach message templates, one per flag kind. */
export const messageTemplateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "",
    {
      config: { access: access.coach },
      schema: {
        tags: ["monitoring"],
        summary: "A message template per flag kind for the coach to send (frames uncertainty, never diagnoses)",
        response: { 200: messageTemplateListSchema, ...errorResponses },
      },
    },
    async () => ({ items: MESSAGE_TEMPLATES.map((t) => ({ ...t })) }),
  );
};
