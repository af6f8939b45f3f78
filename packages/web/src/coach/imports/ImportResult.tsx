import type { ImportSummary } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { Card, Spinner } from "../../ui/index.ts";
import { useUnits } from "../../units/index.ts";
import { formatLoad } from "../../units/units.ts";
import { progressQuery } from "../client-page/queries.ts";
import { formatDate } from "../labels.ts";
import { FORMAT_LABEL, plural } from "./labels.ts";
import { WearableTable } from "./WearableTable.tsx";

/**
 * What the commit stored, and the client's strength history as the progress endpoint now reads
 * it: the imported workouts seed e1RMs and progression like logged sessions.
 */
export function ImportResult({ clientId, summary: s }: { clientId: string; summary: ImportSummary }) {
  const { unit } = useUnits();
  const progress = useQuery(progressQuery(clientId));
  const top = [...(progress.data?.e1rm ?? [])].sort((a, b) => b.points.length - a.points.length).slice(0, 5);
  const best = new Map((progress.data?.progression ?? []).map((p) => [p.exerciseId, p.bestE1rmKg]));
  return (
    <Card title="Imported">
      <p className="notice notice-blue" role="status">
        {s.sessions.added === 0 && s.wearable ? (
          "Imported the watch and scale data below."
        ) : (
          <>
            Imported {plural(s.sessions.added, "workout")} ({plural(s.sets.working, "working set")},{" "}
            {plural(s.sets.warmup, "warm-up set")}) from {FORMAT_LABEL[s.format]}
            {s.dateRange ? `, ${formatDate(s.dateRange.from)} – ${formatDate(s.dateRange.to)}` : ""}.
            {s.sessions.alreadyImported ? ` ${plural(s.sessions.alreadyImported, "workout")} were already there.` : ""}
          </>
        )}
      </p>
      {s.wearable ? <WearableTable w={s.wearable} committed /> : null}
      {s.sessions.added === 0 ? null : (
        <>
          <h3 className="import-h3">Strength history now on file</h3>
          {progress.isPending ? (
            <Spinner label="Reading the new history…" />
          ) : top.length ? (
            <ul className="list" aria-label="e1RM history">
              {top.map((e) => (
                <li key={e.exerciseId} className="row-between">
                  <span>{e.name}</span>
                  <span className="muted small">
                    {plural(e.points.length, "e1RM point")} · best {formatLoad(best.get(e.exerciseId), unit)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No loaded lifts in this history yet.</p>
          )}
        </>
      )}
      <div className="btn-row">
        <Link href={`/clients/${clientId}`} className="btn btn-primary btn-md">
          Back to the client (charts)
        </Link>
      </div>
    </Card>
  );
}
