import {
  idParamsSchema,
  sessionGenerateRequestSchema,
  sessionListQuerySchema,
  sessionListResponseSchema,
  sessionSchema,
} from "@spotter/contracts";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { clients } from "../../db/schema.ts";
import { trainingSessions } from "../../db/schema-programming.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { assertClientAction, loadVisibleClient } from "../../policies/clients.ts";
import { presentSession } from "../../presenters/session.ts";
import { registerProgrammingExportSections } from "../../programming/export-sections.ts";
import { generateDraft } from "../../programming/generate.ts";
import { visibleSessions } from "../../programming/sessions-store.ts";

/** A client's training sessions: generate a draft, list them. */
export const clientSessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  registerProgrammingExportSections();

  app.post(
    "/:id/sessions",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Generate a session draft for a client from today's parameters (stored with its reasons)",
        params: idParamsSchema,
        body: sessionGenerateRequestSchema,
        response: { 201: sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      assertClientAction(actor, "update");
      const row = await generateDraft(db, request, actor, client, request.body);
      reply.status(201);
      return presentSession(row, client.name);
    },
  );

  app.get(
    "/:id/sessions",
    {
      config: { access: access.member },
      schema: {
        tags: ["programming"],
        summary: "A client's sessions, newest first, paginated (client: their own, drafts hidden)",
        params: idParamsSchema,
        querystring: sessionListQuerySchema,
        response: { 200: sessionListResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const { page, pageSize, status } = request.query;
      const conditions: SQL[] = [visibleSessions(actor), eq(trainingSessions.clientId, client.id)];
      if (status !== "all") conditions.push(eq(trainingSessions.status, status));
      const where = and(...conditions);
      const base = () =>
        db.select({ n: count() }).from(trainingSessions).innerJoin(clients, eq(clients.id, trainingSessions.clientId));
      const [total] = await base().where(where);
      const rows = await db
        .select({ row: trainingSessions })
        .from(trainingSessions)
        .innerJoin(clients, eq(clients.id, trainingSessions.clientId))
        .where(where)
        .orderBy(desc(trainingSessions.date), desc(trainingSessions.createdAt))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      await recordAudit(db, request, {
        action: "session.list",
        entityType: "training_session",
        clientId: client.id,
        metadata: { resultCount: rows.length, page },
      });
      return {
        items: rows.map((r) => presentSession(r.row, client.name)),
        total: Number(total?.n ?? 0),
        page,
        pageSize,
      };
    },
  );
};
