import {
  markReadRequestSchema,
  markReadResponseSchema,
  messageListQuerySchema,
  messageSchema,
  messageThreadSchema,
  postMessageRequestSchema,
  streamSnapshotSchema,
} from "@spotter/contracts";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { forbidden } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { listHandler, postHandler, readHandler, setUpMessaging, streamHandler } from "../../messaging/handlers.ts";
import { loadVisibleClient } from "../../policies/clients.ts";

const tags = ["messages"];

/** The calling client's own conversation with their coaches (the portal's Messages tab). */
export const meMessageRoutes: FastifyPluginAsyncZod = async (app) => {
  const runtime = await setUpMessaging(app);
  const own = (request: FastifyRequest) => {
    const actor = actorOf(request);
    if (!actor.clientId) throw forbidden("this login is not linked to a client record");
    return loadVisibleClient(app.db, actor, actor.clientId);
  };

  app.get(
    "/messages",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "One page of the caller's thread with their coaches, newest last, with read receipts",
        querystring: messageListQuerySchema,
        response: { 200: messageThreadSchema, ...errorResponses },
      },
    },
    async (request) => listHandler(request, await own(request), request.query),
  );

  app.post(
    "/messages",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "Send a message to the caller's coaches",
        body: postMessageRequestSchema,
        response: { 201: messageSchema, ...errorResponses },
      },
    },
    async (request, reply) => postHandler(request, reply, runtime, await own(request), request.body),
  );

  app.post(
    "/messages/read",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "Mark the caller's thread read up to a message",
        body: markReadRequestSchema,
        response: { 200: markReadResponseSchema, ...errorResponses },
      },
    },
    async (request) => readHandler(request, runtime, await own(request), request.body.seq),
  );

  app.get(
    "/messages/stream",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "Live updates of the caller's thread (server-sent events); without the Accept header, the snapshot",
        response: { 200: streamSnapshotSchema, ...errorResponses },
      },
    },
    async (request, reply) => streamHandler(request, reply, runtime, await own(request)),
  );
};
