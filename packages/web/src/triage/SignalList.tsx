import type { MonitoringView } from "@spotter/contracts";
import { Badge } from "../ui/index.ts";
import { evidenceSummary, kindLabel } from "./format.ts";

type Signal = MonitoringView["signals"][number];

/** Today's signals with their evidence, recommended action and whom to refer to. */
export function SignalList({ signals }: { signals: Signal[] }) {
  if (!signals.length)
    return <p className="muted">No signals today: nothing stands out against this client's normal.</p>;
  return (
    <ul className="triage-signals">
      {signals.map((s) => (
        <li key={s.id} className={`triage-signal triage-${s.level}`}>
          <div className="triage-item-head">
            <Badge tone={s.level === "red" ? "red" : s.level === "yellow" ? "yellow" : "green"}>{s.level}</Badge>
            <strong>{kindLabel(s.kind)}</strong>
            <code className="triage-rule">{s.ruleId}</code>
          </div>
          <p className="triage-message-text">{s.message}</p>
          <p className="small muted">
            Evidence: {evidenceSummary({ type: "flag", evidence: s.evidence, diff: null }) || "—"}
          </p>
          <p className="small">Suggested: {s.recommendedAction}</p>
          {s.referTo?.length ? <p className="small">Refer to: {s.referTo.join("; ")}</p> : null}
        </li>
      ))}
    </ul>
  );
}
