import type { AwaitingReply, Message, MessageStreamEvent, MessageThread, UnreadSummary } from "@spotter/contracts";
import { and, asc, desc, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import type { Database } from "../db/open.ts";
import { clients, coachClients, memberships, users } from "../db/schema.ts";
import { messageReads, messages, messageThreads } from "../db/schema-messaging.ts";
import { clientMonitoring, serviceTiers } from "../db/schema-monitoring.ts";
import { redNow } from "../monitoring/red-now.ts";
import { FALLBACK_TIER } from "../monitoring/tiers.ts";
import { visibleClients } from "../policies/clients.ts";
import { presentAttachment, resolveLabels } from "./attachments.ts";

type ClientRef = { id: string; organizationId: string; name: string; userId: string | null };
type MessageRow = typeof messages.$inferSelect & { authorName: string | null };

const HOUR_MS = 3_600_000;

async function presentMessages(db: DbExecutor, client: ClientRef, rows: MessageRow[]): Promise<Message[]> {
  const labels = await resolveLabels(db, client, rows);
  return rows.map((r) => ({
    id: r.id,
    clientId: r.clientId,
    seq: r.seq,
    authorUserId: r.authorUserId,
    authorName: r.authorName,
    authorRole: r.authorRole,
    body: r.body,
    attachment: presentAttachment(r, labels),
    createdAt: r.createdAt.toISOString(),
  }));
}

const messageColumns = {
  id: messages.id,
  organizationId: messages.organizationId,
  clientId: messages.clientId,
  threadId: messages.threadId,
  seq: messages.seq,
  authorUserId: messages.authorUserId,
  authorRole: messages.authorRole,
  body: messages.body,
  attachmentKind: messages.attachmentKind,
  attachmentId: messages.attachmentId,
  attachmentChart: messages.attachmentChart,
  createdAt: messages.createdAt,
  authorName: users.name,
};

/** One page of a client's thread, oldest first, with every participant's read pointer. */
export async function listThread(
  db: DbExecutor,
  actor: Actor,
  client: ClientRef,
  page: { before?: number; limit: number },
): Promise<MessageThread> {
  const [thread] = await db
    .select()
    .from(messageThreads)
    .where(and(eq(messageThreads.clientId, client.id), eq(messageThreads.organizationId, client.organizationId)));
  const empty = {
    clientId: client.id,
    clientName: client.name,
    items: [],
    hasMore: false,
    lastSeq: 0,
    unread: 0,
    receipts: [],
  };
  if (!thread) return empty;
  const rows = await db
    .select(messageColumns)
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .where(and(eq(messages.threadId, thread.id), page.before ? lt(messages.seq, page.before) : undefined))
    .orderBy(desc(messages.seq))
    .limit(page.limit + 1);
  const hasMore = rows.length > page.limit;
  const items = await presentMessages(db, client, rows.slice(0, page.limit).reverse());
  const pointers = await db
    .select({
      userId: messageReads.userId,
      name: users.name,
      role: memberships.role,
      lastReadSeq: messageReads.lastReadSeq,
      readAt: messageReads.readAt,
    })
    .from(messageReads)
    .innerJoin(users, eq(users.id, messageReads.userId))
    .leftJoin(
      memberships,
      and(eq(memberships.userId, messageReads.userId), eq(memberships.organizationId, messageReads.organizationId)),
    )
    .where(eq(messageReads.threadId, thread.id))
    .orderBy(asc(users.name));
  const receipts = pointers.map((p) => ({
    userId: p.userId,
    name: p.name,
    role: p.userId === client.userId ? ("client" as const) : (p.role ?? "coach"),
    lastReadSeq: p.lastReadSeq,
    readAt: p.readAt.toISOString(),
  }));
  const mine = pointers.find((p) => p.userId === actor.userId)?.lastReadSeq ?? 0;
  return { ...empty, items, hasMore, lastSeq: thread.lastSeq, unread: thread.lastSeq - mine, receipts };
}

/** The newest seq and the caller's unread count in one thread (the stream's first event). */
export async function threadSnapshot(db: DbExecutor, userId: string, clientId: string) {
  const [row] = await db
    .select({ lastSeq: messageThreads.lastSeq, read: messageReads.lastReadSeq })
    .from(messageThreads)
    .leftJoin(messageReads, and(eq(messageReads.threadId, messageThreads.id), eq(messageReads.userId, userId)))
    .where(eq(messageThreads.clientId, clientId));
  const lastSeq = row?.lastSeq ?? 0;
  return { lastSeq, unread: lastSeq - (row?.read ?? 0) };
}

/**
 * Threads with messages the caller has not read, among the clients they may see and take part in
 * (assigned to them, or joined by reading or writing: an owner is not pestered by every thread).
 */
export async function unreadSummary(db: DbExecutor, actor: Actor): Promise<UnreadSummary> {
  const unread = sql<number>`(${messageThreads.lastSeq} - coalesce(${messageReads.lastReadSeq}, 0))::int`;
  const rows = await db
    .select({ clientId: clients.id, clientName: clients.name, unread, lastMessageAt: messageThreads.lastMessageAt })
    .from(messageThreads)
    .innerJoin(clients, eq(clients.id, messageThreads.clientId))
    .leftJoin(messageReads, and(eq(messageReads.threadId, messageThreads.id), eq(messageReads.userId, actor.userId)))
    .where(
      and(
        eq(messageThreads.organizationId, actor.organizationId),
        visibleClients(actor),
        sql`${unread} > 0`,
        sql`(${messageReads.userId} is not null or exists (select 1 from ${coachClients} where ${coachClients.clientId} = ${clients.id} and ${coachClients.coachUserId} = ${actor.userId}))`,
      ),
    )
    .orderBy(desc(messageThreads.lastMessageAt))
    .limit(500);
  const threads = rows.map((r) => ({ ...r, lastMessageAt: r.lastMessageAt?.toISOString() ?? null }));
  return { total: threads.reduce((s, t) => s + t.unread, 0), threads };
}

/**
 * Client messages no coach or owner has answered yet, oldest first, against the client's tier
 * promise: the tier's red-level response hours while the client is red (the stored level or an
 * open red flag: monitoring/red-now.ts), its yellow-level hours otherwise (a message is at least as
 * urgent as a yellow flag). A client without a tier falls back to the organization's default
 * tier, and an organization without tiers to the monitoring fallback (monitoring/tiers.ts
 * FALLBACK_TIER), as flags do.
 */
export async function awaitingReply(db: DbExecutor, actor: Actor, now: Date): Promise<AwaitingReply> {
  const defaultTier = sql`(select ${serviceTiers.id} from ${serviceTiers} where ${serviceTiers.organizationId} = ${clients.organizationId} and ${serviceTiers.isDefault} limit 1)`;
  const rows = await db
    .select({
      clientId: clients.id,
      clientName: clients.name,
      awaitingSince: messageThreads.awaitingSince,
      tierName: serviceTiers.name,
      yellowHours: serviceTiers.responseHoursYellow,
      redHours: serviceTiers.responseHoursRed,
      red: redNow(),
    })
    .from(messageThreads)
    .innerJoin(clients, eq(clients.id, messageThreads.clientId))
    .leftJoin(clientMonitoring, eq(clientMonitoring.clientId, clients.id))
    .leftJoin(serviceTiers, sql`${serviceTiers.id} = coalesce(${clientMonitoring.tierId}, ${defaultTier})`)
    .where(
      and(
        eq(messageThreads.organizationId, actor.organizationId),
        visibleClients(actor),
        eq(clients.status, "active"),
        isNotNull(messageThreads.awaitingSince),
      ),
    )
    .orderBy(asc(messageThreads.awaitingSince))
    .limit(500);
  const items = rows.map((r) => {
    const since = r.awaitingSince as Date;
    const hours =
      r.tierName === null
        ? FALLBACK_TIER.responseHours
        : {
            yellow: r.yellowHours ?? FALLBACK_TIER.responseHours.yellow,
            red: r.redHours ?? FALLBACK_TIER.responseHours.red,
          };
    const promiseHours = r.red ? hours.red : hours.yellow;
    const due = new Date(since.getTime() + promiseHours * HOUR_MS);
    return {
      clientId: r.clientId,
      clientName: r.clientName,
      awaitingSince: since.toISOString(),
      tierName: r.tierName ?? FALLBACK_TIER.name,
      promiseHours,
      dueAt: due.toISOString(),
      overdue: now.getTime() > due.getTime(),
    };
  });
  items.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return { items, overdue: items.filter((i) => i.overdue).length };
}

/** A message as its stream event, loaded by id (a NOTIFY too large to carry it). */
export async function loadMessageEvent(database: Database, messageId: string): Promise<MessageStreamEvent | null> {
  const { db } = database;
  const [row] = await db
    .select({ ...messageColumns, clientName: clients.name, clientUserId: clients.userId })
    .from(messages)
    .innerJoin(clients, eq(clients.id, messages.clientId))
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .where(eq(messages.id, messageId));
  if (!row) return null;
  const client = {
    id: row.clientId,
    organizationId: row.organizationId,
    name: row.clientName,
    userId: row.clientUserId,
  };
  const [message] = await presentMessages(db, client, [row]);
  return message ? { type: "message", message } : null;
}
