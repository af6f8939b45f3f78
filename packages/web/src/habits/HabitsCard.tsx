import type { HabitView, MeHabits, MissedReasonValue } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { post } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";
import { Button, Card } from "../ui/index.ts";
import { NudgeSettings } from "./NudgeSettings.tsx";
import { daysLabel, lastWeek, MISSED_LABEL, myHabitsKey, myHabitsQuery } from "./queries.ts";
import "./habits.css";

/**
 * The portal's habits on Today: each habit's cue and action, one tap to tick it done (like
 * logging), the last seven days and "5 of the last 7 planned days" (consistency, not a streak to
 * break), and the reminder settings. Nothing shows on error or when there is nothing to show: never between a client and their session.
 */
export function HabitsCard() {
  const res = useQuery(myHabitsQuery());
  if (!res.data) return null;
  const { habits, today } = res.data;
  if (!habits.length) return null;
  return (
    <Card title="Habits" className="habits-card">
      <ul className="habit-list">
        {habits.map((h) => (
          <HabitRow key={h.id} habit={h} today={today} />
        ))}
      </ul>
      <NudgeSettings />
    </Card>
  );
}

/** An open "what got in the way?" on top of Today (where the nudge links), or nothing. */
export function MissedQuestionCard() {
  const res = useQuery(myHabitsQuery());
  const q = res.data?.missedQuestion;
  return q ? <MissedQuestion question={q} /> : null;
}

function HabitRow({ habit, today }: { habit: HabitView; today: string }) {
  const tick = useApiMutation({
    request: (done: boolean) => post<HabitView>(`/api/me/habits/${habit.id}/tick`, { done }),
    invalidates: () => [myHabitsKey],
  });
  const done = habit.consistency.doneToday;
  const ticks = new Set(habit.recentTicks);
  return (
    <li className="habit">
      <div className="habit-text">
        <span className="habit-cue">{habit.cue}:</span> <strong>{habit.action}</strong>
        <span className="habit-days">{daysLabel(habit.days)}</span>
      </div>
      <Button
        variant={done ? "primary" : "secondary"}
        size="lg"
        className="habit-tick"
        aria-pressed={done}
        busy={tick.isPending}
        onClick={() => tick.mutate(!done)}
      >
        {done ? "✓ Done today" : "Mark done"}
      </Button>
      <div
        className="habit-week"
        role="img"
        aria-label={`Last 7 days: ${habit.recentTicks.length ? `done on ${[...ticks].filter((d) => lastWeek(today).includes(d)).length}` : "none done yet"}`}
      >
        {lastWeek(today).map((d) => (
          <span key={d} className={`habit-dot${ticks.has(d) ? " is-done" : ""}${d === today ? " is-today" : ""}`} />
        ))}
      </div>
      <p className="habit-consistency">{habit.consistency.label}</p>
      {tick.error ? <p role="alert">{tick.error.message}</p> : null}
    </li>
  );
}

function MissedQuestion({ question }: { question: NonNullable<MeHabits["missedQuestion"]> }) {
  const answer = useApiMutation({
    request: (reason: MissedReasonValue) => post<MeHabits>(`/api/me/nudges/${question.nudgeId}/answer`, { reason }),
    invalidates: () => [myHabitsKey],
  });
  const when = question.sessionDate
    ? new Date(`${question.sessionDate}T12:00:00Z`).toLocaleDateString(undefined, { weekday: "long", timeZone: "UTC" })
    : "your last planned session";
  return (
    <Card title="What got in the way?" className="missed-card">
      <p>{`The session planned for ${when} wasn't logged. One tap tells your coach, so the plan can fit your week.`}</p>
      <fieldset className="missed-reasons">
        <legend className="visually-hidden">What got in the way?</legend>
        {(Object.keys(MISSED_LABEL) as MissedReasonValue[]).map((r) => (
          <Button key={r} size="lg" busy={answer.isPending && answer.variables === r} onClick={() => answer.mutate(r)}>
            {MISSED_LABEL[r]}
          </Button>
        ))}
      </fieldset>
      {answer.error ? <p role="alert">{answer.error.message}</p> : null}
    </Card>
  );
}
