import type { QueueItem } from "@spotter/contracts";
import { Link } from "wouter";
import { exerciseName } from "../sessions/plan-view.ts";
import { Badge, Button, StatusLight } from "../ui/index.ts";
import { dueText, evidenceSummary, kindLabel, LEVEL_LABEL } from "./format.ts";

type Props = {
  item: QueueItem;
  now: string;
  hasTemplate: boolean;
  onResolve: (item: QueueItem) => void;
  onMessage: (item: QueueItem) => void;
};

/** One queue entry: light, who, what, evidence, deadline and the actions that close it. */
export function QueueItemRow({ item, now, hasTemplate, onResolve, onMessage }: Props) {
  // "Hold loads · Dumbbell romanian deadlift": one client's holds on several lifts are told apart.
  const what = item.exerciseId ? `${kindLabel(item.kind)} · ${exerciseName(item.exerciseId)}` : kindLabel(item.kind);
  const evidence = evidenceSummary(item);
  return (
    <li
      className={`triage-item triage-${item.level}${item.overdue ? " triage-overdue" : ""}`}
      data-testid="queue-item"
      data-level={item.level}
      data-type={item.type}
      data-overdue={item.overdue || undefined}
    >
      <div className="triage-item-head">
        <StatusLight level={item.level} label={LEVEL_LABEL[item.level]} />
        <Link href={`/clients/${item.clientId}`} className="strong-link">
          {item.clientName}
        </Link>
        <span className="triage-kind">{what}</span>
        <Badge tone={item.type === "flag" ? (item.level === "red" ? "red" : "yellow") : "blue"}>
          {item.type === "flag" ? "Flag" : "Plan change"}
        </Badge>
        {item.humanRequested ? <Badge tone="blue">Client asked for you</Badge> : null}
      </div>
      <p className="triage-message-text">{item.message}</p>
      {evidence ? <p className="muted small triage-evidence">Evidence: {evidence}</p> : null}
      {item.referTo?.length ? <p className="small">Refer to: {item.referTo.join("; ")}</p> : null}
      <div className="triage-item-foot">
        <span className={item.overdue ? "triage-due triage-due-over" : "triage-due"}>
          {item.overdue ? <strong>{dueText(item.dueAt, now)}</strong> : dueText(item.dueAt, now)}
          {item.dueAt ? (
            <span className="muted">
              {" "}
              ({new Date(item.dueAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })})
            </span>
          ) : null}
        </span>
        <span className="btn-row">
          {item.type === "proposal" ? (
            <Link
              href={`/clients/${item.clientId}/proposals/${item.id}`}
              className="btn btn-primary btn-sm"
              aria-label={`Review change: ${what.toLowerCase()} for ${item.clientName}`}
            >
              Review change
            </Link>
          ) : (
            <Button
              size="sm"
              variant={item.level === "red" ? "danger" : "primary"}
              onClick={() => onResolve(item)}
              aria-label={`Resolve ${what.toLowerCase()} for ${item.clientName}`}
            >
              Resolve
            </Button>
          )}
          {hasTemplate ? (
            <Button size="sm" onClick={() => onMessage(item)} aria-label={`Message template for ${item.clientName}`}>
              Message
            </Button>
          ) : null}
        </span>
      </div>
    </li>
  );
}
