import type { Message, ReadReceipt } from "@spotter/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { addMessage, setReceipt } from "./mutations.ts";
import { messagesKey, type ThreadRef } from "./queries.ts";

/**
 * Keeps the open page live: an EventSource on one of the stream routes (a thread's, the portal's
 * own, or the coach's inbox) writes new messages and receipts into the TanStack cache and marks
 * the summaries stale. EventSource reconnects by itself; each `ready` (first or after a
 * reconnect) refetches what may have been missed while disconnected.
 */
export function useMessageStream(url: string | null, opts: { myUserId: string; threadRef?: ThreadRef }) {
  const cache = useQueryClient();
  const optsRef = useRef(opts);
  optsRef.current = opts;
  useEffect(() => {
    if (!url || typeof EventSource === "undefined") return;
    const source = new EventSource(url);
    let first = true;
    const refreshSummaries = () => void cache.invalidateQueries({ queryKey: messagesKey, refetchType: "active" });
    source.addEventListener("ready", () => {
      if (!first) refreshSummaries();
      first = false;
    });
    source.addEventListener("message", (e) => {
      const { message } = JSON.parse((e as MessageEvent<string>).data) as { message: Message };
      const { myUserId, threadRef } = optsRef.current;
      const mine = message.authorUserId === myUserId;
      addMessage(cache, threadRef ?? message.clientId, message, mine);
      // The unread and awaiting lists are the server's to count: refetch them.
      void cache.invalidateQueries({ queryKey: [...messagesKey, "unread"] });
      void cache.invalidateQueries({ queryKey: [...messagesKey, "awaiting"] });
      void cache.invalidateQueries({ queryKey: [...messagesKey, "me-unread"] });
    });
    source.addEventListener("read", (e) => {
      const { clientId, receipt } = JSON.parse((e as MessageEvent<string>).data) as {
        clientId: string;
        receipt: ReadReceipt;
      };
      const { myUserId, threadRef } = optsRef.current;
      setReceipt(cache, threadRef ?? clientId, receipt, receipt.userId === myUserId);
    });
    return () => source.close();
  }, [url, cache]);
}
