import type { QueueItem } from "@spotter/contracts";
import { type ReactNode, useState } from "react";
import { useApi } from "../api/use-api.ts";
import { Card, EmptyState, ErrorState, Spinner } from "../ui/index.ts";
import { MessageDialog, type MessageTemplate } from "./MessageDialog.tsx";
import { QueueItemRow } from "./QueueItemRow.tsx";
import { refreshQueue, useQueue } from "./queue-store.ts";
import { ResolveFlagDialog } from "./ResolveFlagDialog.tsx";
import "./triage.css";

/**
 * The coach's Today queue: open flags and proposals waiting for review across the roster, in the
 * server's order (red, then yellow, then earliest deadline). Overdue items are marked in words and
 * colour; each item carries the action that closes it.
 */
export function TriageQueue() {
  const q = useQueue();
  const templates = useApi<{ items: MessageTemplate[] }>("/api/message-templates");
  const [resolving, setResolving] = useState<QueueItem>();
  const [messaging, setMessaging] = useState<QueueItem>();
  const [notice, setNotice] = useState<string>();
  const byKind = new Map((templates.data?.items ?? []).map((t) => [t.kind, t]));
  const items = q.items ?? [];
  const counts = { red: 0, yellow: 0, overdue: 0 };
  for (const i of items) {
    if (i.level === "red") counts.red++;
    if (i.level === "yellow") counts.yellow++;
    if (i.overdue) counts.overdue++;
  }

  let body: ReactNode;
  if (q.error && !q.items) body = <ErrorState error={q.error} what="the queue" onRetry={q.reload} />;
  else if (!q.items) body = <Spinner label="Loading queue…" />;
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
            now={q.now ?? new Date().toISOString()}
            hasTemplate={byKind.has(i.kind)}
            onResolve={setResolving}
            onMessage={setMessaging}
          />
        ))}
      </ol>
    );

  return (
    <Card
      title={q.items ? `Needs you first (${items.length})` : "Needs you first"}
      className="triage-queue"
      actions={
        q.items && items.length ? (
          <span className="small muted" data-testid="queue-counts">
            {counts.red} red · {counts.yellow} yellow{counts.overdue ? ` · ${counts.overdue} overdue` : ""}
          </span>
        ) : undefined
      }
    >
      <div data-slot="triage-queue" aria-busy={q.loading || undefined}>
        {notice ? (
          <p className="notice notice-blue" role="status">
            {notice}
          </p>
        ) : null}
        {body}
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
          void refreshQueue();
        }}
      />
      <MessageDialog
        template={messaging ? byKind.get(messaging.kind) : undefined}
        clientName={messaging?.clientName ?? ""}
        onClose={() => setMessaging(undefined)}
      />
    </Card>
  );
}
