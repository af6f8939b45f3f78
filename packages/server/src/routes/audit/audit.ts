import { auditListResponseSchema, auditQuerySchema } from "@spotter/contracts";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { auditEvents, users } from "../../db/schema.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { presentAuditEvent } from "../../presenters/audit.ts";

/** The organization's audit trail (owner). */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  app.get(
    "",
    {
      config: { access: access.owner },
      schema: {
        tags: ["audit"],
        summary: "The organization's audit trail, newest first (owner)",
        querystring: auditQuerySchema,
        response: { 200: auditListResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { clientId, page, pageSize } = request.query;
      // Reads queued for the batched write (audit/read-batcher.ts) belong in what the owner sees.
      await request.server.readAudit.flush();
      const conditions: SQL[] = [eq(auditEvents.organizationId, actor.organizationId)];
      if (clientId) conditions.push(eq(auditEvents.clientId, clientId));
      const where = and(...conditions);
      const [total] = await db.select({ n: count() }).from(auditEvents).where(where);
      const rows = await db
        .select({ event: auditEvents, actorName: users.name })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorUserId))
        .where(where)
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      return {
        items: rows.map(({ event, actorName }) => presentAuditEvent(event, actorName)),
        total: Number(total?.n ?? 0),
        page,
        pageSize,
      };
    },
  );
};
