import type { StoredSessionItem } from "@spotter/contracts";
import { type FormEvent, useState } from "react";
import { effortText, exerciseName, loadKg, prescription, shownTempo } from "../../sessions/plan-view.ts";
import { Badge, Button, Dialog, Field } from "../../ui/index.ts";
import { formatLoad, fromKg, roundLoad, toKg, useUnits } from "../../units/index.ts";
import type { ItemOp } from "./mutations.ts";
import { ReasonsList } from "./ReasonsList.tsx";

type Props = {
  item: StoredSessionItem;
  editable: boolean;
  /** Sends the edit; resolves when the server accepted it (the page shows a refusal). */
  onOp: (op: ItemOp) => Promise<unknown>;
  busy: boolean;
  /** Its place in its section, for the move buttons. */
  first?: boolean;
  last?: boolean;
  /** Its place in a superset or circuit ("A1"). */
  label?: string;
  /** A checkbox to select it for grouping (drafts only). */
  select?: { checked: boolean; onChange: (on: boolean) => void };
};

/** One prescribed exercise: what, how much, why, and (in a draft) swap and edit. */
export function PlanItemCard({ item, editable, onOp, busy, first = true, last = true, label, select }: Props) {
  const { unit } = useUnits();
  const [why, setWhy] = useState(false);
  const [swap, setSwap] = useState(false);
  const [editing, setEditing] = useState(false);
  const kg = loadKg(item);
  const effort = effortText(item.effort);
  const tempo = shownTempo(item);
  const shown = kg !== undefined ? String(roundLoad(fromKg(kg, unit), unit)) : "";
  const [sets, setSets] = useState(String(item.sets));
  const [reps, setReps] = useState(String(item.reps ?? ""));
  const [load, setLoad] = useState(shown);

  function run(op: ItemOp) {
    onOp(op).then(
      () => {
        setEditing(false);
        setSwap(false);
      },
      () => undefined,
    );
  }
  function onSave(e: FormEvent) {
    e.preventDefault();
    run({
      op: "set",
      itemId: item.id,
      sets: Number(sets),
      ...(item.reps !== undefined && reps ? { reps: Number(reps) } : {}),
      // Typed in the coach's unit; the API wants the item's (the plan's) unit.
      ...(load !== "" ? { load: Math.round(fromKg(toKg(Number(load), unit), item.unit) * 100) / 100 } : {}),
    });
  }

  return (
    <article className="plan-item" aria-label={item.name} data-item-id={item.id}>
      <div className="plan-item-head">
        <div>
          <h4 className="plan-item-name">
            {label ? <span className="group-label">{label}</span> : null}
            {item.name}
            {item.reasons.some((r) => r.ruleId === "edit.add") ? (
              <>
                {" "}
                <Badge tone="blue">Added by coach</Badge>
              </>
            ) : null}
          </h4>
          <div className="plan-item-meta">
            <span>
              <strong>{prescription(item)}</strong>
            </span>
            {kg !== undefined ? (
              <span>
                Load <strong data-testid="item-load">{formatLoad(kg, unit)}</strong>
              </span>
            ) : null}
            {effort ? <span>{effort}</span> : null}
            {item.restSeconds ? <span>Rest {item.restSeconds} s</span> : null}
            {tempo ? <span>Tempo {tempo}</span> : null}
          </div>
        </div>
        <div className="btn-row no-print">
          {select ? (
            <label className="plan-select">
              <input type="checkbox" checked={select.checked} onChange={(e) => select.onChange(e.target.checked)} />
              Select<span className="visually-hidden"> {item.name}</span>
            </label>
          ) : null}
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
          {editable ? (
            <>
              <Button
                size="sm"
                variant="ghost"
                disabled={first}
                aria-label={`Move ${item.name} up`}
                onClick={() => run({ op: "move", itemId: item.id, direction: "up" })}
              >
                ↑
              </Button>
              <Button
                size="sm"
                variant="ghost"
                disabled={last}
                aria-label={`Move ${item.name} down`}
                onClick={() => run({ op: "move", itemId: item.id, direction: "down" })}
              >
                ↓
              </Button>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove ${item.name}`}
                onClick={() => run({ op: "remove", itemId: item.id })}
              >
                Remove
              </Button>
            </>
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
          {item.alternatives.map((id) => (
            <li key={id} className="row-between">
              <span>
                <strong>{exerciseName(id)}</strong>
              </span>
              <Button size="sm" busy={busy} onClick={() => run({ op: "swap", itemId: item.id, exerciseId: id })}>
                Use {exerciseName(id)}
              </Button>
            </li>
          ))}
        </ul>
      </Dialog>
    </article>
  );
}
