import {
  idParamsSchema,
  weekActionResponseSchema,
  weekGenerateRequestSchema,
  weekMoveRequestSchema,
  weekPublishRequestSchema,
  weekQuerySchema,
  weekResponseSchema,
} from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { assertClientAction, loadVisibleClient } from "../../policies/clients.ts";
import { generateWeek, moveDay, publishWeek } from "../../programming/week-commands.ts";
import { loadWeek } from "../../programming/week-plan.ts";
import { clientWeekPrintRoutes } from "./week-print.ts";

/**
 * A client's week and block view: the planned days (roadmap × method days × the client's weekdays,
 * with the coach's moves) and the sessions on them; generate or publish the week at once; move a
 * day. The client reads their own (no drafts); the writes are the coach's.
 */
export const clientWeekRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;
  await app.register(clientWeekPrintRoutes);

  app.get(
    "/:id/week",
    {
      config: { access: access.member },
      schema: {
        tags: ["programming"],
        summary:
          "The week containing ?start (default this week) with its planned method days and sessions, and the block view (this block and the next); a client sees their own, without drafts",
        params: idParamsSchema,
        querystring: weekQuerySchema,
        response: { 200: weekResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const { view } = await loadWeek(db, actor, client, clock.now(), request.query.start);
      await recordAudit(db, request, {
        action: "week.read",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
        metadata: { weekStart: view.week.start },
      });
      return view;
    },
  );

  app.post(
    "/:id/week/generate",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary:
          "Draft every planned day of the week without a session (not past days), each like a single generate with the calendar's method day; one result per day",
        params: idParamsSchema,
        body: weekGenerateRequestSchema,
        response: { 200: weekActionResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      assertClientAction(actor, "update");
      const results = await generateWeek(db, request, actor, client, request.body);
      const { view } = await loadWeek(db, actor, client, clock.now(), request.body.start);
      return { results, week: view };
    },
  );

  app.post(
    "/:id/week/publish",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary:
          "Publish every draft of the week, each through the publish gate like the single route (a refused session stays a draft; its result carries the 409 and blockers)",
        params: idParamsSchema,
        body: weekPublishRequestSchema,
        response: { 200: weekActionResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      assertClientAction(actor, "update");
      const results = await publishWeek(db, request, actor, client, request.body);
      const { view } = await loadWeek(db, actor, client, clock.now(), request.body.start);
      return { results, week: view };
    },
  );

  app.patch(
    "/:id/week",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary:
          "Move the planned day on `from` (and its draft) to `to`; generation then drafts it on `to` (409 for a published/logged session or a taken day)",
        params: idParamsSchema,
        body: weekMoveRequestSchema,
        response: { 200: weekResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      assertClientAction(actor, "update");
      await moveDay(db, request, actor, client, request.body);
      const { view } = await loadWeek(db, actor, client, clock.now(), request.body.to);
      return view;
    },
  );
};
