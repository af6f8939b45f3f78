import type { AttachmentRequest, Message, MessageThread, ReadReceipt } from "@spotter/contracts";
import type { QueryClient } from "@tanstack/react-query";
import { post } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";
import { messagesKey, type ThreadRef, threadKey, threadPath } from "./queries.ts";

/** Adds a message to a cached thread once (the post's answer and the live event may both bring it). */
export function addMessage(cache: QueryClient, ref: ThreadRef, message: Message, mine: boolean): void {
  cache.setQueryData<MessageThread>(threadKey(ref), (t) => {
    if (!t || t.items.some((m) => m.id === message.id)) return t;
    const items = [...t.items, message].sort((a, b) => a.seq - b.seq);
    const lastSeq = Math.max(t.lastSeq, message.seq);
    return { ...t, items, lastSeq, unread: mine ? 0 : t.unread + 1 };
  });
}

/** Replaces one participant's read pointer in a cached thread. */
export function setReceipt(cache: QueryClient, ref: ThreadRef, receipt: ReadReceipt, mine: boolean): void {
  cache.setQueryData<MessageThread>(threadKey(ref), (t) => {
    if (!t) return t;
    const receipts = [...t.receipts.filter((r) => r.userId !== receipt.userId), receipt];
    return { ...t, receipts, unread: mine ? Math.max(0, t.lastSeq - receipt.lastReadSeq) : t.unread };
  });
}

export function usePostMessage(ref: ThreadRef) {
  return useApiMutation({
    request: (body: { body: string; attachment?: AttachmentRequest }) => post<Message>(threadPath(ref), body),
    update: (cache, message) => addMessage(cache, ref, message, true),
    invalidates: () => [
      [...messagesKey, "unread"],
      [...messagesKey, "awaiting"],
    ],
  });
}

export function useMarkRead(ref: ThreadRef) {
  return useApiMutation({
    request: (seq: number) => post<{ receipt: ReadReceipt; unread: number }>(`${threadPath(ref)}/read`, { seq }),
    update: (cache, r) => setReceipt(cache, ref, r.receipt, true),
    invalidates: () => [
      [...messagesKey, "unread"],
      [...messagesKey, "me-unread"],
    ],
  });
}
