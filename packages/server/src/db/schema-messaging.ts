/**
 * Coach–client conversations: one thread per client, its messages (numbered per thread so
 * pagination and read receipts are exact even when two messages share a timestamp), and one read
 * pointer per participant ("read up to message N"). Every table cascades from `clients`, so
 * deleting a client deletes their conversation; the export lists it (messaging/export.ts).
 */
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients, organizations, users } from "./schema.ts";

const orgId = () =>
  uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });
const clientId = () =>
  uuid("client_id")
    .notNull()
    .references(() => clients.id, { onDelete: "cascade" });

/**
 * `last_seq` is the number of the newest message (0 when empty); posting increments it under the
 * row lock, which serialises concurrent posts. `awaiting_since` is when the oldest client message
 * not yet answered by a coach or owner was posted (null when the staff spoke last): the
 * response-time promise is measured from it.
 */
export const messageThreads = pgTable(
  "message_threads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    clientId: clientId(),
    lastSeq: integer("last_seq").notNull().default(0),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }),
    awaitingSince: timestamp("awaiting_since", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("message_threads_client").on(t.clientId),
    index("message_threads_org_awaiting").on(t.organizationId, t.awaitingSince),
  ],
);

/**
 * `author_role` is the author's role when they wrote (the badge stays true if their role changes
 * later). An attachment is a reference to one of the organization's own records about this
 * client: a training session or a proposal (by id), or a chart (by kind; the client is the
 * thread's). It is checked when posted and resolved again when read.
 */
export const messages = pgTable(
  "messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    clientId: clientId(),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => messageThreads.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    authorRole: text("author_role", { enum: ["client", "coach", "owner"] }).notNull(),
    body: text("body").notNull(),
    attachmentKind: text("attachment_kind", { enum: ["session", "proposal", "chart"] }),
    attachmentId: uuid("attachment_id"),
    attachmentChart: text("attachment_chart"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("messages_thread_seq").on(t.threadId, t.seq)],
);

/** A participant's read pointer: every message with `seq <= last_read_seq` is read by them. */
export const messageReads = pgTable(
  "message_reads",
  {
    threadId: uuid("thread_id")
      .notNull()
      .references(() => messageThreads.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: orgId(),
    clientId: clientId(),
    lastReadSeq: integer("last_read_seq").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] }), index("message_reads_user").on(t.userId)],
);

/** Tables in foreign-key order, for backup/restore. */
export const MESSAGING_TABLES_IN_ORDER = ["message_threads", "messages", "message_reads"] as const;
