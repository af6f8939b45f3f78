import {
  idParamsSchema,
  sessionEditRequestSchema,
  sessionGenerateRequestSchema,
  sessionIdParamsSchema,
  sessionListQuerySchema,
  sessionListResponseSchema,
  sessionLogRequestSchema,
  sessionSchema,
} from "@spotter/contracts";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { clients } from "../../db/schema.ts";
import { trainingSessions } from "../../db/schema-programming.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { onSessionLogged } from "../../monitoring/run-pass.ts";
import { assertClientAction, loadVisibleClient } from "../../policies/clients.ts";
import { editDraft, publishDraft } from "../../programming/edit.ts";
import { registerProgrammingExportSections } from "../../programming/export-sections.ts";
import { generateDraft } from "../../programming/generate.ts";
import { logSession } from "../../programming/log-session.ts";
import { loadVisibleSession, presentSession, visibleSessions } from "../../programming/sessions-store.ts";
import { meSessionRoutes } from "./me.ts";

const sessionParams = sessionIdParamsSchema;

/**
 * Training sessions: generate a draft for a client, list a client's sessions, read, edit (drafts
 * only), publish, and log. Mounted at /api (paths span /clients/:id/sessions and /sessions/:sessionId).
 */
export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;
  registerProgrammingExportSections();

  app.post(
    "/clients/:id/sessions",
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
    "/clients/:id/sessions",
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

  app.get(
    "/sessions/:sessionId",
    {
      config: { access: access.member },
      schema: {
        tags: ["programming"],
        summary: "One session with its plan, reasons and log",
        params: sessionParams,
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { row, clientName } = await loadVisibleSession(db, actor, request.params.sessionId);
      await recordAudit(db, request, {
        action: "session.read",
        entityType: "training_session",
        entityId: row.id,
        clientId: row.clientId,
      });
      return presentSession(row, clientName);
    },
  );

  app.patch(
    "/sessions/:sessionId",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary:
          "Edit a draft: swap an item to an offered alternative, or set sets/reps/seconds/load (409 unless draft)",
        params: sessionParams,
        body: sessionEditRequestSchema,
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { row, clientName } = await editDraft(db, request, actor, request.params.sessionId, request.body);
      return presentSession(row, clientName);
    },
  );

  app.post(
    "/sessions/:sessionId/publish",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Publish a draft to the client (409 unless draft)",
        params: sessionParams,
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { row, clientName } = await publishDraft(db, request, actor, request.params.sessionId);
      return presentSession(row, clientName);
    },
  );

  app.post(
    "/sessions/:sessionId/log",
    {
      config: { access: access.member },
      schema: {
        tags: ["programming"],
        summary:
          "Log a published session (the client themself, or their coach); updates progression state and monitoring",
        params: sessionParams,
        body: sessionLogRequestSchema,
        response: { 201: sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { row, clientName } = await logSession(db, request, actor, request.params.sessionId, request.body);
      // Incremental monitoring update (level, flags, proposals) after the log committed. The log and
      // its monitoring row are already stored, so a failure here is caught up by the daily pass.
      try {
        await onSessionLogged(app.database, row.clientId, clock.now().toISOString());
      } catch (err) {
        request.log.error({ err, clientId: row.clientId }, "monitoring update after a session log failed");
      }
      reply.status(201);
      return presentSession(row, clientName);
    },
  );

  await app.register(meSessionRoutes, { prefix: "/me" });
};
