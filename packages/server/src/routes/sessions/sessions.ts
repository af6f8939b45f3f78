import {
  okResponseSchema,
  sessionEditRequestSchema,
  sessionIdParamsSchema,
  sessionLogRequestSchema,
  sessionPublishRequestSchema,
  sessionSchema,
} from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { notFound } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { onSessionLogged } from "../../monitoring/run-pass.ts";
import { presentSession } from "../../presenters/session.ts";
import { deleteDraft, editDraft, publishDraft } from "../../programming/edit.ts";
import { logSession } from "../../programming/log-session.ts";
import { loadVisibleSession } from "../../programming/sessions-store.ts";
import { portalGate } from "../../safety/portal.ts";

const sessionParams = sessionIdParamsSchema;

/**
 * One training session: read, edit (drafts only), publish, and log (drafting and listing a client's
 * sessions are under /clients, the client's own under /me).
 */
export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.get(
    "/:sessionId",
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
      // A client does not see a session the safety gate hides (red open, clearance missing).
      if (actor.role === "client") {
        const gate = await portalGate(db, row.organizationId, row.clientId, clock.now(), clientName);
        if (!(await gate.visible(row))) throw notFound("session");
      }
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
    "/:sessionId",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary:
          "Edit a draft: swap an item to an offered alternative, set sets/reps/seconds/load, add a catalog exercise, remove an item, move one up/down (409 unless draft)",
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

  app.delete(
    "/:sessionId",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Delete a draft (409 for a published or logged session: it is the client's record)",
        params: sessionParams,
        response: { 200: okResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      await deleteDraft(db, request, actorOf(request), request.params.sessionId);
      return { ok: true as const };
    },
  );

  app.post(
    "/:sessionId/publish",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary:
          "Publish a draft to the client (409 unless draft, or while a red flag is open or a clearance is missing: send override.reason to publish anyway, audited)",
        params: sessionParams,
        body: sessionPublishRequestSchema,
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { row, clientName } = await publishDraft(
        db,
        request,
        actor,
        request.params.sessionId,
        request.body?.override,
      );
      return presentSession(row, clientName);
    },
  );

  app.post(
    "/:sessionId/log",
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
};
