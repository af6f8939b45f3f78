import type { WeekDay } from "@spotter/contracts";
import { type DragEvent, useState } from "react";
import { Link } from "wouter";
import { Badge } from "../../ui/index.ts";
import { SessionStatusBadge } from "../session/SessionStatusBadge.tsx";
import { ExerciseList } from "./ExerciseList.tsx";
import { dayName, shortDate } from "./format.ts";

type Props = {
  day: WeekDay;
  today: string;
  /** Free days of this week it can move to (not past, nothing planned or stored there). */
  targets: WeekDay[];
  onMove: (from: string, to: string) => void;
  busy: boolean;
};

/** What can move: a planned day, or a draft; published and logged sessions stay on their date. */
export const movable = (day: WeekDay, today: string) =>
  day.date >= today &&
  (day.planned !== null || day.sessions.length > 0) &&
  day.sessions.every((s) => s.status === "draft");

/**
 * One day of the week: the planned method day and its session(s). A movable day can be dragged
 * onto a free day, or moved with the "Move to…" menu (the keyboard and screen-reader path).
 */
export function DayColumn({ day, today, targets, onMove, busy }: Props) {
  const [over, setOver] = useState(false);
  const canMove = movable(day, today);
  const free = day.date >= today && day.planned === null && day.sessions.length === 0;
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const from = e.dataTransfer.getData("text/plain");
    if (free && from && from !== day.date) onMove(from, day.date);
  };
  return (
    <li
      className={`week-day${day.date === today ? " is-today" : ""}${over ? " is-over" : ""}${day.date < today ? " is-past" : ""}`}
      data-date={day.date}
      aria-label={dayName(day.date)}
      onDragOver={(e) => {
        if (!free) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <h3 className="week-day-head">
        {dayName(day.date)}
        {day.date === today ? <span className="visually-hidden"> (today)</span> : null}
      </h3>
      {day.planned || day.sessions.length ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: dragging is the pointer path; the "Move to…" menu below is the keyboard one
        <div
          className={`week-card${canMove ? " is-movable" : ""}`}
          draggable={canMove && !busy}
          data-testid={`week-card-${day.date}`}
          onDragStart={(e) => {
            e.dataTransfer.setData("text/plain", day.date);
            e.dataTransfer.effectAllowed = "move";
          }}
        >
          {day.planned ? (
            <p className="week-planned">
              <strong>{day.planned.label}</strong>
              <span className="muted">
                {" "}
                · day {day.planned.dayIndex + 1} of {day.planned.splitDays}
              </span>
              {day.planned.moved ? (
                <span className="muted week-moved"> Moved from {shortDate(day.planned.scheduledDate)}</span>
              ) : null}
            </p>
          ) : (
            <p className="week-planned muted">Not on the plan</p>
          )}
          {day.sessions.map((s) => (
            <div key={s.id} className="week-session">
              <SessionStatusBadge status={s.status} />
              {s.editedByCoach ? <Badge>Edited</Badge> : null}
              {s.main.length ? (
                <ExerciseList names={s.main} label={`Exercises of the ${dayName(day.date)} session`} />
              ) : (
                <p className="week-session-main">{s.dayLabel}</p>
              )}
              <p className="muted">~{Math.round(s.estimatedMinutes)} min</p>
              <Link href={`/sessions/${s.id}`} className="week-open">
                Open<span className="visually-hidden"> the {dayName(day.date)} session</span>
              </Link>
            </div>
          ))}
          {day.planned && day.sessions.length === 0 ? <p className="muted">No draft yet</p> : null}
          {canMove && targets.length ? (
            <label className="week-move">
              <span>Move to…</span>
              <select
                value=""
                disabled={busy}
                aria-label={`Move ${day.planned?.label ?? "the session"} on ${dayName(day.date)} to another day`}
                onChange={(e) => {
                  if (e.target.value) onMove(day.date, e.target.value);
                }}
              >
                <option value="">Day…</option>
                {targets.map((t) => (
                  <option key={t.date} value={t.date}>
                    {dayName(t.date)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
      ) : (
        <p className="muted week-rest">{free ? "Rest · drop here" : "Rest"}</p>
      )}
    </li>
  );
}
