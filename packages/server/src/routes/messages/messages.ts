import { awaitingReplySchema, streamSnapshotSchema, unreadSummarySchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { setUpMessaging } from "../../messaging/handlers.ts";
import { awaitingReply, unreadSummary } from "../../messaging/queries.ts";
import { openEventStream, wantsEventStream } from "../../messaging/sse.ts";

const tags = ["messages"];

/** The coach's view across their clients' threads: unread counts, replies owed, live updates. */
export const messageRoutes: FastifyPluginAsyncZod = async (app) => {
  const runtime = await setUpMessaging(app);

  app.get(
    "/unread",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary: "Threads with messages the caller has not read (assigned clients, or threads the caller joined)",
        response: { 200: unreadSummarySchema, ...errorResponses },
      },
    },
    async (request) => unreadSummary(app.db, actorOf(request)),
  );

  app.get(
    "/awaiting-reply",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary:
          "Client messages no coach has answered yet, with the tier's response promise and whether it has passed",
        response: { 200: awaitingReplySchema, ...errorResponses },
      },
    },
    async (request) => {
      const result = await awaitingReply(app.db, actorOf(request), app.clock.now());
      await recordAudit(app.db, request, {
        action: "messages.awaiting_listed",
        entityType: "organization",
        metadata: { count: result.items.length },
      });
      return result;
    },
  );

  app.get(
    "/stream",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary:
          "Live updates of every thread the caller may see (server-sent events); without the Accept header, the unread total",
        response: { 200: streamSnapshotSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const summary = await unreadSummary(app.db, actor);
      const snapshot = { lastSeq: 0, unread: summary.total };
      if (!wantsEventStream(request)) return snapshot;
      const sub = { organizationId: actor.organizationId, userId: actor.userId, role: actor.role };
      openEventStream(request, reply, runtime.hub, sub, snapshot, runtime.streams);
      return reply;
    },
  );
};
