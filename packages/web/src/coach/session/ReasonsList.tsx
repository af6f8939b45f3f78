import type { Reason } from "@spotter/engine";

function fmt(v: unknown): string {
  if (typeof v === "number") return String(Math.round(v * 100) / 100);
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}

/** Each reason: the sentence, then its rule id, inputs and thresholds (machine-readable made readable). */
export function ReasonsList({ reasons }: { reasons: Reason[] }) {
  if (reasons.length === 0) return <p className="muted">No reasons were recorded for this item.</p>;
  return (
    <div>
      {reasons.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: reasons may repeat a rule id
        <div key={i} className="reason">
          <p>{r.message || r.ruleId}</p>
          <code>{r.ruleId}</code>
          {r.inputs && Object.keys(r.inputs).length ? (
            <dl className="kv">
              {Object.entries(r.inputs).map(([k, v]) => (
                <div key={k} style={{ display: "contents" }}>
                  <dt>{k}</dt>
                  <dd>{fmt(v)}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {r.thresholds && Object.keys(r.thresholds).length ? (
            <dl className="kv">
              {Object.entries(r.thresholds).map(([k, v]) => (
                <div key={k} style={{ display: "contents" }}>
                  <dt>threshold {k}</dt>
                  <dd>{fmt(v)}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </div>
      ))}
    </div>
  );
}
