import { Link } from "wouter";
import { normalizeSessionList } from "../../api/session-list.ts";
import { allItems } from "../../api/session-types.ts";
import { useApi } from "../../api/use-api.ts";
import { Card, EmptyState, ErrorState, Spinner } from "../../ui/index.ts";
import { formatDate } from "../labels.ts";
import { SessionStatusBadge } from "../session/SessionStatusBadge.tsx";

export function SessionHistoryCard({ clientId }: { clientId: string }) {
  const res = useApi<unknown>(`/api/clients/${clientId}/sessions`);
  let body: React.ReactNode;
  if (res.loading) body = <Spinner label="Loading sessions…" />;
  else if (res.error) body = <ErrorState error={res.error} what="sessions" onRetry={res.reload} />;
  else {
    const sessions = normalizeSessionList(res.data);
    body = sessions.length ? (
      <ul className="list" aria-label="Sessions">
        {sessions.map((s) => (
          <li key={s.id} className="row-between">
            <span>
              <Link href={`/sessions/${s.id}`}>{formatDate(s.date)}</Link>{" "}
              <span className="muted small">
                {allItems(s).length} exercises
                {s.plan.estimatedMinutes ? ` · ~${s.plan.estimatedMinutes} min` : ""}
                {s.log?.sessionRpe ? ` · session RPE ${s.log.sessionRpe}` : ""}
              </span>
            </span>
            <SessionStatusBadge status={s.status} />
          </li>
        ))}
      </ul>
    ) : (
      <EmptyState title="No sessions yet">
        Generate the first one from this page's “Generate session” button.
      </EmptyState>
    );
  }
  return <Card title="Sessions">{body}</Card>;
}
