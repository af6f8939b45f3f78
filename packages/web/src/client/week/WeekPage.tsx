import type { WeekDay, WeekResponse } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { useMe } from "../../auth/index.ts";
import { ExerciseList } from "../../coach/week/ExerciseList.tsx";
import { addDays, dayName, shortDate } from "../../coach/week/format.ts";
import { PrintWeekLink } from "../../coach/week/PrintWeekLink.tsx";
import { weekQuery } from "../../coach/week/queries.ts";
import { Card, EmptyState, ErrorState, Spinner } from "../../ui/index.ts";
import "./week.css";

const STATUS_TEXT = { published: "Ready", logged: "Done", draft: "Planned" } as const;

function Day({ day, today }: { day: WeekDay; today: string }) {
  const session = day.sessions[0];
  return (
    <li className={`pweek-day${day.date === today ? " is-today" : ""}`}>
      <span className="pweek-date">
        {dayName(day.date)}
        {day.date === today ? " · today" : ""}
      </span>
      {session ? (
        <span className="pweek-what">
          <strong>{session.dayLabel}</strong>
          <span className={`pweek-status is-${session.status}`}>{STATUS_TEXT[session.status]}</span>
          <span className="muted">~{Math.round(session.estimatedMinutes)} min</span>
          {session.status === "published" && day.date === today ? <Link href="/">Start</Link> : null}
          <ExerciseList names={session.main} label={`Exercises on ${dayName(day.date)}`} />
        </span>
      ) : day.planned ? (
        <span className="pweek-what">
          <strong>{day.planned.label}</strong>
          <span className="muted">{day.date < today ? "Not published" : "Your coach is preparing it"}</span>
        </span>
      ) : (
        <span className="pweek-what muted">Rest day</span>
      )}
    </li>
  );
}

function WeekList({ title, data }: { title: string; data: WeekResponse }) {
  const trains = data.week.days.some((d) => d.planned || d.sessions.length);
  return (
    <Card
      title={`${title} · ${shortDate(data.week.start)} – ${shortDate(addDays(data.week.start, 6))}`}
      actions={
        trains ? (
          <PrintWeekLink clientId={data.clientId} start={data.week.start} label={`Print ${title.toLowerCase()}`} />
        ) : null
      }
    >
      {trains ? (
        <ol className="pweek-list">
          {data.week.days.map((d) => (
            <Day key={d.date} day={d} today={data.today} />
          ))}
        </ol>
      ) : (
        <p className="muted">No training planned.</p>
      )}
    </Card>
  );
}

/** The client's upcoming week: the days their plan trains and the sessions their coach published. */
export function WeekPage() {
  const me = useMe();
  const clientId = me.clientId ?? "";
  const now = useQuery({ ...weekQuery(clientId), enabled: clientId !== "" });
  const nextStart = now.data ? addDays(now.data.week.start, 7) : undefined;
  const next = useQuery({ ...weekQuery(clientId, nextStart), enabled: nextStart !== undefined });
  if (!clientId) return <EmptyState title="No training plan">Your login is not linked to a client record.</EmptyState>;
  if (now.error) return <ErrorState error={now.error} what="your week" onRetry={() => void now.refetch()} />;
  if (!now.data) return <Spinner label="Loading your week…" />;
  return (
    <>
      <h1 tabIndex={-1}>Your week</h1>
      <WeekList title="This week" data={now.data} />
      {next.data ? <WeekList title="Next week" data={next.data} /> : null}
    </>
  );
}
