import type { MovementPattern, Muscle } from "../../model/index.ts";
import type { SlotRole } from "../../model/plan.ts";
import type { MethodSlot } from "../types.ts";
import { double, ids, rampingEffort, slot } from "./build.ts";

/**
 * Hypertrophy doses by role: mains 6-10, secondaries 8-12, accessories 10-15 reps; RPE climbs
 * 7.5 → 8.5 (accessories 8 → 9) across the loading blocks and sets grow by one; double
 * progression inside the range (Schoenfeld, Ogborn & Krieger, J Sports Sci 2017; Helms, Morgan &
 * Valdez, The Muscle and Strength Pyramid: Training, 2nd ed., 2019).
 */
const HYPERTROPHY = {
  main: { sets: 3, reps: [6, 10], rpe: [7.5, 8, 8.5], rest: 150 },
  secondary: { sets: 3, reps: [8, 12], rpe: [7.5, 8, 8.5], rest: 120 },
  accessory: { sets: 2, reps: [10, 15], rpe: [8, 8.5, 9], rest: 75 },
} as const;

/** A hypertrophy slot: by exercise list, or (accessories) by pattern and constraints alone. */
export const growth = (
  pattern: MovementPattern,
  role: SlotRole,
  label: string,
  exerciseIds?: readonly string[],
  constraints?: MethodSlot["constraints"],
): MethodSlot => {
  const d = HYPERTROPHY[role];
  return slot(pattern, role, {
    label,
    ...(exerciseIds ? { exerciseIds: [...exerciseIds] } : {}),
    ...(constraints ? { constraints } : {}),
    prescription: rampingEffort(d.sets, [d.reps[0], d.reps[1]], [...d.rpe], d.rest),
    progression: double(d.reps[0], d.reps[1]),
  });
};

/** Weekly hard sets per muscle a hypertrophy template aims at (10-20 for the large groups). */
export const HYPERTROPHY_WEEKLY_SETS: Partial<Record<Muscle, [number, number]>> = {
  chest: [10, 20],
  lats: [10, 20],
  upper_back: [10, 20],
  quads: [10, 20],
  hamstrings: [10, 16],
  side_delts: [6, 20],
  biceps: [6, 16],
  triceps: [6, 16],
  calves: [6, 16],
};

/** Slots the upper/lower and push/pull/legs templates share, so both say the same thing the same way. */
export const HYPERTROPHY_SLOTS = {
  bench: growth("horizontal_push", "main", "Bench press", ids("bench")),
  inclinePress: growth("horizontal_push", "secondary", "Incline press", ids("inclinePress")),
  dumbbellPress: growth("horizontal_push", "secondary", "Dumbbell press", [
    "dumbbell-bench-press",
    "machine-chest-press",
    "push-up",
  ]),
  shoulderPress: growth("vertical_push", "secondary", "Shoulder press", [
    "dumbbell-shoulder-press",
    "machine-shoulder-press",
    "overhead-press",
  ]),
  row: growth("horizontal_pull", "main", "Row", ids("row")),
  oneArmRow: growth("horizontal_pull", "secondary", "One-arm row", ids("dbRow")),
  pulldown: growth("vertical_pull", "secondary", "Pulldown", ids("pulldown")),
  lateralRaise: growth("accessory", "accessory", "Lateral raise", [
    "lateral-raise",
    "cable-lateral-raise",
    "band-lateral-raise",
  ]),
  triceps: growth("accessory", "accessory", "Triceps", [
    "cable-triceps-pushdown",
    "overhead-dumbbell-triceps-extension",
    "band-triceps-pushdown",
  ]),
  biceps: growth("accessory", "accessory", "Biceps", ["dumbbell-biceps-curl", "cable-curl", "band-biceps-curl"]),
  rearDelts: growth("accessory", "accessory", "Rear delts", ["cable-face-pull", "rear-delt-fly", "band-face-pull"]),
  squat: growth("squat", "main", "Squat", ids("squat")),
  rdlSecondary: growth("hinge", "secondary", "Romanian deadlift", ids("rdl")),
  rdlMain: growth("hinge", "main", "Romanian deadlift", ids("rdl")),
  legPress: growth("squat", "secondary", "Leg press", ["leg-press", "hack-squat", "heels-elevated-goblet-squat"]),
  hackSquat: growth("squat", "secondary", "Hack or front squat", [
    "hack-squat",
    "front-squat",
    "leg-press",
    "goblet-squat",
  ]),
  splitSquat: growth("lunge", "secondary", "Split squat", ids("singleLeg")),
  legCurl: growth("accessory", "accessory", "Leg curl", ["lying-leg-curl"], { muscles: ["hamstrings"] }),
  legExtension: growth("accessory", "accessory", "Leg extension", ["leg-extension"], { muscles: ["quads"] }),
  calves: growth("accessory", "accessory", "Calves", [
    "standing-calf-raise",
    "seated-calf-raise",
    "single-leg-calf-raise",
  ]),
  core: growth("core_anti_extension", "accessory", "Core", ids("core")),
} as const satisfies Record<string, MethodSlot>;
