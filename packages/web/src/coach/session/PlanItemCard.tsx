import { type FormEvent, useState } from "react";
import { type PlanItem, prescription } from "../../api/session-types.ts";
import { Button, Dialog, Field } from "../../ui/index.ts";
import { formatLoad, fromKg, roundLoad, toKg, useUnits } from "../../units/index.ts";
import { ReasonsList } from "./ReasonsList.tsx";

export type ItemOp =
  | { op: "swap"; itemId: string; exerciseId: string }
  | { op: "set"; itemId: string; sets?: number; reps?: number; load?: number };

type Props = { item: PlanItem; editable: boolean; onOp: (op: ItemOp) => Promise<void>; planUnit: "kg" | "lb" };

/** One prescribed exercise: what, how much, why, and (in a draft) swap and edit. */
export function PlanItemCard({ item, editable, onOp, planUnit }: Props) {
  const { unit } = useUnits();
  const [why, setWhy] = useState(false);
  const [swap, setSwap] = useState(false);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const shown = item.loadKg !== undefined ? String(roundLoad(fromKg(item.loadKg, unit), unit)) : "";
  const [sets, setSets] = useState(String(item.sets));
  const [reps, setReps] = useState(String(item.reps ?? ""));
  const [load, setLoad] = useState(shown);

  async function run(op: ItemOp) {
    setBusy(true);
    try {
      await onOp(op);
      setEditing(false);
      setSwap(false);
    } finally {
      setBusy(false);
    }
  }
  function onSave(e: FormEvent) {
    e.preventDefault();
    void run({
      op: "set",
      itemId: item.id,
      sets: Number(sets),
      ...(item.reps !== undefined && reps ? { reps: Number(reps) } : {}),
      // Typed in the coach's unit; the API wants the plan's unit.
      ...(load !== "" ? { load: Math.round(fromKg(toKg(Number(load), unit), planUnit) * 100) / 100 } : {}),
    });
  }

  return (
    <article className="plan-item" aria-label={item.name} data-item-id={item.id}>
      <div className="plan-item-head">
        <div>
          <h4 className="plan-item-name">{item.name}</h4>
          <div className="plan-item-meta">
            <span>
              <strong>{prescription(item)}</strong>
            </span>
            {item.loadKg !== undefined ? (
              <span>
                Load <strong data-testid="item-load">{formatLoad(item.loadKg, unit)}</strong>
              </span>
            ) : null}
            {item.effort ? <span>{item.effort}</span> : null}
            {item.restSeconds ? <span>Rest {item.restSeconds} s</span> : null}
            {item.tempo ? <span>Tempo {item.tempo}</span> : null}
          </div>
        </div>
        <div className="btn-row no-print">
          <Button size="sm" variant="ghost" onClick={() => setWhy(true)} aria-label={`Why ${item.name}?`}>
            Why?
          </Button>
          {editable && item.alternatives.length ? (
            <Button size="sm" onClick={() => setSwap(true)} aria-label={`Swap ${item.name}`}>
              Swap
            </Button>
          ) : null}
          {editable ? (
            <Button
              size="sm"
              onClick={() => setEditing(!editing)}
              aria-expanded={editing}
              aria-label={`Edit ${item.name}`}
            >
              Edit
            </Button>
          ) : null}
        </div>
      </div>
      {item.cues.length ? (
        <ul className="cues">
          {item.cues.slice(0, 4).map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
      {editing ? (
        <form className="plan-item-edit no-print" onSubmit={onSave} aria-label={`Edit ${item.name}`}>
          <Field label="Sets">
            <input type="number" min={1} max={20} value={sets} onChange={(e) => setSets(e.target.value)} />
          </Field>
          {item.reps !== undefined ? (
            <Field label="Reps">
              <input type="number" min={1} max={100} value={reps} onChange={(e) => setReps(e.target.value)} />
            </Field>
          ) : null}
          <Field label={`Load (${unit})`}>
            <input
              type="number"
              min={0}
              step={unit === "kg" ? 0.5 : 1}
              inputMode="decimal"
              value={load}
              onChange={(e) => setLoad(e.target.value)}
            />
          </Field>
          <div className="btn-row">
            <Button type="submit" size="sm" variant="primary" busy={busy}>
              Save
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      <Dialog open={why} onClose={() => setWhy(false)} title={`Why ${item.name}`}>
        <ReasonsList reasons={item.reasons} />
      </Dialog>
      <Dialog open={swap} onClose={() => setSwap(false)} title={`Swap ${item.name}`}>
        <p className="muted">The engine offers these because they fit today's equipment, pain and pattern.</p>
        <ul className="list">
          {item.alternatives.map((a) => (
            <li key={a.exerciseId} className="row-between">
              <span>
                <strong>{a.name}</strong>
                {a.reason ? <span className="muted small"> — {a.reason}</span> : null}
              </span>
              <Button
                size="sm"
                busy={busy}
                onClick={() => void run({ op: "swap", itemId: item.id, exerciseId: a.exerciseId })}
              >
                Use {a.name}
              </Button>
            </li>
          ))}
        </ul>
      </Dialog>
    </article>
  );
}
