import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { useMe } from "../auth/index.ts";
import { Badge, Card, ErrorState, Spinner } from "../ui/index.ts";
import { awaitingReplyQuery, unreadQuery } from "./queries.ts";
import { useMessageStream } from "./useMessageStream.ts";
import "./messages.css";

const since = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { weekday: "short", hour: "2-digit", minute: "2-digit" });

/**
 * The coach's Today view of conversations: unread messages per client, and client messages still
 * awaiting a reply, past-promise ones first and marked, so a client hears back within their tier's
 * response time. Live through the coach's inbox stream.
 */
export function InboxCard() {
  const me = useMe();
  useMessageStream("/api/messages/stream", { myUserId: me.user.id });
  const unread = useQuery(unreadQuery());
  const awaiting = useQuery(awaitingReplyQuery());
  const error = unread.error ?? awaiting.error;
  const total = unread.data?.total ?? 0;
  const overdue = awaiting.data?.overdue ?? 0;
  const waiting = awaiting.data?.items ?? [];
  const unreadByClient = new Map((unread.data?.threads ?? []).map((t) => [t.clientId, t.unread]));
  const rows = [
    ...waiting.map((w) => ({ ...w, unread: unreadByClient.get(w.clientId) ?? 0 })),
    ...(unread.data?.threads ?? [])
      .filter((t) => !waiting.some((w) => w.clientId === t.clientId))
      .map((t) => ({ clientId: t.clientId, clientName: t.clientName, unread: t.unread, awaitingSince: null })),
  ];
  return (
    <Card
      title={
        <>
          Messages
          {total > 0 ? (
            <span className="unread-badge" data-testid="coach-unread">
              {total}
              <span className="visually-hidden"> unread</span>
            </span>
          ) : null}
        </>
      }
      actions={
        overdue > 0 ? (
          <span className="small" data-testid="messages-overdue">
            <Badge tone="red">{overdue} past the reply promise</Badge>
          </span>
        ) : undefined
      }
    >
      {error ? (
        <ErrorState error={error} what="messages" onRetry={() => void unread.refetch()} />
      ) : !unread.data || !awaiting.data ? (
        <Spinner label="Loading messages…" />
      ) : rows.length === 0 ? (
        <p className="muted">No unread messages and no client waiting for a reply.</p>
      ) : (
        <ul className="list" data-testid="inbox">
          {rows.map((r) => {
            const w = waiting.find((x) => x.clientId === r.clientId);
            return (
              <li key={r.clientId} className="row-between">
                <span>
                  <Link href={`/clients/${r.clientId}#messages`}>{r.clientName}</Link>
                  {r.unread > 0 ? <span className="muted small"> · {r.unread} unread</span> : null}
                </span>
                {w ? (
                  w.overdue ? (
                    <Badge tone="red">Reply overdue (waiting since {since(w.awaitingSince)})</Badge>
                  ) : (
                    <span className="small muted">
                      Reply by {since(w.dueAt)} · {w.promiseHours} h promise ({w.tierName} tier)
                    </span>
                  )
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
