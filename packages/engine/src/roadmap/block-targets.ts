import type { Goal, Level } from "../model/index.ts";
import { percentOf1rm } from "../strength/index.ts";
import type { ProgressionMethod, TrainerProfile, TrainingStyle } from "../trainer-profile/index.ts";
import { mainSets, mainZone } from "./goal-dosing.ts";
import { lighterSets } from "./lighter-weeks.ts";
import type { Block, BlockKind, ProgressionRule } from "./types.ts";

/** Block kind → accessory effort and the share of sets kept (deload and taper cut volume, keep intensity). */
const KIND: Record<BlockKind, { accessoryRpe: number; setScale: number }> = {
  accumulation: { accessoryRpe: 7.5, setScale: 1 },
  intensification: { accessoryRpe: 8, setScale: 1 },
  realization: { accessoryRpe: 8, setScale: 0.8 },
  deload: { accessoryRpe: 6, setScale: 0.5 },
  taper: { accessoryRpe: 6.5, setScale: 0.5 },
};

/**
 * The trainer's primary style changes volume and accessory work, never the main lift's reps:
 * those follow the client's goal (a strength coach's hypertrophy client still trains for size).
 */
const STYLE: Record<TrainingStyle, { mainSetShift: number; accessorySets: number; accessoryReps: number }> = {
  strength: { mainSetShift: 0, accessorySets: 3, accessoryReps: 8 },
  hypertrophy: { mainSetShift: 0, accessorySets: 3, accessoryReps: 12 },
  athletic: { mainSetShift: -1, accessorySets: 2, accessoryReps: 8 },
  conditioning: { mainSetShift: -1, accessorySets: 3, accessoryReps: 15 },
};

/** Which progression model suits each block, best first; the trainer's allowed list filters it. */
const METHOD_PREFERENCE: Record<BlockKind, ProgressionMethod[]> = {
  accumulation: ["double", "rpe", "linear", "percent_wave", "velocity"],
  intensification: ["rpe", "percent_wave", "velocity", "double", "linear"],
  realization: ["rpe", "percent_wave", "velocity", "linear", "double"],
  deload: ["rpe", "percent_wave", "double", "linear", "velocity"],
  taper: ["rpe", "percent_wave", "velocity", "double", "linear"],
};
/** Novices progress fastest with simple load increases (ACSM 2009): linear first. */
const BEGINNER_PREFERENCE: ProgressionMethod[] = ["linear", "double", "rpe", "percent_wave", "velocity"];

const FOCUS: Record<BlockKind, string> = {
  accumulation: "Build work capacity and volume at moderate effort",
  intensification: "Heavier loads, lower reps, volume held",
  realization: "Express strength: heavy, low volume",
  deload: "Recover: about half the sets, loads kept, easier effort",
  taper: "Shed fatigue before the event: about half the sets, intensity kept",
};

/** Training max as a share of the e1RM (Wendler, 5/3/1, 2009: 90%). */
const TRAINING_MAX_SHARE = 0.9;

export type BlockTargets = Pick<Block, "focus" | "progression" | "effort" | "main" | "accessory">;

/** Picks the first method in the block's preference order that the trainer allows. */
export function pickMethod(kind: BlockKind, level: Level, trainer: TrainerProfile): ProgressionMethod {
  const order = level === "beginner" && kind !== "deload" ? BEGINNER_PREFERENCE : METHOD_PREFERENCE[kind];
  return order.find((m) => trainer.progressionMethods.includes(m)) ?? "rpe";
}

/**
 * Prescription targets for a block of `kind` for this goal, level and trainer. `setsScale`
 * (a method's deload rule, 0.4-0.6) replaces the default share of sets kept in deload and taper.
 */
export function blockTargets(
  kind: BlockKind,
  goal: Goal,
  level: Level,
  trainer: TrainerProfile,
  setsScale?: number,
): BlockTargets {
  const style = STYLE[trainer.trainingStyles[0] ?? "hypertrophy"];
  const k = KIND[kind];
  const zone = mainZone(goal, level, kind);
  const scale = setsScale !== undefined && (kind === "deload" || kind === "taper") ? setsScale : k.setScale;
  // Novices stay further from failure: RIR estimates are least accurate far from failure and
  // technique is still forming (Zourdos et al. 2016).
  const cap = level === "beginner" ? 7.5 : 10;
  const effort = { mainRpe: Math.min(zone.rpe, cap), accessoryRpe: Math.min(k.accessoryRpe, cap) };
  const loadingSets = Math.max(2, mainSets(goal, level) + style.mainSetShift);
  // Main work rounds up and accessories down, so a lighter week's total lands near the rule's share.
  const lighter = kind === "deload" || kind === "taper";
  const [mainKept, accessoryKept] = lighter
    ? lighterSets([loadingSets, style.accessorySets], scale)
    : [Math.round(loadingSets * scale), Math.round(style.accessorySets * scale)];
  const main = { sets: Math.max(1, mainKept!), reps: zone.reps };
  const accessory = { sets: Math.max(1, accessoryKept!), reps: style.accessoryReps };
  const progression = ruleFor(pickMethod(kind, level, trainer), zone.reps, effort.mainRpe);
  return { focus: FOCUS[kind], progression, effort, main, accessory };
}

function ruleFor(method: ProgressionMethod, reps: number, rpe: number): ProgressionRule {
  switch (method) {
    case "linear":
      return { kind: "linear", incrementKg: 2.5, failureLimit: 3, resetPct: 10 };
    case "double":
      return { kind: "double", repRange: [reps, reps + 3], incrementPct: 5 };
    case "percent_wave": {
      // Three weekly steps that climb to the block's zone (reps at its RPE on the RTS chart),
      // written as % of a 90% training max so the printed RPE and %1RM agree.
      const wave = (shift: number) => ({
        pct: Math.min(100, Math.round((percentOf1rm(reps, rpe - shift) / TRAINING_MAX_SHARE) * 2) / 2),
        reps,
      });
      return { kind: "percent_wave", trainingMaxPct: TRAINING_MAX_SHARE * 100, waves: [wave(1), wave(0.5), wave(0)] };
    }
    case "velocity":
      return { kind: "velocity", reps, targetVelocity: reps >= 6 ? 0.6 : 0.45 };
    default:
      return { kind: "rpe", reps, targetRpe: rpe };
  }
}
