import { Button, Field } from "../../ui/index.ts";
import { type RepMaxDraft, today } from "./intake-state.ts";
import type { SectionProps } from "./section-props.ts";

/** Common lifts for the datalist; any catalog id is accepted. */
const COMMON = [
  "back-squat",
  "front-squat",
  "bench-press",
  "deadlift",
  "overhead-press",
  "barbell-row",
  "pull-up",
  "goblet-squat",
];

export function BaselinesSection({ s, set, unit }: SectionProps) {
  const update = (i: number, patch: Partial<RepMaxDraft>) =>
    set({ repMaxes: s.repMaxes.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <fieldset>
      <legend>Baselines</legend>
      <p className="muted">Recent rep maxes. Spotter estimates 1RMs from them and starts loads conservatively.</p>
      <datalist id="exercise-ids">
        {COMMON.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {s.repMaxes.map((r, i) => {
        const p = `profile.baselines.repMaxes.${i}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
          <div key={i} className="grid-4 subrow">
            <Field label="Exercise" name={`${p}.exerciseId`}>
              <input
                type="text"
                list="exercise-ids"
                value={r.exerciseId}
                onChange={(e) => update(i, { exerciseId: e.target.value })}
              />
            </Field>
            <Field label={`Load (${unit})`} name={`${p}.loadKg`}>
              <input
                type="number"
                min={0}
                step={0.5}
                inputMode="decimal"
                value={r.load}
                onChange={(e) => update(i, { load: e.target.value })}
              />
            </Field>
            <Field label="Reps" name={`${p}.reps`}>
              <input
                type="number"
                min={1}
                max={30}
                value={r.reps}
                onChange={(e) => update(i, { reps: e.target.value })}
              />
            </Field>
            <Field label="Date" name={`${p}.date`}>
              <input type="date" value={r.date} onChange={(e) => update(i, { date: e.target.value })} />
            </Field>
          </div>
        );
      })}
      <Button
        size="sm"
        onClick={() => set({ repMaxes: [...s.repMaxes, { exerciseId: "", load: "", reps: "5", date: today() }] })}
      >
        Add rep max
      </Button>
    </fieldset>
  );
}
