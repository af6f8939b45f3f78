import {
  CUE_VERBOSITIES,
  DEFAULT_TRAINER_PROFILE,
  EFFORT_SCALES,
  FINISHER_STYLES,
  PROGRESSION_METHODS,
  TONES,
  TRAINING_STYLES,
  type TrainerProfile,
  WARMUP_STYLES,
} from "@spotter/engine";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { FormErrorSummary } from "../../auth/index.ts";
import { Button, ErrorState, Field, FormErrors, PageHead, Spinner } from "../../ui/index.ts";
import { toggle } from "../intake/section-props.ts";
import { label } from "../labels.ts";
import { DefaultMethodsFieldset } from "./DefaultMethodsFieldset.tsx";
import { ExercisePicker } from "./ExercisePicker.tsx";
import { useSaveTrainerProfile } from "./mutations.ts";
import { trainerProfileQuery } from "./queries.ts";

const EFFORT_LABEL: Record<string, string> = { rpe: "RPE (1–10)", rir: "Reps in reserve", percent_1rm: "% of 1RM" };
const PROG_LABEL: Record<string, string> = {
  linear: "Linear",
  double: "Double progression",
  rpe: "RPE autoregulation",
  percent_wave: "Percentage waves",
  velocity: "Velocity-based",
};

/** The trainer's methodology: every generated session passes through it. */
export function TrainerProfilePage() {
  const res = useQuery(trainerProfileQuery());
  const save = useSaveTrainerProfile();
  const error = save.error ?? undefined;
  const [p, setP] = useState<TrainerProfile>(DEFAULT_TRAINER_PROFILE);
  useEffect(() => {
    if (res.data) setP(res.data.profile);
  }, [res.data]);
  const set = (patch: Partial<TrainerProfile>) => {
    save.reset();
    setP((prev) => ({ ...prev, ...patch }));
  };
  const saved = save.isSuccess;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    save.mutate(p);
  }

  if (res.isPending) return <Spinner label="Loading trainer profile…" />;
  // A coach who never saved one gets the defaults from the server (`isDefault`), not a 404.
  if (res.error) return <ErrorState error={res.error} what="your trainer profile" onRetry={() => void res.refetch()} />;
  return (
    <>
      <PageHead title="Trainer profile" subtitle="Your methodology. Every session Spotter drafts follows it." />
      <FormErrors errors={error?.fields ?? []}>
        <form onSubmit={onSubmit} noValidate aria-label="Trainer profile">
          <FormErrorSummary
            error={error}
            claimed={["trainingStyles", "progressionMethods", "effortScale", "deloadEveryWeeks"]}
          />
          <fieldset>
            <legend>Training style and progression</legend>
            <fieldset className="plain">
              <legend className="label">Training styles (first checked is primary)</legend>
              <div className="check-grid">
                {TRAINING_STYLES.map((t) => (
                  <label key={t} className="check">
                    <input
                      type="checkbox"
                      checked={p.trainingStyles.includes(t)}
                      onChange={(e) => set({ trainingStyles: toggle(p.trainingStyles, t, e.target.checked) })}
                    />
                    {label(t)}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="plain">
              <legend className="label">Progression methods you use</legend>
              <div className="check-grid">
                {PROGRESSION_METHODS.map((m) => (
                  <label key={m} className="check">
                    <input
                      type="checkbox"
                      checked={p.progressionMethods.includes(m)}
                      onChange={(e) => set({ progressionMethods: toggle(p.progressionMethods, m, e.target.checked) })}
                    />
                    {PROG_LABEL[m] ?? label(m)}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="grid-3">
              <Field label="Effort scale" name="effortScale">
                <select
                  value={p.effortScale}
                  onChange={(e) => set({ effortScale: e.target.value as TrainerProfile["effortScale"] })}
                >
                  {EFFORT_SCALES.map((s) => (
                    <option key={s} value={s}>
                      {EFFORT_LABEL[s] ?? s}
                    </option>
                  ))}
                </select>
              </Field>
              <Field
                label="Deload every (weeks)"
                name="deloadEveryWeeks"
                hint="4 = three loading weeks, then a deload."
              >
                <input
                  type="number"
                  min={3}
                  max={12}
                  value={p.deloadEveryWeeks}
                  onChange={(e) => set({ deloadEveryWeeks: Number(e.target.value) })}
                />
              </Field>
              <Field label="Plates" name="units">
                <select value={p.units} onChange={(e) => set({ units: e.target.value as TrainerProfile["units"] })}>
                  <option value="client">Follow each client's units</option>
                  <option value="kg">Always kg</option>
                  <option value="lb">Always lb</option>
                </select>
              </Field>
            </div>
          </fieldset>
          <fieldset>
            <legend>Session shape</legend>
            <div className="grid-2">
              <Field label="Warm-up" name="warmupStyle">
                <select
                  value={p.warmupStyle}
                  onChange={(e) => set({ warmupStyle: e.target.value as TrainerProfile["warmupStyle"] })}
                >
                  {WARMUP_STYLES.map((w) => (
                    <option key={w} value={w}>
                      {label(w)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Finisher" name="finisherStyle">
                <select
                  value={p.finisherStyle}
                  onChange={(e) => set({ finisherStyle: e.target.value as TrainerProfile["finisherStyle"] })}
                >
                  {FINISHER_STYLES.map((f) => (
                    <option key={f} value={f}>
                      {label(f)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <ExercisePicker
              label="Preferred exercises"
              name="preferredExercises"
              value={p.preferredExercises}
              onChange={(v) => set({ preferredExercises: v })}
            />
            <ExercisePicker
              label="Banned exercises"
              name="bannedExercises"
              value={p.bannedExercises}
              onChange={(v) => set({ bannedExercises: v })}
            />
          </fieldset>
          <fieldset>
            <legend>Coaching voice</legend>
            <div className="grid-2">
              <Field label="Tone" name="voice.tone">
                <select
                  value={p.voice.tone}
                  onChange={(e) =>
                    set({ voice: { ...p.voice, tone: e.target.value as TrainerProfile["voice"]["tone"] } })
                  }
                >
                  {TONES.map((t) => (
                    <option key={t} value={t}>
                      {label(t)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Cue detail" name="voice.cueVerbosity">
                <select
                  value={p.voice.cueVerbosity}
                  onChange={(e) =>
                    set({
                      voice: { ...p.voice, cueVerbosity: e.target.value as TrainerProfile["voice"]["cueVerbosity"] },
                    })
                  }
                >
                  {CUE_VERBOSITIES.map((c) => (
                    <option key={c} value={c}>
                      {label(c)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          </fieldset>
          <DefaultMethodsFieldset value={p.defaultMethods} onChange={(defaultMethods) => set({ defaultMethods })} />
          <div className="btn-row sticky-actions">
            <Button type="submit" variant="primary" size="lg" busy={save.isPending}>
              Save trainer profile
            </Button>
            {saved ? (
              <span role="status" className="badge badge-green">
                Saved
              </span>
            ) : null}
          </div>
        </form>
      </FormErrors>
    </>
  );
}
