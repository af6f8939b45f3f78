import type { Reason } from "../core/reasons.ts";
import type { ExerciseState } from "../logging/index.ts";
import type { ProgressionRule } from "../model/plan.ts";

/** Today's target: reps and RPE, and optionally a %1RM of the current e1RM a method prescribes. */
export type LoadTarget = { reps: number; rpe: number; percent1rm?: number };

/** What a model needs: the exercise's history state, the block's rule and today's target. */
export type ModelInput<R extends ProgressionRule = ProgressionRule> = {
  state: ExerciseState;
  rule: R;
  /** Reps and RPE the block (after readiness adjustments) asks for. */
  target: LoadTarget;
  weekInBlock: number;
};

/**
 * A model's proposal, before bounding and rounding. Loads in kg. `step: "increase"` marks a
 * discrete progression decision (add the increment): rounding then never swallows it, the
 * smallest available increase is taken instead.
 */
export type LoadProposal = { loadKg: number; reps: number; reasons: Reason[]; step?: "increase" | "hold" | "reduce" };
