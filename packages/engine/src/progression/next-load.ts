import type { StartingStrength } from "../catalog/index.ts";
import { type Reason, reason } from "../core/reasons.ts";
import { round } from "../core/stats.ts";
import type { ExerciseState } from "../logging/index.ts";
import type { EquipmentInventory, Exercise, RepMax, Unit } from "../model/index.ts";
import type { ProgressionRule } from "../model/plan.ts";
import { percentOf1rm, setE1rm } from "../strength/index.ts";
import { availableLoads, clean, fromKg, type LoadIncrements, nextLoadUp, toKg } from "../units/index.ts";
import { boundAndRound } from "./bound-load.ts";
import { doubleModel } from "./double.ts";
import { EFFORT_LOWEST_READ_RPE, governByEffort } from "./effort.ts";
import { FIND_WEIGHT_RPE, FIRST_EXPOSURE_RPE, firstExposure } from "./first-exposure.ts";
import { linearModel } from "./linear.ts";
import { percentWaveModel } from "./percent-wave.ts";
import { currentE1rm, rpeModel } from "./rpe.ts";
import type { LoadProposal, LoadTarget, ModelInput } from "./types.ts";
import { velocityModel } from "./velocity.ts";

/**
 * Deload exposures of load-driven models (linear, double, velocity) whose last exposure carries no
 * effort rating use this share of the load; with a rating, the load is the RTS chart's for the
 * deload's (easier) RPE target, so the printed RPE and the load agree.
 */
export const DELOAD_LOAD_SHARE = 0.85;

export type NextLoadInput = {
  exercise: Exercise;
  state?: ExerciseState;
  rule: ProgressionRule;
  /** Reps and RPE to prescribe; `percent1rm` (of the current e1RM) when the method sets one. */
  target: LoadTarget;
  weekInBlock: number;
  deload: boolean;
  /** What the client can lift, from `startingStrength` (used when the exercise has no load yet). */
  start?: StartingStrength;
  /**
   * @deprecated Pass `start` (from `startingStrength`), which also finds related lifts. Kept so
   * callers still passing the exercise's own latest baseline build; used only without `start`.
   */
  baseline?: RepMax;
  /** Unit and increments the load is prescribed in. */
  unit: Unit;
  increments: LoadIncrements;
  /** The training location's inventory (kg); loads never exceed or fall between what exists. */
  inventory?: EquipmentInventory;
  /** Readiness multiplier (1 = none, 0.9 = −10%). */
  intensityScale: number;
};

export type LoadPrescription = {
  /** In `unit`, on the equipment's grid; absent when the client finds their own working weight. */
  load?: number;
  reps: number;
  rpe: number;
  note?: string;
  firstExposure: boolean;
  reasons: Reason[];
};

/**
 * The next load for an exercise. First exposure: from `start` at RPE ≤ 6.5, or no load and
 * "find your working weight". Otherwise the block's model proposes, reported effort governs it
 * (governByEffort), then the safety rules apply in order: deload share → readiness scale → a
 * missed set never increases → at most +10% (or the smallest available step) over last time →
 * round to the nearest load that exists (see boundAndRound).
 */
export function nextLoad(input: NextLoadInput): LoadPrescription {
  const { exercise, state, target } = input;
  const external = exercise.loadType !== "bodyweight" && exercise.loadType !== "band";
  if (!external) {
    return {
      reps: target.reps,
      rpe: state ? target.rpe : Math.min(target.rpe, FIRST_EXPOSURE_RPE),
      firstExposure: !state,
      reasons: [reason("load.bodyweight", "Bodyweight or band: effort is set by reps, tempo and range.", {})],
    };
  }
  if (!state || !(state.lastLoadKg > 0)) {
    const p = firstExposure(target, input.start ?? ownBaseline(input.baseline));
    if (!(p.loadKg > 0)) {
      const out: LoadPrescription = { reps: p.reps, rpe: FIND_WEIGHT_RPE, firstExposure: true, reasons: p.reasons };
      if (p.note) out.note = p.note;
      return out;
    }
    const rpe = Math.min(target.rpe, FIRST_EXPOSURE_RPE);
    return { ...boundAndRound(p, input, undefined), rpe, firstExposure: true };
  }
  const m: ModelInput = { state, rule: input.rule, target, weekInBlock: input.weekInBlock };
  const percentBased = input.rule.kind === "percent_wave" || target.percent1rm !== undefined;
  // A deload neither chases nor backs off reported effort: it is lighter by design, and a double
  // progression does not advance its rep target in it.
  const up = nextLoadUp(
    clean(fromKg(state.lastLoadKg, input.unit)),
    exercise.loadType,
    input.increments,
    availableLoads(input.inventory, input.unit),
  );
  const upKg = up !== undefined ? toKg(up, input.unit) : undefined;
  let p = input.deload ? deloadReps(propose(m), m) : governByEffort(propose(m), m, percentBased, upKg);
  if (input.deload && input.rule.kind !== "rpe" && input.rule.kind !== "percent_wave") p = deloadLoad(p, m);
  else if (input.deload) delete p.step;
  return { ...boundAndRound(p, input, state), rpe: target.rpe, firstExposure: false };
}

