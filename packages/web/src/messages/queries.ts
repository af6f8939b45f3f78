import type { AwaitingReply, MessageThread, UnreadSummary } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../api/client.ts";

/**
 * A thread is addressed by its client id, or "me" for the signed-in client's own (the portal).
 * Everything about messages shares the ["messages"] prefix, so a live event can refresh it all.
 */
export type ThreadRef = string | "me";

export const messagesKey = ["messages"] as const;
export const threadKey = (ref: ThreadRef) => [...messagesKey, "thread", ref] as const;
export const threadPath = (ref: ThreadRef) => (ref === "me" ? "/api/me/messages" : `/api/clients/${ref}/messages`);

/** The newest page of a thread (oldest first, newest last) with receipts and the caller's unread. */
export const threadQuery = (ref: ThreadRef) =>
  queryOptions({
    queryKey: threadKey(ref),
    queryFn: ({ signal }) => get<MessageThread>(`${threadPath(ref)}?limit=50`, signal),
  });

/** The coach's unread messages across their clients (GET /api/messages/unread). */
export const unreadQuery = () =>
  queryOptions({
    queryKey: [...messagesKey, "unread"],
    queryFn: ({ signal }) => get<UnreadSummary>("/api/messages/unread", signal),
  });

/** Client messages awaiting a coach reply, against each tier's response promise. */
export const awaitingReplyQuery = () =>
  queryOptions({
    queryKey: [...messagesKey, "awaiting"],
    queryFn: ({ signal }) => get<AwaitingReply>("/api/messages/awaiting-reply", signal),
    // "Past the promise" changes with time alone: look again every minute.
    refetchInterval: 60_000,
  });

/** The portal's unread count: the stream route answers a plain GET with its snapshot. */
export const myUnreadQuery = () =>
  queryOptions({
    queryKey: [...messagesKey, "me-unread"],
    queryFn: ({ signal }) => get<{ lastSeq: number; unread: number }>("/api/me/messages/stream", signal),
  });
