import { useState } from "react";
import { Link } from "wouter";
import { normalizeSession } from "../api/session-types.ts";
import { useApi } from "../api/use-api.ts";
import { Card, EmptyState, ErrorState, Spinner } from "../ui/index.ts";
import { SessionLogger } from "./SessionLogger.tsx";

/** Today's published session, or a calm "nothing today". */
export function TodayPage() {
  const res = useApi<unknown>("/api/me/today");
  const [logged, setLogged] = useState(false);
  if (logged)
    return (
      <>
        <h1 tabIndex={-1}>Today</h1>
        <Card title="Session logged">
          <p role="status">Nice work! Your coach can see your log now.</p>
          <p>
            <Link href="/history">See your history</Link> · <Link href="/checkin">Tomorrow morning: check in</Link>
          </p>
        </Card>
      </>
    );
  if (res.loading) return <Spinner label="Loading today's session…" />;
  if (res.error && !res.error.isNotFound)
    return <ErrorState error={res.error} what="today's session" onRetry={res.reload} />;
  const raw = res.data as { session?: unknown } | null | undefined;
  const body = raw && typeof raw === "object" && "session" in raw ? raw.session : raw;
  if (!body || res.error) {
    return (
      <>
        <h1 tabIndex={-1}>Today</h1>
        <EmptyState
          title="No session today"
          action={
            <Link href="/checkin" className="btn btn-primary btn-lg">
              Do today's check-in
            </Link>
          }
        >
          Your coach hasn't published a session for today. A quick check-in helps them plan the next one.
        </EmptyState>
      </>
    );
  }
  const session = normalizeSession(body);
  return <SessionLogger session={session} onLogged={() => setLogged(true)} />;
}
