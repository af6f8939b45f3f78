import type { WeeklyCheckInReview, WeeklyCheckInSend } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { post } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";
import { messagesKey } from "../messages/queries.ts";
import { Badge, Button, Card } from "../ui/index.ts";
import { clientWeeklyCheckInsQuery, clientWeeklyKey } from "./queries.ts";
import "./weekly-checkin.css";

const ACTIONS = [
  { value: "no_change", label: "No change" },
  { value: "minor_change", label: "Minor change" },
  { value: "escalate", label: "Escalate" },
] as const;

const pct = (rate: number | null) => (rate === null ? "–" : `${Math.round(rate * 100)} %`);

/**
 * The coach's weekly check-in review on the client page: the client's answers, the week's summary
 * with its reasons, and the drafted reply to edit; the coach picks the action and sends it into
 * the client's thread. Shows the response rate (answered / due).
 */
export function WeeklyReviewCard({ clientId }: { clientId: string }) {
  const list = useQuery(clientWeeklyCheckInsQuery(clientId));
  if (!list.data) return null;
  const { items, responseRate } = list.data;
  const open = items.find((i) => i.status === "answered");
  const rate = `Response rate ${pct(responseRate.rate)} (${responseRate.answered}/${responseRate.due} weeks)`;
  return (
    <Card title="Weekly check-in" className="weekly-card" actions={<span className="muted">{rate}</span>}>
      {open ? (
        <Review key={open.id} clientId={clientId} review={open} />
      ) : (
        <p>{items[0] ? `Replied for the week of ${items[0].weekStart}.` : "No check-in answered yet."}</p>
      )}
    </Card>
  );
}

function Review({ clientId, review }: { clientId: string; review: WeeklyCheckInReview }) {
  const [body, setBody] = useState(review.draftBody);
  const [action, setAction] = useState<WeeklyCheckInSend["action"]>(review.suggestedAction);
  const send = useApiMutation({
    request: (b: WeeklyCheckInSend) =>
      post<WeeklyCheckInReview>(`/api/clients/${clientId}/weekly-checkins/${review.id}/send`, b),
    invalidates: () => [clientWeeklyKey(clientId), [...messagesKey]],
  });
  const s = review.summary;
  const a = review.answers;
  return (
    <div className="weekly-review">
      <p>
        Week of {review.weekStart}{" "}
        {s.changes.map((c) => (
          <Badge key={c} tone={c === "all_good" ? "green" : c === "pain" ? "red" : "yellow"}>
            {c.replace("_", " ")}
          </Badge>
        ))}
      </p>
      <dl className="weekly-facts">
        <dt>Sessions</dt>
        <dd>
          {s.sessions.done} / {s.sessions.planned}
        </dd>
        <dt>Load trend</dt>
        <dd>{s.load.trend}</dd>
        <dt>Readiness</dt>
        <dd>{s.readinessMean ?? "–"}</dd>
        <dt>Weight</dt>
        <dd>{s.weight.changeKg === null ? "–" : `${s.weight.changeKg} kg`}</dd>
        <dt>Energy · sleep · stress</dt>
        <dd>
          {a.energy} · {a.sleep} · {a.stress} /5
        </dd>
        <dt>Confidence</dt>
        <dd>{a.adherenceConfidence} /5</dd>
      </dl>
      {review.note ? (
        <blockquote>
          “{review.note}”
          {review.noteFlags.length ? <Badge tone="red">screen: {review.noteFlags.join(", ")}</Badge> : null}
        </blockquote>
      ) : null}
      <ul className="weekly-reasons">
        {s.reasons.map((r) => (
          <li key={r.ruleId}>{r.message}</li>
        ))}
      </ul>
      <label className="weekly-note">
        Reply (drafted in your voice; edit before sending)
        <textarea value={body} rows={6} onChange={(e) => setBody(e.target.value)} />
      </label>
      <fieldset className="weekly-actions">
        <legend>Action</legend>
        {ACTIONS.map((o) => (
          <label key={o.value}>
            <input
              type="radio"
              name={`weekly-action-${review.id}`}
              checked={action === o.value}
              onChange={() => setAction(o.value)}
            />{" "}
            {o.label}
            {o.value === review.suggestedAction ? " (suggested)" : ""}
          </label>
        ))}
      </fieldset>
      {send.error ? <p role="alert">{send.error.message}</p> : null}
      <Button
        variant="primary"
        busy={send.isPending}
        disabled={!body.trim()}
        onClick={() => send.mutate({ body, action })}
      >
        Send reply
      </Button>
    </div>
  );
}
