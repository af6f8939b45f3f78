import {
  type AttachmentRequest,
  CHART_KINDS,
  type ChartKind,
  MESSAGE_BODY_MAX,
  type Message,
  type MessageThread,
} from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { Link } from "wouter";
import { get } from "../api/client.ts";
import { Button, ErrorState, Spinner } from "../ui/index.ts";
import { useMarkRead, usePostMessage } from "./mutations.ts";
import { type ThreadRef, threadPath, threadQuery } from "./queries.ts";
import "./messages.css";

const CHART_LABELS: Record<ChartKind, string> = {
  readiness: "Readiness chart",
  load: "Training load chart",
  progress: "Strength progress chart",
  weight: "Weight trend chart",
};

const time = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { weekday: "short", hour: "2-digit", minute: "2-digit" });

/**
 * One conversation: messages newest last, "Seen" under the caller's newest message once another
 * participant's read pointer passes it, older pages on demand, and a composer. Marks what it shows
 * as read while the page is visible. `attachCharts` lets a coach point at one of the client's charts.
 */
export function Thread({
  threadRef,
  myUserId,
  attachCharts = false,
  sessionHref,
}: {
  threadRef: ThreadRef;
  myUserId: string;
  attachCharts?: boolean;
  /** Where an attached session opens (the coach's session page); none in the portal. */
  sessionHref?: (id: string) => string;
}) {
  const thread = useQuery(threadQuery(threadRef));
  const markRead = useMarkRead(threadRef);
  const [older, setOlder] = useState<Message[]>([]);
  const [olderMore, setOlderMore] = useState<boolean | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const data = thread.data;

  const unread = data?.unread ?? 0;
  const lastSeq = data?.lastSeq ?? 0;
  const { mutate: mark, isPending: marking } = markRead;
  useEffect(() => {
    if (unread > 0 && !marking && document.visibilityState === "visible") mark(lastSeq);
  }, [unread, lastSeq, marking, mark]);

  // Keep the newest message in view as messages arrive.
  const count = data?.items.length ?? 0;
  useEffect(() => {
    const list = listRef.current;
    if (list && count > 0) list.scrollTop = list.scrollHeight;
  }, [count]);

  if (thread.error)
    return <ErrorState error={thread.error} what="the conversation" onRetry={() => void thread.refetch()} />;
  if (!data) return <Spinner label="Loading messages…" />;

  const items = [...older.filter((o) => !data.items.some((m) => m.id === o.id)), ...data.items];
  const hasMore = olderMore ?? data.hasMore;
  const others = data.receipts.filter((r) => r.userId !== myUserId);
  const myLast = [...items].reverse().find((m) => m.authorUserId === myUserId);
  const seenBy = myLast ? others.filter((r) => r.lastReadSeq >= myLast.seq).map((r) => r.name) : [];

  async function loadOlder() {
    const first = items[0];
    if (!first) return;
    setLoadingOlder(true);
    try {
      const page = await get<MessageThread>(`${threadPath(threadRef)}?limit=50&before=${first.seq}`);
      setOlder((o) => [...page.items, ...o]);
      setOlderMore(page.hasMore);
    } finally {
      setLoadingOlder(false);
    }
  }

  return (
    <div className="thread" data-testid="thread">
      {hasMore ? (
        <Button size="sm" variant="ghost" busy={loadingOlder} onClick={() => void loadOlder()}>
          Show older messages
        </Button>
      ) : null}
      {items.length === 0 ? (
        <p className="muted small">No messages yet. Say hello.</p>
      ) : (
        <ol className="thread-list" ref={listRef} aria-label="Messages" aria-live="polite">
          {items.map((m) => (
            <li key={m.id} className={`bubble${m.authorUserId === myUserId ? " bubble-mine" : ""}`}>
              <p className="bubble-meta small">
                <strong>{m.authorUserId === myUserId ? "You" : (m.authorName ?? "Former member")}</strong>
                {m.authorRole !== "client" &&
                m.authorUserId !== myUserId &&
                m.authorName?.toLowerCase() !== m.authorRole
                  ? ` · ${m.authorRole}`
                  : ""}{" "}
                · <time dateTime={m.createdAt}>{time(m.createdAt)}</time>
              </p>
              <p className="bubble-body">{m.body}</p>
              {m.attachment ? (
                <p className="bubble-attachment small">
                  📎{" "}
                  {m.attachment.kind === "session" && m.attachment.id && sessionHref && m.attachment.available ? (
                    <Link href={sessionHref(m.attachment.id)}>{m.attachment.label}</Link>
                  ) : (
                    m.attachment.label
                  )}
                </p>
              ) : null}
              {m.id === myLast?.id && seenBy.length > 0 ? (
                <p className="bubble-seen small" data-testid="seen">
                  Seen by {seenBy.join(", ")}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <Composer threadRef={threadRef} attachCharts={attachCharts} />
    </div>
  );
}

/** The text box and Send; Ctrl/⌘+Enter sends too. */
export function Composer({
  threadRef,
  attachCharts,
  initialText = "",
  onSent,
  label = "Write a message",
}: {
  threadRef: ThreadRef;
  attachCharts?: boolean;
  initialText?: string;
  onSent?: () => void;
  label?: string;
}) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const [chart, setChart] = useState<ChartKind | "">("");
  const send = usePostMessage(threadRef);
  const empty = text.trim().length === 0;

  function submit() {
    if (empty || send.isPending) return;
    const attachment: AttachmentRequest | undefined = chart ? { kind: "chart", chart } : undefined;
    send.mutate(
      { body: text, attachment },
      {
        onSuccess: () => {
          setText("");
          setChart("");
          onSent?.();
        },
      },
    );
  }

  return (
    <form
      className="composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label className="label" htmlFor={`${id}-text`}>
        {label}
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        maxLength={MESSAGE_BODY_MAX}
        rows={3}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) submit();
        }}
      />
      {send.error ? (
        <p className="notice notice-red small" role="alert">
          {send.error.message}
        </p>
      ) : null}
      <div className="btn-row composer-actions">
        {attachCharts ? (
          <select
            aria-label="Attach a chart"
            value={chart}
            onChange={(e) => setChart(e.target.value as ChartKind | "")}
            className="composer-attach"
          >
            <option value="">No attachment</option>
            {CHART_KINDS.map((k) => (
              <option key={k} value={k}>
                {CHART_LABELS[k]}
              </option>
            ))}
          </select>
        ) : null}
        <Button type="submit" variant="primary" busy={send.isPending} disabled={empty}>
          Send
        </Button>
        {text.length > MESSAGE_BODY_MAX - 200 ? (
          <span className="small muted">
            {text.length}/{MESSAGE_BODY_MAX}
          </span>
        ) : null}
      </div>
    </form>
  );
}
