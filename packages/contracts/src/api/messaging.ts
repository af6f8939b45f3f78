import { z } from "zod";
import { text } from "../common.ts";
import {
  ATTACHMENT_KINDS,
  CHART_KINDS,
  MESSAGE_AUTHOR_ROLES,
  MESSAGE_BODY_MAX,
  MESSAGE_PAGE_DEFAULT,
  MESSAGE_PAGE_MAX,
} from "./messaging-limits.ts";

/**
 * HTTP shapes of coach–client conversations: one thread per client, messages numbered per thread
 * (`seq`, oldest 1), read pointers per participant, unread counts, and the replies still owed
 * under the client's tier promise.
 */

// Plain values live in messaging-limits.ts, without zod: a page that needs only a limit or a list
// (the message box) then does not build every schema of the contracts when the app starts.
export {
  ATTACHMENT_KINDS,
  type AttachmentKind,
  CHART_KINDS,
  type ChartKind,
  MESSAGE_AUTHOR_ROLES,
  MESSAGE_BODY_MAX,
  MESSAGE_PAGE_DEFAULT,
  MESSAGE_PAGE_MAX,
} from "./messaging-limits.ts";

/** A reference to one of the organization's own records about the thread's client. */
export const attachmentRequestSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("session"), id: z.uuid() }),
  z.object({ kind: z.literal("proposal"), id: z.uuid() }),
  z.object({ kind: z.literal("chart"), chart: z.enum(CHART_KINDS) }),
]);
export type AttachmentRequest = z.infer<typeof attachmentRequestSchema>;

/** POST /clients/:id/messages and /me/messages. */
export const postMessageRequestSchema = z.object({
  body: text(MESSAGE_BODY_MAX)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, "must not be empty"),
  attachment: attachmentRequestSchema.optional(),
});
export type PostMessageRequest = z.input<typeof postMessageRequestSchema>;

export const attachmentSchema = z.object({
  kind: z.enum(ATTACHMENT_KINDS),
  id: z.string().nullable(),
  chart: z.enum(CHART_KINDS).nullable(),
  /** A short human label ("Session 2026-11-30", "Proposal: load change", "Readiness chart"). */
  label: z.string(),
  /** False when the record was deleted after the message was sent. */
  available: z.boolean(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const messageSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  seq: z.number().int(),
  authorUserId: z.string().nullable(),
  authorName: z.string().nullable(),
  authorRole: z.enum(MESSAGE_AUTHOR_ROLES),
  body: z.string(),
  attachment: attachmentSchema.nullable(),
  createdAt: z.string(),
});
export type Message = z.infer<typeof messageSchema>;

/** A participant's read pointer: every message with seq <= lastReadSeq is read by them. */
export const readReceiptSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  role: z.enum(MESSAGE_AUTHOR_ROLES),
  lastReadSeq: z.number().int(),
  readAt: z.string(),
});
export type ReadReceipt = z.infer<typeof readReceiptSchema>;

export const messageListQuerySchema = z.object({
  /** Messages older than this seq (the previous page); omitted = the newest page. */
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(MESSAGE_PAGE_MAX).default(MESSAGE_PAGE_DEFAULT),
});

/** GET /clients/:id/messages: one page, oldest first (newest last). */
export const messageThreadSchema = z.object({
  clientId: z.uuid(),
  clientName: z.string(),
  items: z.array(messageSchema),
  /** True when messages older than the first item exist (ask with before=items[0].seq). */
  hasMore: z.boolean(),
  lastSeq: z.number().int(),
  /** The caller's unread messages in this thread. */
  unread: z.number().int(),
  receipts: z.array(readReceiptSchema),
});
export type MessageThread = z.infer<typeof messageThreadSchema>;

export const markReadRequestSchema = z.object({
  /** The newest seq the caller has seen; the pointer never moves backwards. */
  seq: z.number().int().min(0),
});
export type MarkReadRequest = z.infer<typeof markReadRequestSchema>;

export const markReadResponseSchema = z.object({ receipt: readReceiptSchema, unread: z.number().int() });

/** GET /messages/unread (coach, owner): threads with unread messages, plus the total. */
export const unreadSummarySchema = z.object({
  total: z.number().int(),
  threads: z.array(
    z.object({
      clientId: z.uuid(),
      clientName: z.string(),
      unread: z.number().int(),
      lastMessageAt: z.string().nullable(),
    }),
  ),
});
export type UnreadSummary = z.infer<typeof unreadSummarySchema>;

/** GET /messages/awaiting-reply: client messages no coach has answered, against the tier promise. */
export const awaitingReplySchema = z.object({
  items: z.array(
    z.object({
      clientId: z.uuid(),
      clientName: z.string(),
      /** When the oldest unanswered client message was sent. */
      awaitingSince: z.string(),
      tierName: z.string(),
      /** The tier's response hours (its red-level hours while the client is red). */
      promiseHours: z.number(),
      dueAt: z.string(),
      overdue: z.boolean(),
    }),
  ),
  overdue: z.number().int(),
});
export type AwaitingReply = z.infer<typeof awaitingReplySchema>;

/** What a stream (server-sent events) carries: `event: message` / `event: read`, data as JSON. */
export const messageEventSchema = z.object({ type: z.literal("message"), message: messageSchema });
export const readEventSchema = z.object({
  type: z.literal("read"),
  clientId: z.uuid(),
  receipt: readReceiptSchema,
});
export type MessageStreamEvent = z.infer<typeof messageEventSchema> | z.infer<typeof readEventSchema>;

/** A stream route asked without `Accept: text/event-stream` answers this once instead. */
export const streamSnapshotSchema = z.object({ lastSeq: z.number().int(), unread: z.number().int() });
