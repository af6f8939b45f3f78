import type { AppleHealthSummary } from "@spotter/contracts";
import { Button, Card } from "../../ui/index.ts";
import { formatDate } from "../labels.ts";
import { METRIC_LABEL, plural } from "./labels.ts";
import { SkippedList } from "./SkippedList.tsx";

type Props = {
  summary: AppleHealthSummary;
  fileName: string;
  /** Preview: offer the import; after the commit: the counts only. */
  onCommit?: () => void;
  onRestart?: () => void;
  busy?: boolean;
};

/** Days per metric, weigh-ins and workouts an Apple Health export holds, new and already stored. */
export function AppleHealthPreview({ summary: s, fileName, onCommit, onRestart, busy }: Props) {
  const newDays = s.metrics.reduce((n, m) => n + m.added, 0);
  const nothingNew = newDays + s.bodyMass.added + s.workouts.added === 0;
  return (
    <Card title={`${onCommit ? "Preview" : "Imported"}: ${fileName}`}>
      <p className="muted">
        Apple Health export · {plural(s.records, "record")} read
        {s.dateRange ? ` · ${formatDate(s.dateRange.from)} – ${formatDate(s.dateRange.to)}` : ""}
      </p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Daily values per metric</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Days in file</th>
              <th scope="col">{onCommit ? "New" : "Added"}</th>
              <th scope="col">Already stored</th>
            </tr>
          </thead>
          <tbody>
            {s.metrics.map((m) => (
              <tr key={m.metric}>
                <td>{METRIC_LABEL[m.metric] ?? m.metric}</td>
                <td>{m.days.toLocaleString("en-GB")}</td>
                <td>{m.added.toLocaleString("en-GB")}</td>
                <td>{m.alreadyImported.toLocaleString("en-GB")}</td>
              </tr>
            ))}
            <tr>
              <td>Body weight (weigh-ins)</td>
              <td>{s.bodyMass.days.toLocaleString("en-GB")}</td>
              <td>{s.bodyMass.added.toLocaleString("en-GB")}</td>
              <td>{s.bodyMass.alreadyPresent.toLocaleString("en-GB")}</td>
            </tr>
            <tr>
              <td>Workouts</td>
              <td>{s.workouts.inFile.toLocaleString("en-GB")}</td>
              <td>{s.workouts.added.toLocaleString("en-GB")}</td>
              <td>{s.workouts.alreadyImported.toLocaleString("en-GB")}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <SkippedList skipped={s.skipped} unit="record" />
      <p className="small muted">{s.note}</p>
      {onCommit ? (
        <div className="btn-row">
          <Button variant="primary" onClick={onCommit} disabled={busy || nothingNew}>
            {nothingNew ? "Nothing new to import" : "Import health data"}
          </Button>
          <Button variant="ghost" onClick={onRestart} disabled={busy}>
            Choose another file
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
