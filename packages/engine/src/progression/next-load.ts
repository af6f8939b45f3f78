import type { ExerciseState } from "../logging/index.ts";
import type { Exercise, RepMax, Unit } from "../model/index.ts";
import type { ProgressionRule } from "../roadmap/index.ts";
import { type Reason, reason } from "../session/reason.ts";
import { clean, fromKg, type LoadIncrements, roundLoad } from "../units/index.ts";
import { doubleModel } from "./double.ts";
import { FIRST_EXPOSURE_RPE, firstExposure } from "./first-exposure.ts";
import { linearModel } from "./linear.ts";
import { percentWaveModel } from "./percent-wave.ts";
import { rpeModel } from "./rpe.ts";
import type { LoadProposal, ModelInput } from "./types.ts";
import { velocityModel } from "./velocity.ts";

/** Automated increases never exceed this from one exposure of an exercise to the next. */
export const MAX_INCREASE = 0.1;
/** Deload exposures of load-driven models (linear, double, velocity) use this share of the load. */
export const DELOAD_LOAD_SHARE = 0.85;

export type NextLoadInput = {
  exercise: Exercise;
  state?: ExerciseState;
  rule: ProgressionRule;
  target: { reps: number; rpe: number };
  weekInBlock: number;
  deload: boolean;
  baseline?: RepMax;
  /** Unit and increments the load is prescribed in. */
  unit: Unit;
  increments: LoadIncrements;
  /** Readiness multiplier (1 = none, 0.9 = −10%). */
  intensityScale: number;
};

export type LoadPrescription = {
  /** In `unit`, on the increment grid; absent when the client finds their own working weight. */
  load?: number;
  reps: number;
  rpe: number;
  note?: string;
  firstExposure: boolean;
  reasons: Reason[];
};

/**
 * The next load for an exercise: the block's model proposes, then the safety rules apply in order:
 * deload share → readiness scale → a missed set never increases → at most +10% over the last
 * exposure → round to the equipment (down when nearest would break a cap).
 */
export function nextLoad(input: NextLoadInput): LoadPrescription {
  const { exercise, state, target, increments } = input;
  const external = exercise.loadType !== "bodyweight" && exercise.loadType !== "band";
  if (!external) {
    return {
      reps: target.reps,
      rpe: state ? target.rpe : Math.min(target.rpe, FIRST_EXPOSURE_RPE),
      firstExposure: !state,
      reasons: [reason("load.bodyweight", "Bodyweight or band: effort is set by reps, tempo and range.", {})],
    };
  }
  if (!state || state.lastLoadKg <= 0) {
    const p = firstExposure(target.reps, input.baseline);
    const rpe = Math.min(target.rpe, FIRST_EXPOSURE_RPE);
    if (p.loadKg <= 0) {
      const load = exercise.loadType === "barbell" ? increments.bar : undefined;
      return {
        ...(load !== undefined ? { load } : {}),
        reps: p.reps,
        rpe: 6,
        note: p.note,
        firstExposure: true,
        reasons: p.reasons,
      };
    }
    return finish(p, rpe, input, undefined, true);
  }
  const m: ModelInput = { state, rule: input.rule, target, weekInBlock: input.weekInBlock };
  const p = propose(m);
  if (input.deload && input.rule.kind !== "rpe" && input.rule.kind !== "percent_wave") {
    p.loadKg *= DELOAD_LOAD_SHARE;
    p.reasons.push(
      reason(
        "progression.deload",
        `Deload week: ${DELOAD_LOAD_SHARE * 100}% of the load.`,
        {},
        { share: DELOAD_LOAD_SHARE },
      ),
    );
  }
  return finish(p, target.rpe, input, state, false);
}

function propose(m: ModelInput): LoadProposal {
  const r = m.rule;
  switch (r.kind) {
    case "linear":
      return linearModel({ ...m, rule: r });
    case "double":
      return doubleModel({ ...m, rule: r });
    case "percent_wave":
      return percentWaveModel({ ...m, rule: r });
    case "velocity":
      return velocityModel({ ...m, rule: r });
    default:
      return rpeModel(m);
  }
}

function finish(
  p: LoadProposal,
  rpe: number,
  input: NextLoadInput,
  state: ExerciseState | undefined,
  first: boolean,
): LoadPrescription {
  const { unit, increments, exercise } = input;
  const reasons = [...p.reasons];
  let value = fromKg(p.loadKg, unit) * input.intensityScale;
  let cap = Number.POSITIVE_INFINITY;
  if (state && state.lastLoadKg > 0) {
    const last = clean(fromKg(state.lastLoadKg, unit));
    if (!state.lastAllCompleted) {
      cap = last;
      if (value > last) value = last;
      reasons.push(
        reason("progression.failed_hold", "A set was missed last time, so the load does not go up.", {
          lastLoad: last,
          unit,
        }),
      );
    } else {
      cap = last * (1 + MAX_INCREASE);
      if (value > cap) {
        reasons.push(
          reason(
            "progression.bounded",
            `Capped at +${MAX_INCREASE * 100}% over last time (${last} ${unit}).`,
            { proposed: clean(value), lastLoad: last, unit },
            {
              maxIncreasePct: MAX_INCREASE * 100,
            },
          ),
        );
        value = cap;
      }
    }
  }
  let load = roundLoad(value, exercise.loadType, increments);
  if (load > cap + 1e-9) load = roundLoad(value, exercise.loadType, increments, "down");
  reasons.push(
    reason("load.rounded", `Rounded to ${load} ${unit}, the nearest load the equipment makes.`, {
      raw: clean(value),
      load,
      unit,
      loadType: exercise.loadType,
    }),
  );
  return { load, reps: p.reps, rpe, firstExposure: first, reasons };
}
