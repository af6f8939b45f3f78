import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { allItems, estimatedMinutes } from "../../sessions/plan-view.ts";
import { Card, EmptyState, ErrorState, Spinner } from "../../ui/index.ts";
import { formatDate } from "../labels.ts";
import { SessionStatusBadge } from "../session/SessionStatusBadge.tsx";
import { clientSessionsQuery } from "./queries.ts";

export function SessionHistoryCard({ clientId }: { clientId: string }) {
  const res = useQuery(clientSessionsQuery(clientId));
  let body: React.ReactNode;
  if (res.isPending) body = <Spinner label="Loading sessions…" />;
  else if (res.error) body = <ErrorState error={res.error} what="sessions" onRetry={() => void res.refetch()} />;
  else {
    const sessions = res.data.items;
    body = sessions.length ? (
      <ul className="list" aria-label="Sessions">
        {sessions.map((s) => (
          <li key={s.id} className="row-between">
            <span>
              <Link href={`/sessions/${s.id}`}>{formatDate(s.date)}</Link>{" "}
              <span className="muted small">
                {allItems(s).length} exercises
                {s.plan.estimatedMinutes ? ` · ~${estimatedMinutes(s)} min` : ""}
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
