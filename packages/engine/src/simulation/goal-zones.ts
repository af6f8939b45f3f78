import type { BlockKind } from "../model/plan.ts";

/**
 * Where a client's main-lift working sets should sit for their goal (NSCA/ACSM tables: Haff &
 * Triplett, Essentials of Strength Training and Conditioning, 4th ed., 2016, ch. 17; ACSM position
 * stand, Med Sci Sports Exerc 41(3):687-708, 2009), judged against the TRUE 1RM.
 */
export type GoalZone = {
  kind: "strength" | "hypertrophy" | "moderate";
  reps: [number, number];
  /** %1RM of the true 1RM. */
  percent: [number, number];
  /** Block kinds the zone applies to. */
  blockKinds: BlockKind[];
};

const LOADING: BlockKind[] = ["accumulation", "intensification", "realization"];
export const GOAL_ZONES: Record<GoalZone["kind"], GoalZone> = {
  strength: { kind: "strength", reps: [1, 6], percent: [80, 100], blockKinds: ["intensification", "realization"] },
  hypertrophy: { kind: "hypertrophy", reps: [6, 12], percent: [65, 85], blockKinds: LOADING },
  moderate: { kind: "moderate", reps: [8, 15], percent: [50, 75], blockKinds: LOADING },
};
