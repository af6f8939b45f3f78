import { type Reason, reason } from "../core/reasons.ts";
import type { ExerciseLog, ExerciseState, ProgressionStates, SessionLog } from "../logging/index.ts";
import type { Exercise, Unit } from "../model/index.ts";
import type { BlockKind, ProgressionRule } from "../model/plan.ts";
import { DELOAD_LOAD_SHARE, type LoadPrescription, nextLoad } from "../progression/index.ts";
import { clean, fromKg, type LoadIncrements, roundLoad, toKg } from "../units/index.ts";

export const PROGRESSION_DECISIONS = ["progress", "hold", "reduce", "deload"] as const;
export type ProgressionDecisionKind = (typeof PROGRESSION_DECISIONS)[number];

/**
 * One lift's next exposure as the loop decided it. Loads in kg. The short form
 * `{ exerciseId, fromKg, toKg }` is a scheduled increase read from a published plan.
 */
export type ProgressionDecision = {
  exerciseId: string;
  /** Absent: a scheduled increase ("progress"). */
  decision?: ProgressionDecisionKind;
  fromKg: number;
  toKg: number;
  fromReps?: number;
  toReps?: number;
  /** What was done and what comes next, in the client's unit: "Back squat 100 kg × 5 @ RPE 9.5". */
  before?: string;
  after?: string;
  /** ISO date of the log it was decided from: the proposal's date and id, so re-runs match. */
  basedOn?: string;
  reasons?: Reason[];
};

/** The block the next session falls in (from the roadmap), when one is known. */
export type NextExposure = { blockKind: BlockKind; weekInBlock: number; rule: ProgressionRule; mainRpe?: number };

export type ProgressionDecisionInput = {
  /** The log just recorded. */
  log: SessionLog;
  /** Progression state after that log (deriveProgressionStates over the history including it). */
  states: ProgressionStates;
  next?: NextExposure;
  exercise: (id: string) => Exercise | undefined;
  unit: Unit;
  increments: LoadIncrements;
  /** Which lifts to decide for (e.g. the session's main and secondary lifts); default every loaded one. */
  include?: (exerciseId: string) => boolean;
};

/** The next-exposure target when neither the roadmap nor the log states one (a moderate working set). */
const DEFAULT_TARGET_RPE = 8;

/**
 * What the next exposure of each lift in the log should be, as the engine's own progression will
 * prescribe it (nextLoad with the next block's rule and target: the model's step governed by the
 * reported effort, never up after a missed set): "deload" when the next session falls in a deload
 * or taper week; else "progress" when the load (or, at the same load, the reps) goes up, "hold"
 * when it stays, "reduce" when it goes down, each saying why (missed set, RPE reported against the
 * target, or the rule). A missed set or an RPE above the target is never "progress". Bodyweight, banded, timed and deload exposures are left out (nothing to
 * decide from). Pure and deterministic.
 */
export function decideProgressions(input: ProgressionDecisionInput): ProgressionDecision[] {
  const out: ProgressionDecision[] = [];
  for (const ex of input.log.exercises) {
    const exercise = input.exercise(ex.exerciseId);
    const state = input.states[ex.exerciseId];
    if (!exercise || !state || !decidable(ex, exercise, state, input)) continue;
    out.push(decideOne(ex, exercise, state, input));
  }
  return out;
}

function decidable(ex: ExerciseLog, exercise: Exercise, state: ExerciseState, input: ProgressionDecisionInput) {
  if (input.include && !input.include(ex.exerciseId)) return false;
  if (exercise.loadType === "bodyweight" || exercise.loadType === "band" || exercise.measure !== "reps") return false;
  return !ex.target?.deload && state.lastDate === input.log.date && state.lastLoadKg > 0 && state.lastReps > 0;
}

