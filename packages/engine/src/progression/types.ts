import type { ExerciseState } from "../logging/index.ts";
import type { ProgressionRule } from "../roadmap/index.ts";
import type { Reason } from "../session/reason.ts";

/** What a model needs: the exercise's history state, the block's rule and today's target. */
export type ModelInput<R extends ProgressionRule = ProgressionRule> = {
  state: ExerciseState;
  rule: R;
  /** Reps and RPE the block (after readiness adjustments) asks for. */
  target: { reps: number; rpe: number };
  weekInBlock: number;
};

/** A model's proposal, before bounding and rounding. Loads in kg. */
export type LoadProposal = { loadKg: number; reps: number; reasons: Reason[] };
