import { flagViewSchema, idParamsSchema } from "@spotter/contracts";
import { and, desc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { flags } from "../../db/schema-monitoring.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { presentFlag } from "../../presenters/flag.ts";

/** A client's flags, open first (resolving is under /flags). */
export const clientFlagRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    "/:id/flags",
    {
      config: { access: access.coach },
      schema: {
        tags: ["flags"],
        summary: "A client's flags, open first",
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(flagViewSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const rows = await db
        .select()
        .from(flags)
        .where(and(eq(flags.clientId, client.id), eq(flags.organizationId, actor.organizationId)))
        .orderBy(desc(flags.status), desc(flags.createdAt))
        .limit(200);
      await recordAudit(db, request, {
        action: "flag.listed",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
      });
      return { items: rows.map(presentFlag) };
    },
  );
};