function decideOne(
  ex: ExerciseLog,
  exercise: Exercise,
  state: ExerciseState,
  input: ProgressionDecisionInput,
): ProgressionDecision {
  const { unit, increments, next } = input;
  const last = clean(fromKg(state.lastLoadKg, unit));
  const reps = ex.target?.reps ?? state.lastReps;
  const targetRpe = next?.mainRpe ?? ex.target?.rpe ?? DEFAULT_TARGET_RPE;
  const rule: ProgressionRule = next?.rule ?? { kind: "rpe", reps, targetRpe };
  const deloadNext = next?.blockKind === "deload" || next?.blockKind === "taper";
  const model = nextLoad({
    exercise,
    state,
    rule,
    target: { reps, rpe: targetRpe },
    weekInBlock: next?.weekInBlock ?? 0,
    deload: deloadNext,
    unit,
    increments,
    intensityScale: 1,
  });
  const modelLoad = model.load ?? last;
  const reported = state.lastRpe;
  const loggedTarget = ex.target?.rpe;
  const inputs = {
    exerciseId: ex.exerciseId,
    lastLoad: last,
    lastReps: state.lastReps,
    reportedRpe: reported ?? null,
    targetRpe: loggedTarget ?? null,
    nextTargetRpe: next?.mainRpe ?? null,
    allSetsCompleted: state.lastAllCompleted,
    nextBlockKind: next?.blockKind ?? null,
    rule: rule.kind,
    unit,
  };
  const name = exercise.name;
  const did = `${name} ${last} ${unit} × ${state.lastReps}${reported !== undefined ? ` @ RPE ${reported}` : ""}`;
  const make = (
    decision: ProgressionDecisionKind,
    load: number,
    toReps: number,
    after: string,
    why: Reason,
    extra: Reason[] = [],
  ): ProgressionDecision => ({
    exerciseId: ex.exerciseId,
    decision,
    fromKg: clean(toKg(last, unit)),
    toKg: clean(toKg(load, unit)),
    fromReps: state.lastReps,
    toReps,
    before: did,
    after,
    basedOn: input.log.date,
    reasons: [why, ...extra],
  });

  if (deloadNext) {
    // RPE- and wave-driven rules do not lighten a deload by themselves; take the deload share then.
    const load =
      modelLoad < last ? modelLoad : roundLoad(last * DELOAD_LOAD_SHARE, exercise.loadType, increments, "down");
    return make(
      "deload",
      load,
      model.reps,
      `deload: ${name} ${load} ${unit} × ${model.reps}`,
      reason(
        "progression.decision.deload",
        `The next session falls in a ${next?.blockKind} week: ${name} goes lighter (${last} → ${load} ${unit}).`,
        { ...inputs, nextLoad: load },
        { deloadShare: DELOAD_LOAD_SHARE },
      ),
    );
  }
  // The decision is what the engine's own rule does next (nextLoad: the block's model, governed by
  // reported effort, never up after a missed set), so the proposal and the next draft agree. A
  // missed set or an RPE above the target never progresses here whatever the model says: the hold
  // is then what an accepted proposal makes the next draft do (Helms et al. 2016, SCJ 38(4):42-49:
  // an exposure harder than its target RPE does not earn more load).
  const missed = !state.lastAllCompleted;
  const aimed = loggedTarget ?? next?.mainRpe;
  const tooHard = reported !== undefined && aimed !== undefined && reported > aimed;
  const why = missed
    ? `a set was missed at ${last} ${unit}`
    : tooHard
      ? `RPE ${reported} reported against a target of ${aimed}`
      : `the ${rule.kind} rule keeps it`;
  const up = modelLoad > last || (modelLoad === last && model.reps > state.lastReps);
  if (up && !missed && !tooHard) {
    const more = modelLoad > last ? `${last} → ${modelLoad} ${unit}` : `${state.lastReps} → ${model.reps} reps`;
    const effort =
      reported !== undefined && aimed !== undefined ? `RPE ${reported} against a target of ${aimed}, ` : "";
    return make(
      "progress",
      modelLoad,
      model.reps,
      `${name} ${modelLoad} ${unit} × ${model.reps}`,
      reason("progression.decision.progress", `Progress ${name} (${more}): ${effort}every set completed.`, {
        ...inputs,
        nextLoad: modelLoad,
        nextReps: model.reps,
      }),
      model.reasons,
    );
  }
  if (modelLoad < last) return reduce(make, model, last, unit, name, why, inputs);
  const holdReps = Math.min(state.lastReps, model.reps);
  const ruleId = missed
    ? "progression.decision.hold_missed"
    : tooHard
      ? "progression.decision.hold_rpe"
      : "progression.decision.hold_rule";
  return make(
    "hold",
    last,
    holdReps,
    `hold at ${last} ${unit} × ${holdReps}: ${why}`,
    reason(ruleId, `Hold ${name} at ${last} ${unit}: ${why}.`, inputs),
    model.reasons,
  );
}

function reduce(
  make: (
    d: ProgressionDecisionKind,
    load: number,
    reps: number,
    after: string,
    why: Reason,
    extra?: Reason[],
  ) => ProgressionDecision,
  model: LoadPrescription,
  last: number,
  unit: Unit,
  name: string,
  why: string,
  inputs: Record<string, string | number | boolean | null>,
): ProgressionDecision {
  const load = model.load ?? last;
  return make(
    "reduce",
    load,
    model.reps,
    `${name} ${load} ${unit} × ${model.reps} (lighter): ${why}`,
    reason("progression.decision.reduce", `Lower ${name} from ${last} to ${load} ${unit}: ${why}.`, {
      ...inputs,
      nextLoad: load,
    }),
    model.reasons,
  );
}
