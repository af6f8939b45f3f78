import type { Goal, Level } from "../model/index.ts";
import type { ProgressionMethod, TrainerProfile, TrainingStyle } from "../trainer-profile/index.ts";
import type { Block, BlockKind, ProgressionRule } from "./types.ts";

/**
 * Main-lift reps by goal, after NSCA goal-based assignment (SCIENCE.md §7.4): strength ≤ 6,
 * hypertrophy 6-12, endurance ≥ 12; general health and fat loss in the hypertrophy range.
 */
const BASE_REPS: Record<Goal, number> = {
  strength: 5,
  performance: 4,
  hypertrophy: 8,
  fat_loss: 10,
  general_health: 8,
  endurance: 12,
};

/** Block kind → rep shift and RPE: accumulate volume at lower effort, then intensify, then peak. */
const KIND: Record<BlockKind, { repShift: number; mainRpe: number; accessoryRpe: number; setScale: number }> = {
  accumulation: { repShift: 2, mainRpe: 7, accessoryRpe: 7.5, setScale: 1 },
  intensification: { repShift: 0, mainRpe: 8, accessoryRpe: 8, setScale: 1 },
  realization: { repShift: -2, mainRpe: 9, accessoryRpe: 8, setScale: 0.8 },
  deload: { repShift: 0, mainRpe: 6, accessoryRpe: 6, setScale: 0.6 },
  taper: { repShift: -2, mainRpe: 7, accessoryRpe: 6.5, setScale: 0.6 },
};

/** Primary training style → main rep shift and set counts. */
const STYLE: Record<
  TrainingStyle,
  { repShift: number; mainSets: number; accessorySets: number; accessoryReps: number }
> = {
  strength: { repShift: -1, mainSets: 5, accessorySets: 3, accessoryReps: 8 },
  hypertrophy: { repShift: 1, mainSets: 4, accessorySets: 3, accessoryReps: 12 },
  athletic: { repShift: -1, mainSets: 4, accessorySets: 2, accessoryReps: 8 },
  conditioning: { repShift: 2, mainSets: 3, accessorySets: 3, accessoryReps: 15 },
};

/** Which progression model suits each block, best first; the trainer's allowed list filters it. */
const METHOD_PREFERENCE: Record<BlockKind, ProgressionMethod[]> = {
  accumulation: ["double", "rpe", "linear", "percent_wave", "velocity"],
  intensification: ["rpe", "percent_wave", "velocity", "double", "linear"],
  realization: ["percent_wave", "rpe", "velocity", "linear", "double"],
  deload: ["rpe", "percent_wave", "double", "linear", "velocity"],
  taper: ["rpe", "percent_wave", "velocity", "double", "linear"],
};
/** Novices progress fastest with simple load increases (ACSM 2009): linear first. */
const BEGINNER_PREFERENCE: ProgressionMethod[] = ["linear", "double", "rpe", "percent_wave", "velocity"];

const FOCUS: Record<BlockKind, string> = {
  accumulation: "Build work capacity and volume at moderate effort",
  intensification: "Heavier loads, lower reps, volume held",
  realization: "Express strength: heavy, low volume",
  deload: "Recover: about 60% of the sets at easy effort",
  taper: "Shed fatigue before the event, keep intensity",
};

export type BlockTargets = Pick<Block, "focus" | "progression" | "effort" | "main" | "accessory">;

/** Picks the first method in the block's preference order that the trainer allows. */
export function pickMethod(kind: BlockKind, level: Level, trainer: TrainerProfile): ProgressionMethod {
  const order = level === "beginner" && kind !== "deload" ? BEGINNER_PREFERENCE : METHOD_PREFERENCE[kind];
  return order.find((m) => trainer.progressionMethods.includes(m)) ?? "rpe";
}

/** Prescription targets for a block of `kind` for this goal, level and trainer. */
export function blockTargets(kind: BlockKind, goal: Goal, level: Level, trainer: TrainerProfile): BlockTargets {
  const style = STYLE[trainer.trainingStyles[0] ?? "hypertrophy"];
  const k = KIND[kind];
  const reps = clamp(BASE_REPS[goal] + k.repShift + style.repShift, 2, 15);
  // Novices stay further from failure: RIR estimates are least accurate far from failure and
  // technique is still forming (SCIENCE.md §1.4).
  const cap = level === "beginner" ? 7.5 : 10;
  const effort = { mainRpe: Math.min(k.mainRpe, cap), accessoryRpe: Math.min(k.accessoryRpe, cap) };
  const main = { sets: Math.max(2, Math.round(style.mainSets * k.setScale)), reps };
  const accessory = { sets: Math.max(1, Math.round(style.accessorySets * k.setScale)), reps: style.accessoryReps };
  const progression = ruleFor(pickMethod(kind, level, trainer), reps, effort.mainRpe);
  return { focus: FOCUS[kind], progression, effort, main, accessory };
}

function ruleFor(method: ProgressionMethod, reps: number, rpe: number): ProgressionRule {
  switch (method) {
    case "linear":
      return { kind: "linear", incrementKg: 2.5, failureLimit: 3, resetPct: 10 };
    case "double":
      return { kind: "double", repRange: [reps, reps + 3], incrementPct: 5 };
    case "percent_wave":
      return {
        kind: "percent_wave",
        trainingMaxPct: 90,
        waves: [
          { pct: 70, reps: Math.max(3, reps) },
          { pct: 75, reps: Math.max(2, reps - 1) },
          { pct: 80, reps: Math.max(1, reps - 2) },
        ],
      };
    case "velocity":
      return { kind: "velocity", reps, targetVelocity: reps >= 6 ? 0.6 : 0.45 };
    default:
      return { kind: "rpe", reps, targetRpe: rpe };
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
