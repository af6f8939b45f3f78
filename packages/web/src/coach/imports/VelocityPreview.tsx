import type { VelocityImportSummary } from "@spotter/contracts";
import { Button, Card } from "../../ui/index.ts";
import { formatDate } from "../labels.ts";
import { linesLabel, plural } from "./labels.ts";

type Props = {
  summary: VelocityImportSummary;
  fileName: string;
  onCommit?: () => void;
  onRestart?: () => void;
};

/**
 * A velocity file against the client's logged sets: reps that attach (new, already stored), and
 * every row that matched no logged set with why and where in the file, so nothing is lost silently.
 */
export function VelocityPreview({ summary: s, fileName, onCommit, onRestart }: Props) {
  const nothingNew = s.reps.added === 0;
  return (
    <Card title={`${onCommit ? "Preview" : "Imported"}: ${fileName}`}>
      <p className="muted">
        Velocity file · {plural(s.rows, "row")} read
        {s.dateRange ? ` · ${formatDate(s.dateRange.from)} – ${formatDate(s.dateRange.to)}` : ""}
      </p>
      <ul className="list" aria-label="Velocity import counts">
        <li className="row-between">
          <span>Reps attached to logged sets{onCommit ? " (new)" : ""}</span>
          <strong>{s.reps.added.toLocaleString("en-GB")}</strong>
        </li>
        <li className="row-between">
          <span>Reps already stored</span>
          <strong>{s.reps.alreadyImported.toLocaleString("en-GB")}</strong>
        </li>
        <li className="row-between">
          <span>Sets matched / not matched</span>
          <strong>
            {s.sets.matched} / {s.sets.unmatched}
          </strong>
        </li>
      </ul>
      <h3 className="import-h3">Not matched, and why</h3>
      {s.unmatched.length ? (
        <ul className="list" aria-label="Unmatched rows">
          {s.unmatched.map((u) => (
            <li key={u.reason} className="row-between">
              <span>{u.reason}</span>
              <span className="muted small">
                {plural(u.rows, "row")} · {linesLabel(u.firstLines, u.rows)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Every row matched a logged set.</p>
      )}
      {s.exercises.some((e) => e.status === "unmapped") ? (
        <p className="small muted">
          Names not in the catalog:{" "}
          {s.exercises
            .filter((e) => e.status === "unmapped")
            .map((e) => e.name)
            .join(", ")}
          . Map them once on a history import's name review; this file then matches them.
        </p>
      ) : null}
      <p className="small muted">
        A device set is matched by date, exercise and set order: its first set of an exercise that day is the first
        logged set of it (warm-ups included), and so on.
      </p>
      {onCommit ? (
        <div className="btn-row">
          <Button variant="primary" onClick={onCommit} disabled={nothingNew}>
            {nothingNew ? "Nothing new to import" : "Attach velocities"}
          </Button>
          <Button variant="ghost" onClick={onRestart}>
            Choose another file
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
