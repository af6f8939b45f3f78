import type { Message, PostMessageRequest, ReadReceipt } from "@spotter/contracts";
import { and, eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit/record.ts";
import type { CommandContext } from "../commands/context.ts";
import type { clients } from "../db/schema.ts";
import { users } from "../db/schema.ts";
import { messageReads, messages, messageThreads } from "../db/schema-messaging.ts";
import { checkAttachment } from "./attachments.ts";
import { notifyNewMessage } from "./notify-new-message.ts";
import { othersThan, participantsOf, threadPeople } from "./participants.ts";
import type { MessagingRuntime } from "./runtime.ts";

type ClientRow = typeof clients.$inferSelect;

/**
 * Posts a message in the client's thread (created with the first message). One transaction: the
 * thread's counter (its row lock orders concurrent posts), the message, the author's read pointer
 * (writing implies having read), the audit event, the other participants' notification and the
 * stream event (NOTIFY on PostgreSQL, delivered only on commit).
 */
export async function postMessage(
  ctx: CommandContext,
  runtime: MessagingRuntime,
  client: ClientRow,
  input: { body: string; attachment?: PostMessageRequest["attachment"] },
): Promise<Message> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  const fromClient = actor.role === "client";
  const { message, afterCommit } = await ctx.database.db.transaction(async (tx) => {
    const attachment = await checkAttachment(tx, actor, client, input.attachment);
    const [thread] = await tx
      .insert(messageThreads)
      .values({
        organizationId: client.organizationId,
        clientId: client.id,
        lastSeq: 1,
        lastMessageAt: now,
        awaitingSince: fromClient ? now : null,
      })
      .onConflictDoUpdate({
        target: messageThreads.clientId,
        set: {
          lastSeq: sql`${messageThreads.lastSeq} + 1`,
          lastMessageAt: now,
          // A client message starts the promise clock unless one is already running; a coach's
          // or owner's reply stops it.
          awaitingSince: fromClient ? sql`coalesce(${messageThreads.awaitingSince}, ${now.toISOString()})` : null,
        },
      })
      .returning({ id: messageThreads.id, lastSeq: messageThreads.lastSeq });
    if (!thread) throw new Error("thread upsert returned nothing");
    const [row] = await tx
      .insert(messages)
      .values({
        organizationId: client.organizationId,
        clientId: client.id,
        threadId: thread.id,
        seq: thread.lastSeq,
        authorUserId: actor.userId,
        authorRole: actor.role,
        body: input.body,
        ...attachment.columns,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("message insert returned nothing");
    await advancePointer(tx, client, thread.id, actor.userId, thread.lastSeq, now);
    await recordAudit(tx, ctx.request, {
      action: "message.posted",
      entityType: "message",
      entityId: row.id,
      clientId: client.id,
      metadata: { seq: row.seq, byRole: actor.role, attachment: attachment.columns.attachmentKind },
    });
    const { people, authorName, readUpTo } = await threadPeople(tx, client, thread.id, actor.userId);
    const message: Message = {
      id: row.id,
      clientId: client.id,
      seq: row.seq,
      authorUserId: actor.userId,
      authorName,
      authorRole: row.authorRole,
      body: row.body,
      attachment: attachment.presented,
      createdAt: row.createdAt.toISOString(),
    };
    const recipients = othersThan(people, actor.userId);
    await notifyNewMessage(tx, { client, threadId: thread.id, recipients, message, readUpTo });
    const afterCommit = await runtime.announce(tx, {
      organizationId: client.organizationId,
      clientId: client.id,
      coachUserIds: people.coachUserIds,
      event: { type: "message", message },
    });
    return { message, afterCommit };
  });
  afterCommit();
  return message;
}

/** Moves a read pointer forward only (a stale tab cannot un-read); returns the stored pointer. */
async function advancePointer(
  tx: Parameters<typeof recordAudit>[0],
  client: ClientRow,
  threadId: string,
  userId: string,
  seq: number,
  now: Date,
) {
  const [row] = await tx
    .insert(messageReads)
    .values({
      threadId,
      userId,
      organizationId: client.organizationId,
      clientId: client.id,
      lastReadSeq: seq,
      readAt: now,
    })
    .onConflictDoUpdate({
      target: [messageReads.threadId, messageReads.userId],
      set: {
        lastReadSeq: sql`greatest(${messageReads.lastReadSeq}, excluded.last_read_seq)`,
        readAt: sql`case when excluded.last_read_seq > ${messageReads.lastReadSeq} then excluded.read_at else ${messageReads.readAt} end`,
      },
    })
    .returning();
  return row;
}

/**
 * Marks the caller's messages read up to `seq` (capped at the newest), audited, and tells the
 * thread's open streams (the other side sees "Seen"). A thread without messages has nothing to
 * mark: the caller gets a zero pointer and nothing is stored.
 */
export async function markRead(
  ctx: CommandContext,
  runtime: MessagingRuntime,
  client: ClientRow,
  seq: number,
): Promise<{ receipt: ReadReceipt; unread: number }> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  const [me] = await ctx.database.db.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
  const name = me?.name ?? "";
  const result = await ctx.database.db.transaction(async (tx) => {
    const [thread] = await tx
      .select({ id: messageThreads.id, lastSeq: messageThreads.lastSeq })
      .from(messageThreads)
      .where(and(eq(messageThreads.clientId, client.id), eq(messageThreads.organizationId, client.organizationId)));
    if (!thread) return null;
    const pointer = await advancePointer(tx, client, thread.id, actor.userId, Math.min(seq, thread.lastSeq), now);
    if (!pointer) throw new Error("read pointer upsert returned nothing");
    const receipt: ReadReceipt = {
      userId: actor.userId,
      name,
      role: actor.role,
      lastReadSeq: pointer.lastReadSeq,
      readAt: pointer.readAt.toISOString(),
    };
    await recordAudit(tx, ctx.request, {
      action: "message.read",
      entityType: "message_thread",
      entityId: thread.id,
      clientId: client.id,
      metadata: { lastReadSeq: pointer.lastReadSeq },
    });
    const people = await participantsOf(tx, client, thread.id);
    const afterCommit = await runtime.announce(tx, {
      organizationId: client.organizationId,
      clientId: client.id,
      coachUserIds: people.coachUserIds,
      event: { type: "read", clientId: client.id, receipt },
    });
    return { receipt, unread: thread.lastSeq - pointer.lastReadSeq, afterCommit };
  });
  if (!result)
    return {
      receipt: { userId: actor.userId, name, role: actor.role, lastReadSeq: 0, readAt: now.toISOString() },
      unread: 0,
    };
  result.afterCommit();
  return { receipt: result.receipt, unread: result.unread };
}
