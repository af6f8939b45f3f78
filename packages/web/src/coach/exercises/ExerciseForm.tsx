import type { ExerciseEntry, ExerciseWriteRequest } from "@spotter/contracts";
import {
  EQUIPMENT,
  type Equipment,
  LEVELS,
  LOAD_TYPES,
  MOVEMENT_PATTERNS,
  MUSCLES,
  type Muscle,
} from "@spotter/engine";
import { useState } from "react";
import { Button, Field, FormErrors } from "../../ui/index.ts";
import { label } from "../labels.ts";
import { useCreateExercise, useUpdateExercise } from "./api.ts";

type Props = { editing?: ExerciseEntry; takenIds: ReadonlySet<string>; onDone: (saved: ExerciseEntry) => void };

/** `org:` + kebab-case of the name; a taken id gets -2, -3… (built-in ids are reserved). */
export function exerciseIdFrom(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "exercise";
  let id = `org:${slug}`;
  for (let n = 2; taken.has(id); n++) id = `org:${slug}-${n}`;
  return id;
}

const lines = (s: string) =>
  s
    .split("\n")
    .map((x) => x.trim())
    .filter(Boolean)
    .slice(0, 10);

/** Create or edit one of the organization's exercises: the fields a coach sets; relations are kept as they are. */
export function ExerciseForm({ editing, takenIds, onDone }: Props) {
  const create = useCreateExercise();
  const update = useUpdateExercise();
  const write = editing ? update : create;
  const [name, setName] = useState(editing?.name ?? "");
  const [pattern, setPattern] = useState(editing?.pattern ?? "squat");
  const [muscles, setMuscles] = useState<Muscle[]>(editing?.primaryMuscles ?? []);
  const [equipment, setEquipment] = useState<Equipment[]>(editing?.equipment[0] ?? []);
  const [level, setLevel] = useState(editing?.level ?? "beginner");
  const [loadType, setLoadType] = useState(editing?.loadType ?? "barbell");
  const [measure, setMeasure] = useState(editing?.measure ?? "reps");
  const [unilateral, setUnilateral] = useState(editing?.unilateral ?? false);
  const [tempo, setTempo] = useState(editing?.tempo ?? "2-0-1-0");
  const [secondsPerRep, setSecondsPerRep] = useState(String(editing?.secondsPerRep ?? 4));
  const [setup, setSetup] = useState(editing?.cues.setup.join("\n") ?? "");
  const [execution, setExecution] = useState(editing?.cues.execution.join("\n") ?? "");
  const [faults, setFaults] = useState(editing?.cues.faults.join("\n") ?? "");
  const [mediaUrl, setMediaUrl] = useState(editing?.mediaUrl ?? "");
  const id = editing?.id ?? exerciseIdFrom(name, takenIds);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const body: ExerciseWriteRequest = {
      id,
      name,
      pattern,
      primaryMuscles: muscles,
      secondaryMuscles: editing?.secondaryMuscles ?? [],
      // One way to do it: the ticked equipment together (none ticked = bodyweight).
      equipment: editing && editing.equipment.length > 1 ? [equipment, ...editing.equipment.slice(1)] : [equipment],
      level,
      unilateral,
      loadType,
      measure,
      jointStress: editing?.jointStress ?? [],
      regressions: editing?.regressions ?? [],
      progressions: editing?.progressions ?? [],
      cues: { setup: lines(setup), execution: lines(execution), faults: lines(faults) },
      tempo,
      secondsPerRep: Number(secondsPerRep),
      tags: editing?.tags ?? [],
      mediaUrl: mediaUrl.trim() ? mediaUrl.trim() : null,
    };
    write.mutate(body, { onSuccess: onDone });
  }
  const toggle = <T,>(list: T[], v: T, on: boolean) => (on ? [...list, v] : list.filter((x) => x !== v));

  return (
    <FormErrors errors={write.error?.fields ?? []}>
      <form onSubmit={submit} noValidate className="exercise-form">
        {write.error ? (
          <p className="notice notice-red" role="alert">
            {write.error.fields.length > 1
              ? `${write.error.fields.length} things to fix (marked below): ${write.error.message}`
              : write.error.message}
          </p>
        ) : null}
        <Field label="Name" name="name" hint={editing ? undefined : `Saved as ${id}`}>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
        </Field>
        <div className="grid-2">
          <Field label="Movement pattern" name="pattern">
            <select value={pattern} onChange={(e) => setPattern(e.target.value as typeof pattern)}>
              {MOVEMENT_PATTERNS.map((p) => (
                <option key={p} value={p}>
                  {label(p)}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Level" name="level">
            <select value={level} onChange={(e) => setLevel(e.target.value as typeof level)}>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {label(l)}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Load" name="loadType">
            <select value={loadType} onChange={(e) => setLoadType(e.target.value as typeof loadType)}>
              {LOAD_TYPES.map((l) => (
                <option key={l} value={l}>
                  {label(l)}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Measured in" name="measure">
            <select value={measure} onChange={(e) => setMeasure(e.target.value as typeof measure)}>
              <option value="reps">Reps</option>
              <option value="time">Time</option>
              <option value="distance">Distance</option>
            </select>
          </Field>
          <Field label="Tempo (eccentric-pause-concentric-pause)" name="tempo">
            <input value={tempo} onChange={(e) => setTempo(e.target.value)} />
          </Field>
          <Field label="Seconds per rep" name="secondsPerRep">
            <input
              type="number"
              min={0.5}
              max={60}
              step={0.5}
              value={secondsPerRep}
              onChange={(e) => setSecondsPerRep(e.target.value)}
            />
          </Field>
        </div>
        <label className="check">
          <input type="checkbox" checked={unilateral} onChange={(e) => setUnilateral(e.target.checked)} /> One side at a
          time (unilateral)
        </label>
        <fieldset className="exercise-checks" data-field="primaryMuscles">
          <legend>Primary muscles</legend>
          <div className="check-grid">
            {MUSCLES.map((m) => (
              <label key={m} className="check">
                <input
                  type="checkbox"
                  checked={muscles.includes(m)}
                  onChange={(e) => setMuscles(toggle(muscles, m, e.target.checked))}
                />
                {label(m)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="exercise-checks">
          <legend>Equipment needed (none ticked: bodyweight)</legend>
          <div className="check-grid">
            {EQUIPMENT.map((q) => (
              <label key={q} className="check">
                <input
                  type="checkbox"
                  checked={equipment.includes(q)}
                  onChange={(e) => setEquipment(toggle(equipment, q, e.target.checked))}
                />
                {label(q)}
              </label>
            ))}
          </div>
        </fieldset>
        <p className="muted small">Cues: at least one of each, one per line; clients read them in their session.</p>
        <Field label="Setup cues (one per line)" name="cues.setup">
          <textarea rows={2} value={setup} onChange={(e) => setSetup(e.target.value)} />
        </Field>
        <Field label="Execution cues (one per line)" name="cues.execution">
          <textarea rows={2} value={execution} onChange={(e) => setExecution(e.target.value)} />
        </Field>
        <Field label="Common faults (one per line)" name="cues.faults">
          <textarea rows={2} value={faults} onChange={(e) => setFaults(e.target.value)} />
        </Field>
        <Field
          label="Demo video or image link (optional)"
          name="mediaUrl"
          hint="An https:// link, e.g. a YouTube video. Shown as a link; never embedded."
        >
          <input type="text" inputMode="url" value={mediaUrl} onChange={(e) => setMediaUrl(e.target.value)} />
        </Field>
        <div className="btn-row">
          <Button type="submit" variant="primary" busy={write.isPending}>
            {editing ? "Save changes" : "Create exercise"}
          </Button>
        </div>
      </form>
    </FormErrors>
  );
}
