import type { BlockKind, SlotPrescription } from "@spotter/engine";
import { label } from "../labels.ts";
import { NumField, SelectField } from "./inputs.tsx";

type Props = {
  kind: BlockKind;
  /** Dotted path of this dose: `days.0.slots.1.prescription.accumulation`. */
  path: string;
  value: SlotPrescription | undefined;
  onChange: (v: SlotPrescription | undefined) => void;
};

/** A starting dose per kind when the coach switches from the goal's default to their own. */
const START: Record<BlockKind, SlotPrescription> = {
  accumulation: { sets: 3, reps: [8, 10], rpe: 7, restSeconds: 120 },
  intensification: { sets: 4, reps: 5, rpe: 8, restSeconds: 180 },
  realization: { sets: 3, reps: 3, rpe: 8.5, restSeconds: 180 },
  deload: { sets: 2, reps: 5, rpe: 6, restSeconds: 120 },
  taper: { sets: 2, reps: 3, rpe: 7, restSeconds: 180 },
};

type Effort = "rpe" | "percent" | "none";
const EFFORTS: { value: Effort; label: string }[] = [
  { value: "rpe", label: "RPE" },
  { value: "percent", label: "% of 1RM" },
  { value: "none", label: "Goal default" },
];

/**
 * One block kind's dose: sets, reps or a rep range, RPE or %1RM, rest, AMRAP last set, and an
 * optional heavier top set with back-off sets. Left unset, the kind uses the goal's default dose.
 */
export function PrescriptionEditor({ kind, path, value, onChange }: Props) {
  const name = label(kind);
  const custom = value !== undefined;
  const set = (patch: Partial<SlotPrescription>) => {
    if (!value) return;
    const next: SlotPrescription = { ...value, ...patch };
    for (const k of Object.keys(patch) as (keyof SlotPrescription)[]) if (patch[k] === undefined) delete next[k];
    onChange(next);
  };
  const [low, high] = Array.isArray(value?.reps) ? value.reps : [value?.reps, undefined];
  const effort: Effort = value?.rpe !== undefined ? "rpe" : value?.percent1rm !== undefined ? "percent" : "none";
  return (
    <fieldset className="dose" aria-label={`${name} dose`}>
      <legend>{name}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={custom}
          onChange={(e) => onChange(e.target.checked ? structuredClone(START[kind]) : undefined)}
        />{" "}
        Own dose for {kind} blocks
      </label>
      {!custom ? (
        <p className="field-hint">Uses the goal's default dose for {kind} blocks.</p>
      ) : (
        <>
          <div className="dose-grid">
            <NumField
              label="Sets"
              name={`${path}.sets`}
              value={value.sets}
              min={1}
              max={20}
              onChange={(v) => set({ sets: v as number })}
            />
            <NumField
              label="Reps"
              name={`${path}.reps`}
              value={low}
              min={1}
              max={100}
              onChange={(v) => set({ reps: high === undefined ? (v as number) : [v as number, high] })}
            />
            <NumField
              label="Up to reps"
              name={`${path}.reps.1`}
              hint="A range: progress reps inside it"
              value={high}
              min={1}
              max={100}
              onChange={(v) => set({ reps: v === undefined ? (low as number) : [low as number, v] })}
            />
            <SelectField<Effort>
              label="Effort"
              name={`${path}.effort`}
              value={effort}
              options={EFFORTS}
              onChange={(to) =>
                set({ rpe: to === "rpe" ? 7 : undefined, percent1rm: to === "percent" ? 75 : undefined })
              }
            />
            {value.rpe !== undefined ? (
              <NumField
                label="RPE"
                name={`${path}.rpe`}
                value={value.rpe}
                step={0.5}
                min={1}
                max={10}
                onChange={(v) => set({ rpe: v })}
              />
            ) : null}
            {value.percent1rm !== undefined ? (
              <NumField
                label="% of 1RM"
                name={`${path}.percent1rm`}
                value={value.percent1rm}
                min={1}
                max={100}
                onChange={(v) => set({ percent1rm: v })}
              />
            ) : null}
            <NumField
              label="Rest (s)"
              name={`${path}.restSeconds`}
              value={value.restSeconds}
              step={15}
              min={0}
              max={900}
              onChange={(v) => set({ restSeconds: v })}
            />
          </div>
          <div className="btn-row">
            <label className="check">
              <input
                type="checkbox"
                checked={value.amrap ?? false}
                onChange={(e) => set({ amrap: e.target.checked || undefined })}
              />{" "}
              Last set AMRAP
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={value.topSet !== undefined}
                onChange={(e) => set({ topSet: e.target.checked ? { reps: 3, rpe: 8, backoffPct: 85 } : undefined })}
              />{" "}
              Top set, then back-off sets
            </label>
          </div>
          {value.topSet ? (
            <div className="dose-grid">
              <NumField
                label="Top set reps"
                name={`${path}.topSet.reps`}
                value={value.topSet.reps}
                min={1}
                onChange={(v) => value.topSet && set({ topSet: { ...value.topSet, reps: v as number } })}
              />
              <NumField
                label="Top set RPE"
                name={`${path}.topSet.rpe`}
                value={value.topSet.rpe}
                step={0.5}
                onChange={(v) => value.topSet && set({ topSet: { ...value.topSet, rpe: v as number } })}
              />
              <NumField
                label="Back-off load (% of top)"
                name={`${path}.topSet.backoffPct`}
                value={value.topSet.backoffPct}
                onChange={(v) => value.topSet && set({ topSet: { ...value.topSet, backoffPct: v as number } })}
              />
            </div>
          ) : null}
        </>
      )}
    </fieldset>
  );
}
