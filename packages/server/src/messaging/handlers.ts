import type { PostMessageRequest } from "@spotter/contracts";
import type { FastifyReply, FastifyRequest } from "fastify";
import { recordAudit } from "../audit/record.ts";
import type { clients } from "../db/schema.ts";
import { actorOf, commandContext } from "../http/route-kit.ts";
import { markRead, postMessage } from "./commands.ts";
import { registerMessagingExportSections } from "./export.ts";
import { listThread, loadMessageEvent, threadSnapshot } from "./queries.ts";
import { type MessagingRuntime, messagingRuntime } from "./runtime.ts";
import { openEventStream, wantsEventStream } from "./sse.ts";

type ClientRow = typeof clients.$inferSelect;

/**
 * What the three route files share (/clients/:id/messages, /me/messages, /messages): the runtime
 * (hub + cross-node bridge) and one handler per operation, given a client the caller may see.
 */
export async function setUpMessaging(app: Parameters<typeof messagingRuntime>[0]): Promise<MessagingRuntime> {
  registerMessagingExportSections();
  return messagingRuntime(app, loadMessageEvent);
}

export async function listHandler(
  request: FastifyRequest,
  client: ClientRow,
  page: { before?: number; limit: number },
) {
  const { db } = request.server;
  const thread = await listThread(db, actorOf(request), client, page);
  await recordAudit(db, request, {
    action: "messages.listed",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    metadata: { count: thread.items.length, before: page.before ?? null },
  });
  return thread;
}

export async function postHandler(
  request: FastifyRequest,
  reply: FastifyReply,
  runtime: MessagingRuntime,
  client: ClientRow,
  body: { body: string; attachment?: PostMessageRequest["attachment"] },
) {
  const message = await postMessage(commandContext(request), runtime, client, body);
  return reply.code(201).send(message);
}

export const readHandler = (request: FastifyRequest, runtime: MessagingRuntime, client: ClientRow, seq: number) =>
  markRead(commandContext(request), runtime, client, seq);

/**
 * A thread's live stream. With `Accept: text/event-stream` (EventSource): `ready` with the
 * snapshot, then `message` and `read` events until the page closes. Anything else gets the
 * snapshot once as JSON, so a plain HTTP client (and the authorization matrix) gets an answer.
 */
export async function streamHandler(
  request: FastifyRequest,
  reply: FastifyReply,
  runtime: MessagingRuntime,
  client: ClientRow,
) {
  const actor = actorOf(request);
  const { db } = request.server;
  const snapshot = await threadSnapshot(db, actor.userId, client.id);
  await recordAudit(db, request, {
    action: "messages.stream_opened",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
  });
  if (!wantsEventStream(request)) return snapshot;
  openEventStream(
    request,
    reply,
    runtime.hub,
    {
      organizationId: actor.organizationId,
      userId: actor.userId,
      role: actor.role,
      ownClientId: actor.clientId,
      threadClientId: client.id,
    },
    snapshot,
    runtime.streams,
  );
  return reply;
}
