import type { ClientHabits, HabitInput, HabitView, MissedReasonValue } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, post } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";
import { Badge, Button, Card, type Tone } from "../ui/index.ts";
import { clientHabitsKey, clientHabitsQuery, daysLabel, MISSED_LABEL, WEEKDAYS } from "./queries.ts";
import "./habits.css";

const STATUS_TONE: Record<HabitView["consistency"]["status"], Tone> = {
  not_started: "neutral",
  building: "blue",
  consistent: "green",
  on_and_off: "yellow",
  restarting: "neutral",
};
const STATUS_LABEL: Record<HabitView["consistency"]["status"], string> = {
  not_started: "Not started",
  building: "Building",
  consistent: "Consistent",
  on_and_off: "On and off",
  restarting: "Restarting",
};

/**
 * The coach's view of a client's habits (consistency as "5 of the last 7 planned days"), the
 * answers to "what got in the way?" after missed sessions (counted over four weeks), the nudges
 * sent and whether the client switched them off; set a habit with a cue and weekdays.
 */
export function HabitsPanel({ clientId }: { clientId: string }) {
  const res = useQuery(clientHabitsQuery(clientId));
  if (!res.data) return null;
  const d = res.data;
  return (
    <Card title="Habits and nudges" className="habits-panel">
      {d.habits.length ? (
        <ul className="habit-list">
          {d.habits.map((h) => (
            <CoachHabit key={h.id} clientId={clientId} habit={h} />
          ))}
        </ul>
      ) : (
        <p className="habit-empty">No habits yet. A cue the client already has makes one stick: "after training".</p>
      )}
      <AddHabit clientId={clientId} />
      <Missed missed={d.missed} />
      <p className="nudge-summary">
        {d.preferences.optedOut
          ? "Nudges are off for this client."
          : `Nudges on · quiet ${d.preferences.quietStart}–${d.preferences.quietEnd} (${d.preferences.timeZone}) · ${d.nudges.length} sent in 14 days`}
      </p>
    </Card>
  );
}

function CoachHabit({ clientId, habit }: { clientId: string; habit: HabitView }) {
  const stop = useApiMutation({
    request: () => api(`DELETE`, `/api/clients/${clientId}/habits/${habit.id}`),
    invalidates: () => [clientHabitsKey(clientId)],
  });
  const c = habit.consistency;
  return (
    <li className="habit">
      <div className="habit-text">
        <span className="habit-cue">{habit.cue}:</span> <strong>{habit.action}</strong>
        <span className="habit-days">{daysLabel(habit.days)}</span>
      </div>
      <Button size="sm" busy={stop.isPending} onClick={() => stop.mutate()} aria-label={`Stop habit ${habit.action}`}>
        Stop
      </Button>
      <p className="habit-consistency">
        <Badge tone={STATUS_TONE[c.status]}>{STATUS_LABEL[c.status]}</Badge> {c.label}
        {c.doneToday ? " · done today" : ""}
      </p>
    </li>
  );
}

function AddHabit({ clientId }: { clientId: string }) {
  const [cue, setCue] = useState("");
  const [action, setAction] = useState("");
  const [days, setDays] = useState<number[]>([1, 2, 3, 4, 5, 6, 7]);
  const add = useApiMutation({
    request: (body: HabitInput) => post<HabitView>(`/api/clients/${clientId}/habits`, body),
    invalidates: () => [clientHabitsKey(clientId)],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { cue, action, days },
      {
        onSuccess: () => {
          setCue("");
          setAction("");
        },
      },
    );
  };
  return (
    <details className="habit-add">
      <summary>Set a habit</summary>
      <form onSubmit={submit} aria-label="Set a habit">
        <label>
          Cue (when)
          <input value={cue} maxLength={120} placeholder="After training" onChange={(e) => setCue(e.target.value)} />
        </label>
        <label>
          Habit (what)
          <input
            value={action}
            maxLength={120}
            placeholder="Protein smoothie"
            onChange={(e) => setAction(e.target.value)}
          />
        </label>
        <fieldset className="habit-weekdays">
          <legend>Days</legend>
          {WEEKDAYS.map((w) => (
            <label key={w.n}>
              <input
                type="checkbox"
                checked={days.includes(w.n)}
                onChange={(e) => setDays((ds) => (e.target.checked ? [...ds, w.n] : ds.filter((x) => x !== w.n)))}
              />
              {w.short}
            </label>
          ))}
        </fieldset>
        {add.error ? <p role="alert">{add.error.message}</p> : null}
        <Button
          type="submit"
          variant="primary"
          busy={add.isPending}
          disabled={!cue.trim() || !action.trim() || !days.length}
        >
          Add habit
        </Button>
      </form>
    </details>
  );
}

function Missed({ missed }: { missed: ClientHabits["missed"] }) {
  const answered = (Object.keys(MISSED_LABEL) as MissedReasonValue[]).filter((r) => missed.counts[r] > 0);
  return (
    <section className="missed-summary" aria-label="What got in the way">
      <h3>What got in the way (last {missed.windowDays} days)</h3>
      {answered.length || missed.unanswered ? (
        <>
          <ul className="missed-counts">
            {answered.map((r) => (
              <li key={r}>
                {MISSED_LABEL[r]} <strong>{missed.counts[r]}</strong>
              </li>
            ))}
            {missed.unanswered ? <li>Not answered {missed.unanswered}</li> : null}
          </ul>
          <ul className="missed-recent">
            {missed.recent.map((m) => (
              <li key={`${m.askedOn}-${m.sessionDate}`}>
                {m.sessionDate ? `Session of ${shortDate(m.sessionDate)}` : `Asked ${shortDate(m.askedOn)}`}:{" "}
                {m.reason ? MISSED_LABEL[m.reason] : "no answer yet"}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="habit-empty">No missed sessions asked about.</p>
      )}
    </section>
  );
}

/** "Mon 30 Nov" for a YYYY-MM-DD date (read as a calendar date, not a moment). */
const shortDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
