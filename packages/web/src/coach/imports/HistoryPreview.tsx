import type { ImportSummary } from "@spotter/contracts";
import { Badge, Button, Card } from "../../ui/index.ts";
import { formatDate } from "../labels.ts";
import { FORMAT_LABEL, linesLabel, plural } from "./labels.ts";
import { WearableTable, wearableNew } from "./WearableTable.tsx";

type Props = {
  summary: ImportSummary;
  fileName: string;
  onReviewNames: () => void;
  onCommit: () => void;
  onRestart: () => void;
  busy: boolean;
};

const STATUS_TONE = { exact: "green", alias: "green", mapped: "blue", ignored: "neutral", unmapped: "yellow" } as const;
const STATUS_LABEL = {
  exact: "catalog",
  alias: "alias",
  mapped: "your mapping",
  ignored: "left out",
  unmapped: "unmapped",
} as const;

function commitLabel(s: ImportSummary): string {
  if (s.sessions.added === 0) return "Import watch data";
  return `Import ${plural(s.sessions.added, "workout")}${wearableNew(s.wearable) ? " and watch data" : ""}`;
}

/** What a training-history file will add, what it skips and why, before anything is stored. */
export function HistoryPreview({ summary: s, fileName, onReviewNames, onCommit, onRestart, busy }: Props) {
  const nothingNew = s.sessions.added === 0 && wearableNew(s.wearable) === 0;
  const unmappedSets = s.exercises.filter((e) => e.status === "unmapped").reduce((n, e) => n + e.sets, 0);
  return (
    <Card title={`Preview: ${fileName}`}>
      <p className="muted">
        {s.format === "fit" ? "FIT activity" : `${FORMAT_LABEL[s.format]} export`} ·{" "}
        {plural(s.rows, s.format === "fit" ? "set" : "row")} · nothing is stored until you import.
      </p>
      <dl className="import-stats" aria-label="What will be added">
        <div>
          <dt>Workouts to add</dt>
          <dd>{s.sessions.added.toLocaleString("en-GB")}</dd>
        </div>
        <div>
          <dt>Working sets</dt>
          <dd>{s.sets.working.toLocaleString("en-GB")}</dd>
        </div>
        <div>
          <dt>Warm-up sets</dt>
          <dd>{s.sets.warmup.toLocaleString("en-GB")}</dd>
        </div>
        <div>
          <dt>Dates</dt>
          <dd className="import-dates">
            {s.dateRange ? `${formatDate(s.dateRange.from)} – ${formatDate(s.dateRange.to)}` : "—"}
          </dd>
        </div>
      </dl>
      <p className="small">
        {plural(s.sessions.inFile, "workout")} in the file
        {s.sessions.alreadyImported ? ` · ${plural(s.sessions.alreadyImported, "workout")} already imported` : ""}
        {s.sessions.empty ? ` · ${plural(s.sessions.empty, "workout")} with nothing importable` : ""}
      </p>

      {s.unmapped.length > 0 ? (
        <div className="notice notice-yellow" role="status">
          <p>
            <strong>{plural(s.unmapped.length, "exercise name")} not in the catalog</strong> (
            {plural(unmappedSets, "set")} would be skipped). Map them once for your whole organization; later imports
            for any client use your choice.
          </p>
          <Button variant="secondary" onClick={onReviewNames}>
            Review {plural(s.unmapped.length, "unmapped name")}
          </Button>
        </div>
      ) : null}

      <h3 className="import-h3">Skipped, and why</h3>
      {s.skipped.length ? (
        <ul className="list" aria-label="Skipped sets">
          {s.skipped.map((k) => (
            <li key={k.reason} className="row-between">
              <span>{k.reason}</span>
              <span className="muted small">
                {plural(k.sets, "set")} · {linesLabel(k.firstLines, k.sets)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing skipped.</p>
      )}

      {s.wearable ? <WearableTable w={s.wearable} committed={false} /> : null}

      {s.exercises.length ? (
        <details className="import-names">
          <summary>
            {/* The server lists names only from workouts not stored yet. */}
            Exercise names in the {s.sessions.alreadyImported ? "workouts not yet imported" : "file"} (
            {s.exercises.length})
          </summary>
          <ul className="list">
            {s.exercises.map((e) => (
              <li key={e.name} className="row-between">
                <span>{e.name}</span>
                <span className="small">
                  <Badge tone={STATUS_TONE[e.status]}>{STATUS_LABEL[e.status]}</Badge> {plural(e.sets, "set")}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <div className="btn-row">
        <Button variant="primary" onClick={onCommit} disabled={busy || nothingNew}>
          {nothingNew ? "Nothing new to import" : commitLabel(s)}
        </Button>
        <Button variant="ghost" onClick={onRestart} disabled={busy}>
          Choose another file
        </Button>
      </div>
    </Card>
  );
}
