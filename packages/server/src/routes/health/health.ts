import { healthResponseSchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/health",
    {
      config: { access: { public: true } },
      schema: { tags: ["system"], summary: "Liveness and database check", response: { 200: healthResponseSchema } },
    },
    async () => {
      await app.database.query("select 1");
      return { status: "ok" as const, database: app.database.kind };
    },
  );
};
