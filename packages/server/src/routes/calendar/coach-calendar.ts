import { calendarFeedCreatedSchema, calendarFeedStatusSchema, okResponseSchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import {
  coachFeedByToken,
  coachFeedEvents,
  issueCoachFeedToken,
  loadCoachFeed,
  revokeCoachFeed,
} from "../../calendar/coach-feed-store.ts";
import { buildCoachIcsFeed } from "../../calendar/coach-ics.ts";
import { notFound } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { FEED_TOKEN_SHAPE, sendIcsFeed } from "./feed-reply.ts";

const feedPath = (token: string) => `/api/calendar/coach/${token}.ics`;
const tags = ["calendar"];

/**
 * A coach's (or owner's) own calendar feed: the sessions of the clients assigned to them and the
 * weekly check-ins due, at a secret URL they issue, rotate and revoke for themselves (nobody else
 * can: the feed names their clients). The feed is public and opened by its token alone.
 */
export const coachCalendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.get(
    "/calendar/coach-feed",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary: "Whether the caller has a coach calendar feed (the URL is shown only when issued)",
        response: { 200: calendarFeedStatusSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { organizationId, userId } = actorOf(request);
      const feed = await loadCoachFeed(db, { organizationId, userId });
      return { active: feed !== null, createdAt: feed?.createdAt.toISOString() ?? null };
    },
  );

  app.post(
    "/calendar/coach-feed",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary:
          "Issue the caller's coach calendar feed URL (their clients' sessions and check-ins due), replacing (invalidating) any previous one",
        response: { 200: calendarFeedCreatedSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { organizationId, userId } = actorOf(request);
      return db.transaction(async (tx) => {
        const issued = await issueCoachFeedToken(tx, { organizationId, userId }, clock.now());
        await recordAudit(tx, request, {
          action: "coach_calendar_feed.issue",
          entityType: "coach_calendar_feed",
          entityId: issued.id,
        });
        return { token: issued.token, path: feedPath(issued.token), createdAt: issued.createdAt.toISOString() };
      });
    },
  );

  app.delete(
    "/calendar/coach-feed",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary: "Revoke the caller's coach calendar feed: its URL stops working (no feed: nothing to do)",
        response: { 200: okResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { organizationId, userId } = actorOf(request);
      await db.transaction(async (tx) => {
        const removed = await revokeCoachFeed(tx, { organizationId, userId });
        if (removed)
          await recordAudit(tx, request, {
            action: "coach_calendar_feed.revoke",
            entityType: "coach_calendar_feed",
            entityId: removed,
          });
      });
      return { ok: true as const };
    },
  );

  app.get(
    "/calendar/coach/:coachFeedToken.ics",
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary:
          "A coach's calendar feed (iCalendar): one all-day event per session of their assigned clients (drafts marked) and per weekly check-in due",
        params: z.object({ coachFeedToken: z.string().max(200) }),
        response: { 200: z.string().describe("text/calendar (RFC 5545)"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const token = request.params.coachFeedToken;
      const feed = FEED_TOKEN_SHAPE.test(token) ? await coachFeedByToken(db, token) : null;
      if (!feed) throw notFound("calendar feed");
      const body = buildCoachIcsFeed(await coachFeedEvents(db, feed, clock.now()));
      await recordAudit(db, request, {
        action: "coach_calendar_feed.read",
        entityType: "coach_calendar_feed",
        entityId: feed.id,
        organizationId: feed.organizationId,
        actorUserId: null,
      });
      return sendIcsFeed(reply, body);
    },
  );
};
