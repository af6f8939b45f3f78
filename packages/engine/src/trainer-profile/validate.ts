import type { EngineFieldError } from "../core/errors.ts";
import { GOALS } from "../model/index.ts";
import {
  CUE_VERBOSITIES,
  EFFORT_SCALES,
  FINISHER_STYLES,
  PROGRESSION_METHODS,
  TONES,
  TRAINING_STYLES,
  type TrainerProfile,
  WARMUP_STYLES,
} from "./trainer-profile.ts";

/**
 * Every problem with a Trainer Profile, paths relative to it (empty = valid). Catches what would
 * otherwise turn into NaN loads (a zero plate step) or silent fallbacks (an unknown style).
 */
export function validateTrainerProfile(t: TrainerProfile): EngineFieldError[] {
  const e: EngineFieldError[] = [];
  const push = (path: string, message: string) => e.push({ path, message });
  const oneOf = <T extends string>(path: string, v: T, allowed: readonly T[]) => {
    if (!allowed.includes(v)) push(path, `must be one of ${allowed.join(", ")}`);
  };
  if (t.trainingStyles.length === 0) push("trainingStyles", "needs at least one style");
  t.trainingStyles.forEach((s, i) => {
    oneOf(`trainingStyles.${i}`, s, TRAINING_STYLES);
  });
  if (t.progressionMethods.length === 0) push("progressionMethods", "needs at least one method");
  t.progressionMethods.forEach((m, i) => {
    oneOf(`progressionMethods.${i}`, m, PROGRESSION_METHODS);
  });
  oneOf("effortScale", t.effortScale, EFFORT_SCALES);
  oneOf("warmupStyle", t.warmupStyle, WARMUP_STYLES);
  oneOf("finisherStyle", t.finisherStyle, FINISHER_STYLES);
  oneOf("voice.cueVerbosity", t.voice.cueVerbosity, CUE_VERBOSITIES);
  oneOf("voice.tone", t.voice.tone, TONES);
  oneOf("units", t.units, ["client", "kg", "lb"] as const);
  if (!(Number.isInteger(t.deloadEveryWeeks) && t.deloadEveryWeeks >= 2 && t.deloadEveryWeeks <= 12))
    push("deloadEveryWeeks", "must be an integer 2-12");
  for (const g of GOALS) {
    const r = t.restSecondsByGoal[g];
    if (!r || !(r.main >= 0 && r.accessory >= 0))
      push(`restSecondsByGoal.${g}`, "needs main and accessory seconds ≥ 0");
  }
  for (const u of ["kg", "lb"] as const) {
    const inc = t.loadIncrements[u];
    const p = `loadIncrements.${u}`;
    if (!inc) {
      push(p, "missing");
      continue;
    }
    for (const k of ["barbellStep", "dumbbellStep", "machineStep", "cableStep"] as const) {
      if (!(inc[k] > 0)) push(`${p}.${k}`, "must be > 0");
    }
    if (!(inc.bar >= 0)) push(`${p}.bar`, "must be ≥ 0");
    if (inc.kettlebells.length === 0 || inc.kettlebells.some((k) => !(k > 0)))
      push(`${p}.kettlebells`, "needs sizes > 0");
  }
  for (const [goal, id] of Object.entries(t.defaultMethods ?? {})) {
    if (!(GOALS as readonly string[]).includes(goal))
      push(`defaultMethods.${goal}`, `not a goal (${GOALS.join(", ")})`);
    else if (typeof id !== "string" || !METHOD_ID.test(id))
      push(`defaultMethods.${goal}`, "must be a method id (kebab-case, organization methods prefixed org:)");
  }
  return e;
}

/** Built-in method ids are kebab-case; an organization's carry the `org:` prefix. */
const METHOD_ID = /^(org:)?[a-z0-9]+(-[a-z0-9]+)*$/;
