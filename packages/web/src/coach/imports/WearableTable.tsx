import type { FitWearableSummary } from "@spotter/contracts";
import { METRIC_LABEL, plural } from "./labels.ts";

/**
 * A FIT file's daily wearable values (monitoring steps and resting HR, morning ln rMSSD) and
 * weigh-ins: days in the file, new, already stored; what was skipped and why.
 */
export function WearableTable({ w, committed }: { w: FitWearableSummary; committed: boolean }) {
  return (
    <>
      <h3 className="import-h3">Watch and scale data</h3>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Daily values from the FIT file</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Days in file</th>
              <th scope="col">{committed ? "Added" : "New"}</th>
              <th scope="col">Already stored</th>
            </tr>
          </thead>
          <tbody>
            {w.metrics.map((m) => (
              <tr key={m.metric}>
                <td>{METRIC_LABEL[m.metric] ?? m.metric}</td>
                <td>{m.days}</td>
                <td>{m.added}</td>
                <td>{m.alreadyImported}</td>
              </tr>
            ))}
            {w.weighIns.days > 0 ? (
              <tr>
                <td>Body weight (weigh-ins)</td>
                <td>{w.weighIns.days}</td>
                <td>{w.weighIns.added}</td>
                <td>{w.weighIns.alreadyPresent}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {w.skipped.length ? (
        <ul className="list" aria-label="Skipped records">
          {w.skipped.map((k) => (
            <li key={k.reason} className="row-between">
              <span>{k.reason}</span>
              <span className="muted small">{plural(k.records, "record")}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="small muted">{w.note}</p>
    </>
  );
}

/** Days or weigh-ins the FIT file would add (0 when it has no wearable part). */
export function wearableNew(w: FitWearableSummary | undefined): number {
  if (!w) return 0;
  return w.metrics.reduce((n, m) => n + m.added, 0) + w.weighIns.added;
}
