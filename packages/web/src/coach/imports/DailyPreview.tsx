import type { DailyImportSummary } from "@spotter/contracts";
import { Button, Card } from "../../ui/index.ts";
import { formatDate } from "../labels.ts";
import { METRIC_LABEL, plural } from "./labels.ts";
import { SkippedList } from "./SkippedList.tsx";

/** Oura and WHOOP measure HRV overnight: the labels say so (METRIC_LABEL's ln rMSSD is a morning reading). */
const DAILY_LABEL: Record<string, string> = {
  hrv_rmssd_ms: "HRV (rMSSD in ms, nightly, as reported)",
  hrv_ln_rmssd: "HRV for readiness (ln of the nightly rMSSD)",
  oura_readiness_score: "Oura readiness score (as reported)",
  whoop_recovery_pct: "WHOOP recovery % (as reported)",
};

type Props = {
  summary: DailyImportSummary;
  fileName: string;
  /** Preview: offer the import; after the commit: the counts only. */
  onCommit?: () => void;
  onRestart?: () => void;
};

/** Days per metric an Oura or WHOOP export holds, new and already stored; what was skipped and why. */
export function DailyPreview({ summary: s, fileName, onCommit, onRestart }: Props) {
  const nothingNew = s.metrics.every((m) => m.added === 0);
  return (
    <Card title={`${onCommit ? "Preview" : "Imported"}: ${fileName}`}>
      <p className="muted">
        {s.layout} · {plural(s.rows, "row")} read
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
                <td>{DAILY_LABEL[m.metric] ?? METRIC_LABEL[m.metric] ?? m.metric}</td>
                <td>{m.days.toLocaleString("en-GB")}</td>
                <td>{m.added.toLocaleString("en-GB")}</td>
                <td>{m.alreadyImported.toLocaleString("en-GB")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SkippedList skipped={s.skipped} unit="value" />
      <p className="small muted">{s.note}</p>
      {onCommit ? (
        <div className="btn-row">
          <Button variant="primary" onClick={onCommit} disabled={nothingNew}>
            {nothingNew ? "Nothing new to import" : `Import ${s.format === "oura" ? "Oura" : "WHOOP"} data`}
          </Button>
          <Button variant="ghost" onClick={onRestart}>
            Choose another file
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
