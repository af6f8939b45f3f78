import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { useMe } from "../../auth/index.ts";
import { InboxCard } from "../../messages/InboxCard.tsx";
import { TriageQueue } from "../../triage/TriageQueue.tsx";
import { Card, EmptyState, ErrorState, PageHead, Spinner } from "../../ui/index.ts";
import { CheckInsAwaitingCard } from "../../weekly-checkin/CheckInsAwaitingCard.tsx";
import { formatDate } from "../labels.ts";
import { SessionStatusBadge } from "../session/SessionStatusBadge.tsx";
import { coachTodayQuery } from "./queries.ts";

export function TodayPage() {
  const me = useMe();
  const { data, error, refetch } = useQuery(coachTodayQuery());
  const greeting = new Date().getHours() < 12 ? "Good morning" : "Hello";
  const dateLine = new Date().toLocaleDateString(undefined, { weekday: "long", day: "numeric", month: "long" });
  return (
    <>
      <PageHead title={`${greeting}, ${me.user.name.split(" ")[0]}`} subtitle={dateLine} />
      {error ? (
        <ErrorState error={error} what="today's overview" onRetry={() => void refetch()} />
      ) : !data ? (
        <Spinner label="Loading today…" />
      ) : data.totalClients === 0 ? (
        <EmptyState
          title="Welcome to Spotter"
          action={
            <div className="btn-row" style={{ justifyContent: "center" }}>
              <Link href="/profile" className="btn btn-secondary btn-md">
                Write your trainer profile
              </Link>
              <Link href="/intake" className="btn btn-primary btn-md">
                Onboard a client
              </Link>
            </div>
          }
        >
          Set up your methodology once, then run an intake for your first client.
        </EmptyState>
      ) : (
        <div className="layout-2">
          <div>
            <TriageQueue />
            <InboxCard />
            <CheckInsAwaitingCard />
            <Card title={`Drafts to review (${data.drafts.length})`}>
              {data.drafts.length === 0 ? (
                <p className="muted">No drafts waiting. Generated sessions appear here until you publish them.</p>
              ) : (
                <ul className="list">
                  {data.drafts.map((s) => (
                    <li key={s.id} className="row-between">
                      <span>
                        <Link href={`/sessions/${s.id}`}>{s.clientName}</Link>{" "}
                        <span className="muted small">{formatDate(s.date)}</span>
                      </span>
                      <SessionStatusBadge status={s.status} />
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card title="Recent logs">
              {data.recentLogs.length === 0 ? (
                <p className="muted">No logged sessions yet.</p>
              ) : (
                <ul className="list">
                  {data.recentLogs.map((s) => (
                    <li key={s.id} className="row-between">
                      <span>
                        <Link href={`/sessions/${s.id}`}>{s.clientName}</Link>{" "}
                        <span className="muted small">{formatDate(s.date)}</span>
                      </span>
                      <span className="small">{s.sessionRpe !== null ? `RPE ${s.sessionRpe}` : ""}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </div>
          <Card title={`Sessions to build (${data.toBuildTotal})`}>
            {data.toBuild.length === 0 ? (
              <p className="muted">Everyone has a session for today.</p>
            ) : (
              <ul className="list">
                {data.toBuild.slice(0, 15).map((c) => (
                  <li key={c.id} className="row-between">
                    <Link href={`/clients/${c.id}`}>{c.name}</Link>
                    <Link
                      href={`/clients/${c.id}/generate`}
                      className="btn btn-secondary btn-sm"
                      aria-label={`Generate a session for ${c.name}`}
                    >
                      Generate
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {data.toBuildTotal > 15 ? (
              <p className="muted small">
                and {data.toBuildTotal - 15} more — <Link href="/clients">see all clients</Link>
              </p>
            ) : null}
          </Card>
        </div>
      )}
    </>
  );
}
