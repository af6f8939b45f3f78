import type { WeeklyCheckInReview, WeeklyCheckInSend } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
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
 * The coach's weekly check-in review on the client page: the client's answers to the questionnaire
 * version they answered, the week's summary with its reasons, and the drafted reply to edit; the
 * coach picks the action and sends it into the client's thread (a minor change opens a proposal,
 * an escalation a flag; both linked once sent). Shows the check-in response rate (answered / sent),
 * an accountability metric, and the client's schedule.
 */
export function WeeklyReviewCard({ clientId }: { clientId: string }) {
  const list = useQuery(clientWeeklyCheckInsQuery(clientId));
  if (!list.data) return null;
  const { items, responseRate, schedule } = list.data;
  const open = items.find((i) => i.status === "answered");
  const last = items[0];
  const rate = `Response rate ${pct(responseRate.rate)} (${responseRate.answered} of ${responseRate.sent} sent)`;
  const every = schedule.intervalWeeks === 1 ? "every week" : `every ${schedule.intervalWeeks} weeks`;
  return (
    <Card
      title="Weekly check-in"
      className="weekly-card"
      actions={
        <span className="muted" data-testid="checkin-response-rate">
          {rate}
        </span>
      }
    >
      <p className="muted small">
        Sent {every} (the tier's cadence); next due {schedule.nextDueDate}.
      </p>
      {open ? (
        <Review key={open.id} clientId={clientId} review={open} />
      ) : last ? (
        <div>
          <p>Replied for the week of {last.weekStart}.</p>
          <Opened clientId={clientId} review={last} />
        </div>
      ) : (
        <p>No check-in answered yet.</p>
      )}
    </Card>
  );
}

/** What the coach's decision opened: the minor change's proposal, the escalation's flag. */
function Opened({ clientId, review }: { clientId: string; review: WeeklyCheckInReview }) {
  if (review.proposalId)
    return (
      <p data-testid="checkin-opened">
        Minor change: <Link href={`/clients/${clientId}/proposals/${review.proposalId}`}>proposal opened</Link>
      </p>
    );
  if (review.flagId)
    return (
      <p data-testid="checkin-opened">
        Escalated: <Badge tone="yellow">flag opened for a human review</Badge>
      </p>
    );
  if (review.action === "minor_change")
    return <p className="muted small">Minor change: the nutrition check found no change warranted yet.</p>;
  return null;
}

const answerText = (v: number | string | undefined) => (v === undefined ? "–" : String(v));

function Review({ clientId, review }: { clientId: string; review: WeeklyCheckInReview }) {
  const [body, setBody] = useState(review.draftBody);
  const [action, setAction] = useState<WeeklyCheckInSend["action"]>(review.suggestedAction);
  const send = useApiMutation({
    request: (b: WeeklyCheckInSend) =>
      post<WeeklyCheckInReview>(`/api/clients/${clientId}/weekly-checkins/${review.id}/send`, b),
    invalidates: () => [clientWeeklyKey(clientId), [...messagesKey]],
  });
  const s = review.summary;
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
      </dl>
      <dl className="weekly-answers" data-testid="checkin-answers">
        {review.questions
          .filter((q) => q.kind !== "text")
          .map((q) => (
            <div key={q.id}>
              <dt>{q.prompt}</dt>
              <dd>
                {answerText(review.responses[q.id])}
                {q.kind === "scale" ? (
                  <span className="muted small">
                    {" "}
                    ({q.min}–{q.max})
                  </span>
                ) : null}
              </dd>
            </div>
          ))}
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
