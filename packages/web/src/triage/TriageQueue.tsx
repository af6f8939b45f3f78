import type { MessageTemplate, QueueItem } from "@spotter/contracts";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { Button, Card, EmptyState, ErrorState, Spinner } from "../ui/index.ts";
import { MessageDialog } from "./MessageDialog.tsx";
import { QueueItemRow } from "./QueueItemRow.tsx";
import { messageTemplatesQuery, queueQuery } from "./queries.ts";
import { ResolveFlagDialog } from "./ResolveFlagDialog.tsx";
import "./triage.css";

/**
 * The coach's Today queue: open flags and proposals waiting for review across the roster, in the
 * server's order (red, then yellow, then earliest deadline). Overdue items are marked in words and
 * colour; each item carries the action that closes it.
 */
export function TriageQueue() {
  const queue = useInfiniteQuery(queueQuery());
  const templates = useQuery(messageTemplatesQuery());
  const [resolving, setResolving] = useState<QueueItem>();
  const [messaging, setMessaging] = useState<QueueItem>();
  const [notice, setNotice] = useState<string>();
  const byKind = new Map<string, MessageTemplate>((templates.data?.items ?? []).map((t) => [t.kind, t]));
  const pages = queue.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const first = pages[0];
  const now = first?.now ?? "";
  // The server counts the whole queue (all pages), not only the rows loaded so far.
  const total = first?.total ?? items.length;
  const counts = first?.counts ?? { red: 0, yellow: 0, overdue: 0 };

  let body: ReactNode;
  if (queue.error && !queue.data)
    body = <ErrorState error={queue.error} what="the queue" onRetry={() => void queue.refetch()} />;
  else if (!queue.data) body = <Spinner label="Loading queue…" />;
  else if (items.length === 0)
    body = (
      <EmptyState title="Nothing needs you right now">
        No open flags and no changes waiting for review. New check-ins and logs update this list.
      </EmptyState>
    );
  else
    body = (
      <ol className="triage-list" aria-label="Needs you, most urgent first">
        {items.map((i) => (
          <QueueItemRow
            key={i.id}
            item={i}
            now={now}
            hasTemplate={byKind.has(i.kind)}
            onResolve={setResolving}
            onMessage={setMessaging}
          />
        ))}
      </ol>
    );
  const more = queue.hasNextPage ? (
    <Button size="sm" onClick={() => void queue.fetchNextPage()} disabled={queue.isFetchingNextPage}>
      {queue.isFetchingNextPage ? "Loading…" : `Show more (${total - items.length} left)`}
    </Button>
  ) : null;

  return (
    <Card
      title={queue.data ? `Needs you first (${total})` : "Needs you first"}
      className="triage-queue"
      actions={
        queue.data && items.length ? (
          <span className="small muted" data-testid="queue-counts">
            {counts.red} red · {counts.yellow} yellow{counts.overdue ? ` · ${counts.overdue} overdue` : ""}
          </span>
        ) : undefined
      }
    >
      <div data-slot="triage-queue" aria-busy={queue.isFetching || undefined}>
        {notice ? (
          <p className="notice notice-blue" role="status">
            {notice}
          </p>
        ) : null}
        {body}
        {more}
      </div>
      <ResolveFlagDialog
        flag={resolving}
        onClose={() => setResolving(undefined)}
        onResolved={(paused) => {
          const who = resolving?.clientName ?? "the client";
          setResolving(undefined);
          setNotice(
            paused
              ? `Flag resolved for ${who}. Another red is still open, so automation stays paused.`
              : `Flag resolved for ${who}.`,
          );
        }}
      />
      <MessageDialog
        template={messaging ? byKind.get(messaging.kind) : undefined}
        clientId={messaging?.clientId ?? ""}
        clientName={messaging?.clientName ?? ""}
        onClose={() => setMessaging(undefined)}
      />
    </Card>
  );
}
