import { type Reason, reason } from "../core/reasons.ts";
import type { ExerciseState } from "../logging/index.ts";
import { availableLoads, clean, fromKg, nextLoadUp, roundLoad } from "../units/index.ts";
import type { NextLoadInput } from "./next-load.ts";
import type { LoadProposal } from "./types.ts";

/** Automated increases never exceed this from one exposure of an exercise to the next... */
export const MAX_INCREASE = 0.1;
/**
 * ...except while a new lift is being calibrated: a first exposure is deliberately light (RPE ≤ 6.5,
 * transferred estimates × 0.9), so when the client's own rated sets on it say "far too light",
 * the next CALIBRATION_EXPOSURES loads may rise up to this much toward the RTS chart's load.
 */
export const CALIBRATION_MAX_INCREASE = 0.25;
export const CALIBRATION_EXPOSURES = 2;
/**
 * ...and, later too, while the last exposure was rated this light or lighter (≥ 5 reps in
 * reserve): the load is then clearly not yet the client's, and the RTS chart, not a weekly
 * creep, decides how far it rises (governByEffort).
 */
export const CALIBRATION_RPE = 5;
// ...except that the smallest load the equipment makes above last time is always allowed, so a
// coarse grid (8 → 10 kg dumbbells is +25%) never blocks a progression the model called for.

/**
 * Turns a proposal (kg) into a load that exists (in the prescription unit): readiness scale → a
 * missed set never increases → at most +10% or the smallest available step → nearest available
 * load (down only when nearest would break a cap) → an "increase" step never rounds away.
 * Every decision leaves a reason with its inputs and thresholds.
 */
export function boundAndRound(
  p: LoadProposal,
  input: NextLoadInput,
  state: ExerciseState | undefined,
): { load: number; reps: number; reasons: Reason[] } {
  const { unit, increments, exercise } = input;
  const available = availableLoads(input.inventory, unit);
  const reasons = [...p.reasons];
  let value = fromKg(p.loadKg, unit) * input.intensityScale;
  let cap = Number.POSITIVE_INFINITY;
  let last: number | undefined;
  let up: number | undefined;
  if (state && state.lastLoadKg > 0) {
    last = clean(fromKg(state.lastLoadKg, unit));
    up = nextLoadUp(last, exercise.loadType, increments, available);
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
      const calibrating =
        state.lastRpe !== undefined && (state.exposures <= CALIBRATION_EXPOSURES || state.lastRpe <= CALIBRATION_RPE);
      const maxIncrease = calibrating ? CALIBRATION_MAX_INCREASE : MAX_INCREASE;
      cap = Math.max(last * (1 + maxIncrease), up ?? last);
      if (value > cap) {
        reasons.push(
          reason(
            "progression.bounded",
            `Capped at +${Math.round(maxIncrease * 100)}% over last time (${last} ${unit})${calibrating ? " while the lift is new or still far too light" : ""}, or the next load that exists.`,
            { proposed: clean(value), lastLoad: last, unit, nextAvailable: up ?? null, exposures: state.exposures },
            {
              maxIncreasePct: Math.round(maxIncrease * 100),
              calibrationExposures: CALIBRATION_EXPOSURES,
              calibrationRpe: CALIBRATION_RPE,
            },
          ),
        );
        value = cap;
      }
    }
  }
  let load = roundLoad(value, exercise.loadType, increments, "nearest", available);
  if (load > cap + 1e-9) load = roundLoad(value, exercise.loadType, increments, "down", available);
  const canStep =
    p.step === "increase" && state?.lastAllCompleted === true && input.intensityScale >= 1 && !input.deload;
  if (canStep && last !== undefined && up !== undefined && load <= last + 1e-9 && up <= cap + 1e-9) {
    reasons.push(
      reason(
        "progression.smallest_step",
        `The increase rounds to nothing on this equipment: the next load that exists (${up} ${unit}).`,
        { proposed: clean(value), lastLoad: last, unit },
        { nextAvailable: up },
      ),
    );
    load = up;
  }
  const unlimited = roundLoad(value, exercise.loadType, increments, "nearest");
  if (available && unlimited > load + 1e-9 && up === undefined) {
    reasons.push(
      reason(
        "load.inventory_max",
        `${load} ${unit} is the heaviest this location has for ${exercise.loadType} work.`,
        { proposed: clean(value), unit },
        { heaviestAvailable: load },
      ),
    );
  }
  reasons.push(
    reason("load.rounded", `Rounded to ${load} ${unit}, the nearest load the equipment makes.`, {
      raw: clean(value),
      load,
      unit,
      loadType: exercise.loadType,
    }),
  );
  return { load, reps: p.reps, reasons };
}