/** The deprecated `baseline` input as a starting strength (own data, no transfer). */
function ownBaseline(b: RepMax | undefined): StartingStrength | undefined {
  if (!b) return undefined;
  const e1rmKg = setE1rm(b.loadKg, b.reps, b.rpe);
  if (!(e1rmKg > 0)) return undefined;
  return {
    e1rmKg,
    fromExerciseId: b.exerciseId,
    ratio: 1,
    safetyFactor: 1,
    source: "baseline",
    date: b.date,
    sourceE1rmKg: e1rmKg,
    path: [b.exerciseId],
  };
}

function propose(m: ModelInput): LoadProposal {
  const r = m.rule;
  if (m.target.percent1rm !== undefined && r.kind !== "percent_wave") return percentOfCurrent(m, m.target.percent1rm);
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

/**
 * A deload keeps intensity and eases effort (Bosquet et al., MSSE 2007; Pritchard et al., SCJ
 * 2015): the load is last time's top set converted along the RTS chart to today's reps at the
 * deload's lower RPE target, never heavier than last time. Without any rating to convert from,
 * DELOAD_LOAD_SHARE of the proposal.
 */
function deloadLoad(p: LoadProposal, m: ModelInput): LoadProposal {
  const { state, target } = m;
  const felt = state.lastRpe ?? state.lastTargetRpe;
  const last = state.lastLoadKg;
  const { step: _step, ...rest } = p;
  if (felt === undefined || !(last > 0)) {
    return {
      ...rest,
      loadKg: p.loadKg * DELOAD_LOAD_SHARE,
      reasons: [
        ...p.reasons,
        reason(
          "progression.deload",
          `Deload week: ${DELOAD_LOAD_SHARE * 100}% of the load.`,
          {},
          { share: DELOAD_LOAD_SHARE },
        ),
      ],
    };
  }
  const lastReps = state.lastReps > 0 ? state.lastReps : p.reps;
  const read = Math.max(EFFORT_LOWEST_READ_RPE, felt);
  const chart = (last * percentOf1rm(p.reps, target.rpe)) / percentOf1rm(lastReps, read);
  const loadKg = Math.min(last, p.loadKg, chart);
  return {
    ...rest,
    loadKg,
    reasons: [
      ...p.reasons,
      reason(
        "progression.deload",
        `Deload week: ${p.reps} reps at the easier RPE ${target.rpe}, from last time's ${round(last, 1)} kg × ${lastReps} at RPE ${felt} on the RTS chart, not heavier than last time.`,
        { lastLoadKg: round(last, 1), lastReps, lastRpe: felt, chartKg: round(chart, 1) },
        { targetRpe: target.rpe, lowestReadRpe: EFFORT_LOWEST_READ_RPE },
      ),
    ],
  };
}

function deloadReps(p: LoadProposal, m: ModelInput): LoadProposal {
  if (m.rule.kind !== "double") return p;
  const [lo, hi] = m.rule.repRange;
  return {
    ...p,
    loadKg: Math.min(p.loadKg, m.state.lastLoadKg),
    reps: Math.max(lo, Math.min(hi, m.state.lastMinReps)),
  };
}

/** A method's explicit %1RM: of the current e1RM (not a training max; waves carry their own). */
function percentOfCurrent(m: ModelInput, pct: number): LoadProposal {
  const e1rm = currentE1rm(m.state);
  return {
    loadKg: (e1rm * pct) / 100,
    reps: m.target.reps,
    reasons: [
      reason(
        "progression.percent1rm",
        `${pct}% of the current e1RM (${round(e1rm, 1)} kg) for ${m.target.reps} reps.`,
        { e1rmKg: round(e1rm, 1), reps: m.target.reps },
        { percent1rm: pct },
      ),
    ],
  };
}
