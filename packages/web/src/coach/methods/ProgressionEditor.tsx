import type { ProgressionRule } from "@spotter/engine";
import { useState } from "react";
import { Field } from "../../ui/index.ts";
import { NumField } from "./inputs.tsx";

type Kind = ProgressionRule["kind"] | "none";

const KINDS: { value: Kind; label: string }[] = [
  { value: "none", label: "Engine default for the goal" },
  { value: "linear", label: "Linear: add load each session" },
  { value: "double", label: "Double: reps up the range, then load" },
  { value: "rpe", label: "RPE: load from the last top set's effort" },
  { value: "percent_wave", label: "%1RM waves of a training max" },
  { value: "velocity", label: "Velocity target" },
];

/** What a rule starts as when chosen; every number is then the coach's to change. */
const START: Record<ProgressionRule["kind"], ProgressionRule> = {
  linear: { kind: "linear", incrementKg: 2.5, failureLimit: 3, resetPct: 10 },
  double: { kind: "double", repRange: [8, 12], incrementPct: 2.5 },
  rpe: { kind: "rpe", reps: 5, targetRpe: 8 },
  percent_wave: {
    kind: "percent_wave",
    trainingMaxPct: 90,
    waves: [
      { pct: 85, reps: 5 },
      { pct: 90, reps: 3 },
      { pct: 95, reps: 1 },
    ],
  },
  velocity: { kind: "velocity", reps: 3, targetVelocity: 0.5 },
};

const wavesText = (w: { pct: number; reps: number }[]) => w.map((x) => `${x.pct}x${x.reps}`).join(", ");
/** "85x5, 90x3, 95x1" → waves; anything unreadable becomes an empty list (methodSchema then says so). */
function parseWaves(s: string): { pct: number; reps: number }[] {
  const parts = s
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const waves = parts.map((p) => /^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+)$/i.exec(p));
  if (waves.some((m) => !m)) return [];
  return waves.map((m) => ({ pct: Number(m?.[1]), reps: Number(m?.[2]) }));
}

type Props = { path: string; value: ProgressionRule | undefined; onChange: (v: ProgressionRule | undefined) => void };

/** The slot's progression rule: how its load moves from one exposure to the next. */
export function ProgressionEditor({ path, value, onChange }: Props) {
  const [waves, setWaves] = useState(value?.kind === "percent_wave" ? wavesText(value.waves) : "");
  const kind: Kind = value?.kind ?? "none";
  // The text being typed, unless the rule changed from outside (an import, a slot moved into this
  // position): then the rule's own waves are shown.
  const shownWaves =
    value?.kind === "percent_wave" && value.waves.length && wavesText(parseWaves(waves)) !== wavesText(value.waves)
      ? wavesText(value.waves)
      : waves;
  return (
    <fieldset className="dose" aria-label="Progression rule">
      <legend>Progression</legend>
      <Field label="Rule" name={`${path}.kind`}>
        <select
          value={kind}
          onChange={(e) => {
            const k = e.target.value as Kind;
            const next = k === "none" ? undefined : structuredClone(START[k]);
            if (next?.kind === "percent_wave") setWaves(wavesText(next.waves));
            onChange(next);
          }}
        >
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="dose-grid">
        {value?.kind === "linear" ? (
          <>
            <NumField
              label="Add (kg)"
              name={`${path}.incrementKg`}
              value={value.incrementKg}
              step={0.5}
              onChange={(v) => onChange({ ...value, incrementKg: v as number })}
            />
            <NumField
              label="Misses before reset"
              name={`${path}.failureLimit`}
              value={value.failureLimit}
              onChange={(v) => onChange({ ...value, failureLimit: v as number })}
            />
            <NumField
              label="Reset (% lighter)"
              name={`${path}.resetPct`}
              value={value.resetPct}
              onChange={(v) => onChange({ ...value, resetPct: v as number })}
            />
          </>
        ) : null}
        {value?.kind === "double" ? (
          <>
            <NumField
              label="Range from reps"
              name={`${path}.repRange.0`}
              value={value.repRange[0]}
              onChange={(v) => onChange({ ...value, repRange: [v as number, value.repRange[1]] })}
            />
            <NumField
              label="Range to reps"
              name={`${path}.repRange`}
              value={value.repRange[1]}
              onChange={(v) => onChange({ ...value, repRange: [value.repRange[0], v as number] })}
            />
            <NumField
              label="Load step (%)"
              name={`${path}.incrementPct`}
              value={value.incrementPct}
              step={0.5}
              onChange={(v) => onChange({ ...value, incrementPct: v as number })}
            />
          </>
        ) : null}
        {value?.kind === "rpe" ? (
          <>
            <NumField
              label="Top set reps"
              name={`${path}.reps`}
              value={value.reps}
              onChange={(v) => onChange({ ...value, reps: v as number })}
            />
            <NumField
              label="Target RPE"
              name={`${path}.targetRpe`}
              value={value.targetRpe}
              step={0.5}
              onChange={(v) => onChange({ ...value, targetRpe: v as number })}
            />
          </>
        ) : null}
        {value?.kind === "velocity" ? (
          <>
            <NumField
              label="Reps"
              name={`${path}.reps`}
              value={value.reps}
              onChange={(v) => onChange({ ...value, reps: v as number })}
            />
            <NumField
              label="Target velocity (m/s)"
              name={`${path}.targetVelocity`}
              value={value.targetVelocity}
              step={0.05}
              onChange={(v) => onChange({ ...value, targetVelocity: v as number })}
            />
          </>
        ) : null}
        {value?.kind === "percent_wave" ? (
          <>
            <NumField
              label="Training max (% of 1RM)"
              name={`${path}.trainingMaxPct`}
              value={value.trainingMaxPct}
              onChange={(v) => onChange({ ...value, trainingMaxPct: v as number })}
            />
            <Field label="Waves (% × reps)" name={`${path}.waves`} hint="e.g. 85x5, 90x3, 95x1 — one per week">
              <input
                type="text"
                value={shownWaves}
                onChange={(e) => {
                  setWaves(e.target.value);
                  onChange({ ...value, waves: parseWaves(e.target.value) });
                }}
              />
            </Field>
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
