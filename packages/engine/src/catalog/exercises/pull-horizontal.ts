import type { Exercise } from "../../model/exercise.ts";
import { DB_OR_KB, definer } from "../define.ts";

const d = definer({ pattern: "horizontal_pull", tempo: "2-1-1-0", spr: 3 });

/**
 * Horizontal pull. Bodyweight options use a sturdy table (inverted row underneath) or a towel
 * looped around a fixed post: both are honest rows, but the table must be heavy and stable, so
 * the cues say to test it first. Main chain: towel row → table row → band row → dumbbell row → barbell row.
 */
export const PULL_HORIZONTAL: Exercise[] = [
  d("table-row", {
    name: "Table Inverted Row",
    primary: ["upper_back", "lats"], secondary: ["biceps", "rear_delts"],
    level: "intermediate", stress: ["elbow_flexion_load", "grip_load"], progress: ["one-arm-dumbbell-row"],
    setup: ["Lie under a heavy, stable table; test it with a hard pull first", "Grip the edge shoulder-width, heels on the floor, body straight"],
    execution: ["Pull the chest to the table edge, elbows at about 45°", "Lower to straight arms without sagging"],
    faults: ["Hips dropping so the row becomes a shrug", "Chin poking toward the table"],
    tags: ["household"],
  }),
  d("one-arm-dumbbell-row", {
    name: "One-Arm Dumbbell Row",
    primary: ["lats", "upper_back"], secondary: ["biceps", "rear_delts", "forearms"],
    equipment: [["dumbbells", "bench"], ["dumbbells"], ["kettlebells"]], load: "dumbbell", unilateral: true,
    stress: ["grip_load", "elbow_flexion_load"],
    setup: ["Hand and knee on a bench, or staggered stance with a hand on the thigh", "Flat back, bell hanging under the shoulder"],
    execution: ["Pull the elbow toward the hip", "Lower until the shoulder blade stretches forward"],
    faults: ["Twisting the torso to heave the weight", "Shrugging toward the ear"],
    tags: ["ramp_candidate"],
  }),
];
