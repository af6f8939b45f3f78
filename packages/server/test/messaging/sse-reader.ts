/**
 * Reads a real server-sent-events stream over HTTP (fetch with the session cookie), for tests:
 * `next(predicate)` resolves with the first event (past or future) that matches.
 */
import type { TestClient } from "../support.ts";

export type SseEvent = { event: string; data: unknown };

export type SseStream = {
  status: number;
  contentType: string | null;
  next: (match: (e: SseEvent) => boolean) => Promise<SseEvent>;
  close: () => void;
};

export async function openSse(client: TestClient, path: string): Promise<SseStream> {
  const abort = new AbortController();
  const headers: Record<string, string> = { accept: "text/event-stream" };
  if (client.cookie) headers.cookie = client.cookie;
  const res = await fetch(client.baseUrl + path, { headers, signal: abort.signal });
  const events: SseEvent[] = [];
  const waiters: { match: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
  let consumed = 0;
  const deliver = () => {
    for (const w of [...waiters]) {
      const found = events.slice(consumed).find(w.match);
      if (found) {
        consumed = events.indexOf(found) + 1;
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(found);
      }
    }
  };
  void (async () => {
    if (!res.body) return;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut = buffer.indexOf("\n\n");
        while (cut >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const name = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (name && data !== undefined) events.push({ event: name, data: JSON.parse(data) });
          cut = buffer.indexOf("\n\n");
        }
        deliver();
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    status: res.status,
    contentType: res.headers.get("content-type"),
    next: (match) =>
      new Promise((resolve) => {
        waiters.push({ match, resolve });
        deliver();
      }),
    close: () => abort.abort(),
  };
}
