import {
  flagViewSchema,
  idParamsSchema,
  resolveFlagRequestSchema,
  resolveFlagResponseSchema,
} from "@spotter/contracts";
import { and, desc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { resolveFlag } from "../../commands/flags.ts";
import { flags } from "../../db/schema-monitoring.ts";
import { access, actorOf, commandContext, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { presentFlag } from "../../presenters/flag.ts";

const params = z.object({ flagId: z.uuid() });

/** Flags: a client's list, and resolving one (commands/flags.ts: a red needs an outcome and a note). */
export const flagRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    "/clients/:id/flags",
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

  app.post(
    "/flags/:flagId/resolve",
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
