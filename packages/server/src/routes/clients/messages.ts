import {
  idParamsSchema,
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
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { listHandler, postHandler, readHandler, setUpMessaging, streamHandler } from "../../messaging/handlers.ts";
import { loadVisibleClient } from "../../policies/clients.ts";

const tags = ["messages"];

/**
 * A client's conversation with their coaches: the client themself, every coach assigned to them,
 * and the owner (who joins by reading or writing). Anyone else gets 404.
 */
export const clientMessageRoutes: FastifyPluginAsyncZod = async (app) => {
  const runtime = await setUpMessaging(app);
  const client = (request: FastifyRequest, id: string) => loadVisibleClient(app.db, actorOf(request), id);

  app.get(
    "/:id/messages",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "One page of the client's thread, newest last (before=<seq> for older), with read receipts",
        params: idParamsSchema,
        querystring: messageListQuerySchema,
        response: { 200: messageThreadSchema, ...errorResponses },
      },
    },
    async (request) => listHandler(request, await client(request, request.params.id), request.query),
  );

  app.post(
    "/:id/messages",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "Post a message (optionally attaching a session, a proposal or a chart of this client)",
        params: idParamsSchema,
        body: postMessageRequestSchema,
        response: { 201: messageSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      postHandler(request, reply, runtime, await client(request, request.params.id), request.body),
  );

  app.post(
    "/:id/messages/read",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "Mark the thread read up to a message (the pointer only moves forward)",
        params: idParamsSchema,
        body: markReadRequestSchema,
        response: { 200: markReadResponseSchema, ...errorResponses },
      },
    },
    async (request) => readHandler(request, runtime, await client(request, request.params.id), request.body.seq),
  );

  app.get(
    "/:id/messages/stream",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary:
          "Live updates (server-sent events: ready, message, read) with Accept: text/event-stream; otherwise the snapshot once",
        params: idParamsSchema,
        response: { 200: streamSnapshotSchema, ...errorResponses },
      },
    },
    async (request, reply) => streamHandler(request, reply, runtime, await client(request, request.params.id)),
  );
};
