import type { Exercise } from "../../model/exercise.ts";
import { DB_OR_KB, definer } from "../define.ts";

const d = definer({ pattern: "vertical_push", tempo: "2-0-1-0", spr: 3 });

/** Vertical push. Main chain: pike push-up → dumbbell press → overhead press → handstand push-up. */
export const PUSH_VERTICAL: Exercise[] = [
  d("pike-push-up", {
    name: "Pike Push-Up",
    primary: ["front_delts", "triceps"], secondary: ["side_delts", "chest"],
    level: "intermediate", stress: ["overhead_shoulder", "wrist_extension"],
    progress: ["dumbbell-shoulder-press"],
    setup: ["Hands shoulder-width, hips high in an inverted V", "Walk the feet in until the torso is steep"],
    execution: ["Lower the head forward of the hands, forming a triangle", "Press back up to straight arms"],
    faults: ["Elbows flaring wide", "Lowering the forehead straight down between the hands"],
  }),
  d("dumbbell-shoulder-press", {
    name: "Standing Dumbbell Shoulder Press",
    primary: ["front_delts", "triceps"], secondary: ["side_delts", "abs", "traps"],
    equipment: DB_OR_KB, load: "dumbbell",
    stress: ["overhead_shoulder", "spinal_axial_load"], progress: ["overhead-press"],
    setup: ["Bells at shoulder height, palms in or forward", "Glutes tight, ribs down"],
    execution: ["Press up until the biceps are by the ears", "Lower under control to the shoulders"],
    faults: ["Leaning back to press", "Pressing forward instead of up"],
    tags: ["ramp_candidate"],
  }),
  d("overhead-press", {
    name: "Barbell Overhead Press",
    primary: ["front_delts", "triceps"], secondary: ["side_delts", "traps", "abs"],
    equipment: [["barbell", "squat_rack"]], level: "intermediate", load: "barbell",
    stress: ["overhead_shoulder", "spinal_axial_load", "wrist_extension"],
    setup: ["Bar on the front delts, hands just outside shoulders", "Squeeze glutes and quads, ribs down"],
    execution: ["Move the head back and press the bar in a straight line", "Head through at lockout, bar over mid-foot"],
    faults: ["Hyperextending the low back", "Bar path looping forward around the face"],
    tempo: "2-0-1-0", spr: 4, tags: ["ramp_candidate"],
  }),
];
