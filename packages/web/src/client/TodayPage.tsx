import { useMutationState, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { HabitsCard, MissedQuestionCard } from "../habits/HabitsCard.tsx";
import { Card, EmptyState, ErrorState, Spinner } from "../ui/index.ts";
import { WeeklyCheckInCard } from "../weekly-checkin/WeeklyCheckInCard.tsx";
import { logSessionKey } from "./mutations.ts";
import { myTodayQuery } from "./queries.ts";
import { SafetyNotice } from "./SafetyNotice.tsx";
import { SessionLogger } from "./SessionLogger.tsx";
import { SurveyCard } from "./survey/SurveyCard.tsx";

/** Today's published session, or a calm "nothing today". */
export function TodayPage() {
  const res = useQuery(myTodayQuery());
  const [logged, setLogged] = useState(false);
  // A log sent on reconnect may succeed after this page re-mounted (its callback is then gone) and
  // today's list no longer holds the logged session: the mutation cache still knows it went out.
  const sentLogs = useMutationState({ filters: { mutationKey: logSessionKey, status: "success" } });
  if (logged || sentLogs.length > 0)
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
  if (res.isPending) return <Spinner label="Loading today's session…" />;
  if (res.error) return <ErrorState error={res.error} what="today's session" onRetry={() => void res.refetch()} />;
  const session = res.data.session;
  const notice = res.data.safety ? <SafetyNotice safety={res.data.safety} /> : null;
  if (!session) {
    return (
      <>
        <h1 tabIndex={-1}>Today</h1>
        {notice}
        <MissedQuestionCard />
        {res.data.safety?.paused ? null : (
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
        )}
        <HabitsCard />
        <WeeklyCheckInCard />
        <SurveyCard />
      </>
    );
  }
  return (
    <>
      {notice}
      <MissedQuestionCard />
      <SessionLogger session={session} onLogged={() => setLogged(true)} />
      <HabitsCard />
      <WeeklyCheckInCard />
    </>
  );
}
