import {
  calendarFeedCreatedSchema,
  calendarFeedStatusSchema,
  idParamsSchema,
  okResponseSchema,
} from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { registerCalendarExportSection } from "../../calendar/export-section.ts";
import { feedByToken, feedSessions, issueFeedToken, loadFeed, revokeFeed } from "../../calendar/feed-store.ts";
import { buildIcsFeed } from "../../calendar/ics-feed.ts";
import { notFound } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { coachCalendarRoutes } from "./coach-calendar.ts";
import { FEED_TOKEN_SHAPE, sendIcsFeed } from "./feed-reply.ts";

const feedPath = (token: string) => `/api/calendar/${token}.ics`;

/**
 * Calendar feeds. The client, their coach or the owner manage the feed (create or rotate, revoke)
 * through signed-in routes scoped like every client record; the feed itself is public and opened
 * by its secret token alone, because calendar apps cannot send cookies.
 */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;
  registerCalendarExportSection();
  await app.register(coachCalendarRoutes);
  const schema = (summary: string, response: z.ZodType) => ({
    tags: ["calendar"],
    summary,
    params: idParamsSchema,
    response: { 200: response, ...errorResponses },
  });

  app.get(
    "/clients/:id/calendar-feed",
    {
      config: { access: access.member },
      schema: schema(
        "Whether the client has a calendar feed (the URL is shown only when issued)",
        calendarFeedStatusSchema,
      ),
    },
    async (request) => {
      const client = await loadVisibleClient(db, actorOf(request), request.params.id);
      const feed = await loadFeed(db, client.organizationId, client.id);
      return { active: feed !== null, createdAt: feed?.createdAt.toISOString() ?? null };
    },
  );

  app.post(
    "/clients/:id/calendar-feed",
    {
      config: { access: access.member },
      schema: schema(
        "Issue the client's calendar feed URL, replacing (invalidating) any previous one",
        calendarFeedCreatedSchema,
      ),
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        const client = await loadVisibleClient(tx, actor, request.params.id);
        const ids = { organizationId: client.organizationId, clientId: client.id, userId: actor.userId };
        const issued = await issueFeedToken(tx, ids, clock.now());
        await recordAudit(tx, request, {
          action: "calendar_feed.issue",
          entityType: "calendar_feed",
          entityId: issued.id,
          clientId: client.id,
        });
        return { token: issued.token, path: feedPath(issued.token), createdAt: issued.createdAt.toISOString() };
      });
    },
  );

  app.delete(
    "/clients/:id/calendar-feed",
    {
      config: { access: access.member },
      schema: schema(
        "Revoke the client's calendar feed: its URL stops working (no feed: nothing to do)",
        okResponseSchema,
      ),
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction(async (tx) => {
        const client = await loadVisibleClient(tx, actor, request.params.id);
        const removed = await revokeFeed(tx, client.organizationId, client.id);
        if (!removed) return;
        await recordAudit(tx, request, {
          action: "calendar_feed.revoke",
          entityType: "calendar_feed",
          entityId: removed,
          clientId: client.id,
        });
      });
      return { ok: true as const };
    },
  );

  app.get(
    "/calendar/:feedToken.ics",
    {
      config: { access: { public: true } },
      schema: {
        tags: ["calendar"],
        summary:
          "A client's calendar feed (iCalendar, text/calendar): one all-day event per published or logged session the portal shows, titled with its day label; nothing else about the client",
        params: z.object({ feedToken: z.string().max(200) }),
        response: { 200: z.string().describe("text/calendar (RFC 5545)"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const token = request.params.feedToken;
      const feed = FEED_TOKEN_SHAPE.test(token) ? await feedByToken(db, token) : null;
      if (!feed) throw notFound("calendar feed");
      const body = buildIcsFeed(await feedSessions(db, feed, clock.now()));
      await recordAudit(db, request, {
        action: "calendar_feed.read",
        entityType: "calendar_feed",
        entityId: feed.id,
        clientId: feed.clientId,
        organizationId: feed.organizationId,
        actorUserId: null,
      });
      return sendIcsFeed(reply, body);
    },
  );
};
