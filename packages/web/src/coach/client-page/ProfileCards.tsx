import type { ClientDetail } from "@spotter/contracts";
import { Badge, Card } from "../../ui/index.ts";
import { formatLoad, useUnits } from "../../units/index.ts";
import { formatDate, label, trainingAge } from "../labels.ts";

/** Profile, injuries, equipment by location and screening, read-only. */
export function ProfileCards({ client }: { client: ClientDetail }) {
  const { unit } = useUnits();
  const p = client.profile;
  const screenYes = p.screening
    ? Object.entries(p.screening)
        .filter(([k, v]) => k !== "conditions" && v === true)
        .map(([k]) => k)
    : [];
  return (
    <>
      <Card title="Profile">
        <dl className="kv">
          <dt>Goal</dt>
          <dd>
            {label(p.goals.primary)}
            {p.goals.secondary.length ? (
              <span className="muted"> + {p.goals.secondary.map(label).join(", ")}</span>
            ) : null}
          </dd>
          <dt>Experience</dt>
          <dd>{trainingAge(p.trainingAgeMonths)}</dd>
          <dt>Schedule</dt>
          <dd>
            {p.schedule.daysPerWeek}×/week, {p.schedule.sessionMinutes} min
            {p.schedule.preferredDays.length ? ` (${p.schedule.preferredDays.join(", ")})` : ""}
          </dd>
          {p.bodyMassKg ? (
            <>
              <dt>Body mass</dt>
              <dd>{formatLoad(p.bodyMassKg, unit)}</dd>
            </>
          ) : null}
          {p.eventDate ? (
            <>
              <dt>Event</dt>
              <dd>{formatDate(p.eventDate)}</dd>
            </>
          ) : null}
          <dt>Units</dt>
          <dd>{p.units}</dd>
        </dl>
        {p.preferences.likes.length || p.preferences.dislikes.length ? (
          <p className="muted small">
            {p.preferences.likes.length ? `Likes ${p.preferences.likes.join(", ")}. ` : ""}
            {p.preferences.dislikes.length ? `Dislikes ${p.preferences.dislikes.join(", ")}.` : ""}
          </p>
        ) : null}
      </Card>
      <Card title="Injuries">
        {p.injuries.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="list">
            {p.injuries.map((i, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: injuries have no id
              <li key={n} className="row-between">
                <span>
                  {label(i.region)}
                  {i.side ? ` (${i.side})` : ""}
                  {i.notes ? <span className="muted"> — {i.notes}</span> : null}
                </span>
                <span className="chips">
                  <Badge tone={i.severity >= 6 ? "red" : i.severity >= 3 ? "yellow" : "neutral"}>{i.severity}/10</Badge>
                  <Badge tone={i.status === "active" ? "yellow" : "neutral"}>{i.status}</Badge>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Equipment by location">
        <ul className="list">
          {p.locations.map((l) => (
            <li key={l.id}>
              <strong>{l.name}</strong> {l.id === p.defaultLocationId ? <Badge tone="blue">default</Badge> : null}
              <div className="muted small">
                {l.equipment.length ? l.equipment.map(label).join(", ") : "Bodyweight only"}
              </div>
            </li>
          ))}
        </ul>
      </Card>
      {p.baselines.repMaxes.length ? (
        <Card title="Baselines">
          <ul className="list">
            {p.baselines.repMaxes.map((r, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rep maxes have no id
              <li key={n} className="row-between">
                <span>{label(r.exerciseId)}</span>
                <span className="num">
                  {formatLoad(r.loadKg, unit)} × {r.reps} <span className="muted">({formatDate(r.date)})</span>
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {screenYes.length ? (
        <Card title="Health screen">
          <p className="notice notice-yellow">
            Answered yes to: {screenYes.map(label).join(", ")}. Review before programming.
          </p>
        </Card>
      ) : null}
    </>
  );
}
