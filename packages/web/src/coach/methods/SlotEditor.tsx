import type { ExerciseEntry } from "@spotter/contracts";
import { BLOCK_KINDS, type MethodSlot, MOVEMENT_PATTERNS, SLOT_ROLES } from "@spotter/engine";
import { useState } from "react";
import { label } from "../labels.ts";
import { ExerciseSearch } from "./ExerciseSearch.tsx";
import { useErrorUnderAny } from "./errors.tsx";
import { SelectField, TextField } from "./inputs.tsx";
import { PrescriptionEditor } from "./PrescriptionEditor.tsx";
import { ProgressionEditor } from "./ProgressionEditor.tsx";
import { SlotGroupFields } from "./SlotGroupFields.tsx";

type Props = {
  slot: MethodSlot;
  /** `days.0.slots.1` */
  path: string;
  title: string;
  catalog: ExerciseEntry[];
  onChange: (s: MethodSlot) => void;
  onMove: (d: -1 | 1) => void;
  onRemove: () => void;
  first: boolean;
  last: boolean;
};

const PATTERNS = MOVEMENT_PATTERNS.map((p) => ({ value: p, label: label(p) }));
const ROLES = SLOT_ROLES.map((r) => ({ value: r, label: label(r) }));
const LATER_KINDS = BLOCK_KINDS.filter((k) => k !== "accumulation");

/** One slot of a day: what to train (fixed exercises or the engine's pick for a pattern), how much, how it progresses. */
export function SlotEditor({ slot, path, title, catalog, onChange, onMove, onRemove, first, last }: Props) {
  const fixed = slot.exerciseIds !== undefined;
  const [laterOpen, setLaterOpen] = useState(false);
  // A problem in a folded-away dose unfolds it, so its message is next to its field.
  const laterError = useErrorUnderAny(LATER_KINDS.map((k) => `${path}.prescription.${k}`));
  const later = laterOpen || laterError !== undefined;
  const patch = (p: Partial<MethodSlot>) => {
    const next: MethodSlot = { ...slot, ...p };
    for (const k of Object.keys(p) as (keyof MethodSlot)[]) if (p[k] === undefined) delete next[k];
    onChange(next);
  };
  const setDose = (kind: (typeof BLOCK_KINDS)[number], dose: NonNullable<MethodSlot["prescription"]>[typeof kind]) => {
    const prescription = { ...slot.prescription, [kind]: dose };
    if (dose === undefined) delete prescription[kind];
    patch({ prescription: Object.keys(prescription).length ? prescription : undefined });
  };
  return (
    <section className="slot" aria-label={title}>
      <header className="slot-head">
        <h4>{title}</h4>
        <div className="btn-row">
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            disabled={first}
            onClick={() => onMove(-1)}
            aria-label={`Move ${title} up`}
          >
            ↑
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            disabled={last}
            onClick={() => onMove(1)}
            aria-label={`Move ${title} down`}
          >
            ↓
          </button>
          <button type="button" className="btn btn-ghost btn-sm" onClick={onRemove} aria-label={`Remove ${title}`}>
            Remove
          </button>
        </div>
      </header>
      <div className="slot-grid">
        <SelectField
          label="Movement pattern"
          name={`${path}.pattern`}
          value={slot.pattern}
          options={PATTERNS}
          // Fixed exercises belong to one pattern: changing it starts the list again.
          onChange={(pattern) => patch({ pattern, exerciseIds: fixed ? [] : undefined })}
        />
        <SelectField
          label="Role"
          name={`${path}.role`}
          value={slot.role}
          options={ROLES}
          onChange={(role) => patch({ role })}
        />
        <TextField
          label="Label (optional)"
          name={`${path}.label`}
          value={slot.label ?? ""}
          onChange={(v) => patch({ label: v || undefined })}
        />
      </div>
      <fieldset className="choice">
        <legend>Exercise</legend>
        <label className="check">
          <input
            type="radio"
            name={`${path}-choice`}
            checked={!fixed}
            onChange={() => patch({ exerciseIds: undefined })}
          />{" "}
          The engine picks a {label(slot.pattern).toLowerCase()} exercise for each client
        </label>
        <label className="check">
          <input type="radio" name={`${path}-choice`} checked={fixed} onChange={() => patch({ exerciseIds: [] })} />{" "}
          Fixed exercise(s) from the catalog
        </label>
      </fieldset>
      {fixed ? (
        <ExerciseSearch
          pattern={slot.pattern}
          catalog={catalog}
          value={slot.exerciseIds ?? []}
          onChange={(ids) => patch({ exerciseIds: ids })}
          path={`${path}.exerciseIds`}
          slotName={title}
        />
      ) : null}
      <PrescriptionEditor
        kind="accumulation"
        path={`${path}.prescription.accumulation`}
        value={slot.prescription?.accumulation}
        onChange={(d) => setDose("accumulation", d)}
      />
      {/* Rendered only when open: a 6-day method has dozens of slots, each with four more doses. */}
      <details className="later-kinds" open={later} onToggle={(e) => setLaterOpen(e.currentTarget.open)}>
        <summary>Doses for intensification, realization, deload and taper blocks</summary>
        {later
          ? LATER_KINDS.map((k) => (
              <PrescriptionEditor
                key={k}
                kind={k}
                path={`${path}.prescription.${k}`}
                value={slot.prescription?.[k]}
                onChange={(d) => setDose(k, d)}
              />
            ))
          : null}
      </details>
      <ProgressionEditor
        path={`${path}.progression`}
        value={slot.progression}
        onChange={(progression) => patch({ progression })}
      />
      <SlotGroupFields group={slot.group} path={path} onChange={(group) => patch({ group })} />
    </section>
  );
}
