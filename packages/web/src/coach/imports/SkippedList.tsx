import { plural } from "./labels.ts";

/** What a preview left out of the file, grouped by reason, or that nothing was. */
export function SkippedList({ skipped, unit }: { skipped: { reason: string; records: number }[]; unit: string }) {
  return (
    <>
      <h3 className="import-h3">Skipped, and why</h3>
      {skipped.length ? (
        <ul className="list" aria-label={`Skipped ${unit}s`}>
          {skipped.map((k) => (
            <li key={k.reason} className="row-between">
              <span>{k.reason}</span>
              <span className="muted small">{plural(k.records, unit)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing skipped.</p>
      )}
    </>
  );
}
