import type { Message } from "@spotter/contracts";
import { and, eq, inArray } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { messageReads } from "../db/schema-messaging.ts";
import { notify } from "../notifications/index.ts";

export type NewMessageNotice = {
  client: { id: string; organizationId: string; userId: string | null; name: string };
  threadId: string;
  /** The thread's other participants (participants.ts othersThan). */
  recipients: string[];
  message: Message;
  /** The recipients' read pointers, when the caller already has them (threadPeople); else read here. */
  readUpTo?: ReadonlyMap<string, number>;
};

/**
 * Tells the thread's other participants through the notifications outbox, in the posting
 * transaction. Batched: one unread-message notification per recipient and thread until they read
 * it. The dedupe key carries the recipient's read pointer, so every further message before they
 * read lands on the same key (recorded once); once they read, the pointer moves and the next
 * message notifies again. The text names the author only: a message may hold health details and
 * email is not private.
 */
export async function notifyNewMessage(tx: DbExecutor, notice: NewMessageNotice): Promise<void> {
  const { client, threadId, recipients, message } = notice;
  if (recipients.length === 0) return;
  const readUpTo = notice.readUpTo ?? (await readPointers(tx, threadId, recipients));
  const author = message.authorName ?? (message.authorRole === "client" ? client.name : "your coach");
  // One notify() for every recipient: one preferences read and one insert, whatever their number.
  const perRecipient = new Map(
    recipients.map((userId) => {
      const toClient = userId === client.userId;
      return [
        userId,
        {
          subject: toClient ? `New message from ${author}` : `New message from ${client.name}`,
          linkPath: toClient ? "/messages" : `/clients/${client.id}#messages`,
          dedupeKey: `message:${threadId}:after:${readUpTo.get(userId) ?? 0}`,
        },
      ];
    }),
  );
  await notify(tx, {
    organizationId: client.organizationId,
    recipientUserIds: recipients,
    kind: "message",
    subject: `New message from ${client.name}`,
    body: "You have unread messages in Spotter. Open the conversation to read and reply.",
    clientId: client.id,
    perRecipient,
  });
}

async function readPointers(tx: DbExecutor, threadId: string, userIds: string[]): Promise<Map<string, number>> {
  const pointers = await tx
    .select({ userId: messageReads.userId, seq: messageReads.lastReadSeq })
    .from(messageReads)
    .where(and(eq(messageReads.threadId, threadId), inArray(messageReads.userId, userIds)));
  return new Map(pointers.map((p) => [p.userId, p.seq]));
}
