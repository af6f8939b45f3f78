import type { MovementPattern } from "../../model/index.ts";
import type { ProgressionRule, SlotRole } from "../../model/plan.ts";
import type { DeloadRule, MethodSlot, SlotPrescription } from "../types.ts";

/**
 * Small authoring helpers so each built-in method reads as its parameters. Nothing here decides a
 * dose: every number is in the method's own file.
 */

/** Half the sets, 90% of the load, one RPE point easier: the middle of a 40-60% volume cut that
 * keeps intensity (Bosquet et al., MSSE 2007; Pritchard et al., Strength Cond J 2015). */
export const HALF_VOLUME_DELOAD: DeloadRule = { setsScale: 0.5, loadScale: 0.9, rpeShift: -1 };

export const slot = (
  pattern: MovementPattern,
  role: SlotRole,
  rest: Omit<MethodSlot, "pattern" | "role"> = {},
): MethodSlot => ({ pattern, role, ...rest });

/** Sets × reps at an effort (give rpe or percent1rm; the engine prints the other from the RTS chart). */
export const dose = (
  sets: number,
  reps: SlotPrescription["reps"],
  effort: { rpe: number } | { percent1rm: number },
  extra: Omit<SlotPrescription, "sets" | "reps" | "rpe" | "percent1rm"> = {},
): SlotPrescription => ({ sets, reps, ...effort, ...extra });

/** One dose for every loading block (novice programs progress the load, not the scheme). */
export const loading = (d: SlotPrescription) => ({ accumulation: d, intensification: d, realization: d });

/** Three loading blocks whose RPE climbs (about 3 → 1 reps in reserve) while sets grow by one. */
export const rampingEffort = (
  sets: number,
  reps: SlotPrescription["reps"],
  [acc, int, real]: [number, number, number],
  restSeconds: number,
) => ({
  accumulation: dose(sets, reps, { rpe: acc }, { restSeconds }),
  intensification: dose(sets + 1, reps, { rpe: int }, { restSeconds }),
  realization: dose(sets + 1, reps, { rpe: real }, { restSeconds }),
});

export const linear = (incrementKg: number): ProgressionRule => ({
  kind: "linear",
  incrementKg,
  failureLimit: 3,
  resetPct: 10,
});
export const double = (low: number, high: number, incrementPct = 2.5): ProgressionRule => ({
  kind: "double",
  repRange: [low, high],
  incrementPct,
});
export const byRpe = (reps: number, targetRpe: number): ProgressionRule => ({ kind: "rpe", reps, targetRpe });

/**
 * Exercise choices in preference order, heaviest-loadable first and ending in options for less
 * equipment (a home with dumbbells, then bodyweight), so a slot never empties for lack of a rack.
 */
export const CHOICES = {
  squat: ["back-squat", "smith-machine-squat", "leg-press", "goblet-squat"],
  bench: ["barbell-bench-press", "dumbbell-bench-press", "machine-chest-press", "dumbbell-floor-press", "push-up"],
  press: ["overhead-press", "dumbbell-shoulder-press", "machine-shoulder-press", "pike-push-up"],
  deadlift: ["deadlift", "trap-bar-deadlift", "kettlebell-deadlift", "dumbbell-romanian-deadlift"],
  rdl: ["romanian-deadlift", "dumbbell-romanian-deadlift", "cable-pull-through", "band-good-morning"],
  row: ["barbell-bent-over-row", "seated-cable-row", "one-arm-dumbbell-row", "inverted-row", "band-seated-row"],
  dbRow: ["one-arm-dumbbell-row", "chest-supported-dumbbell-row", "seated-cable-row", "band-seated-row"],
  verticalPull: ["pull-up", "lat-pulldown", "band-assisted-pull-up", "band-lat-pulldown"],
  pulldown: ["lat-pulldown", "assisted-pull-up-machine", "band-assisted-pull-up", "band-lat-pulldown"],
  inclinePress: ["incline-dumbbell-press", "incline-barbell-bench-press", "machine-chest-press", "decline-push-up"],
  singleLeg: ["dumbbell-bulgarian-split-squat", "dumbbell-reverse-lunge", "bulgarian-split-squat", "reverse-lunge"],
  core: ["dead-bug", "front-plank", "hanging-knee-raise"],
} as const satisfies Record<string, readonly string[]>;

/** A fresh mutable copy of a choice list (methods are plain data a coach may edit). */
export const ids = (key: keyof typeof CHOICES): string[] => [...CHOICES[key]];
