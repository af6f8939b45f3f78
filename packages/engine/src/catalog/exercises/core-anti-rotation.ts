import type { Exercise } from "../../model/exercise.ts";
import { DB_OR_KB, definer } from "../define.ts";

const d = definer({ pattern: "core_anti_rotation", tempo: "2-1-2-0", spr: 4 });

/** Anti-rotation core: resist twisting. Main chain: bird dog → plank shoulder tap → Pallof press → renegade row. */
export const CORE_ANTI_ROTATION: Exercise[] = [
  d("bird-dog", {
    name: "Bird Dog",
    primary: ["abs", "lower_back"], secondary: ["glutes", "obliques"],
    unilateral: true, progress: ["plank-shoulder-tap", "band-pallof-press"],
    setup: ["Hands under shoulders, knees under hips", "Neutral spine, eyes on the floor"],
    execution: ["Reach the opposite arm and leg long without shifting the hips", "Pause, return, switch"],
    faults: ["Hips rotating open", "Kicking the leg high and arching the back"],
  }),
  d("band-pallof-press", {
    name: "Band Pallof Press",
    primary: ["obliques", "abs"], secondary: ["glutes"],
    equipment: [["bands"]], load: "band", unilateral: true, progress: ["half-kneeling-pallof-press", "cable-pallof-press"],
    setup: ["Anchor a band at chest height, stand side-on", "Hands at the sternum, feet hip-width, soft knees"],
    execution: ["Press the hands straight out and resist the pull", "Hold two seconds, return to the chest"],
    faults: ["Letting the torso turn toward the anchor", "Standing too close so there is no tension"],
  }),
  d("plank-shoulder-tap", {
    name: "Plank Shoulder Tap",
    primary: ["abs", "obliques"], secondary: ["front_delts", "glutes"],
    stress: ["wrist_extension"], progress: ["plank-pull-through", "renegade-row"],
    setup: ["High plank, feet wider than hip-width", "Glutes squeezed, hips level"],
    execution: ["Lift one hand to tap the opposite shoulder", "Alternate slowly without the hips rocking"],
    faults: ["Hips swaying side to side", "Rushing the taps"],
  }),
  d("quadruped-hover-reach", {
    name: "Quadruped Hover Reach",
    primary: ["abs", "obliques"], secondary: ["front_delts", "quads"],
    level: "intermediate", unilateral: true, stress: ["wrist_extension"], regress: ["bird-dog"],
    setup: ["Hands under shoulders, knees under hips, knees hovering an inch up"],
    execution: ["Reach one arm forward without the hips shifting", "Return and alternate, knees never touching down"],
    faults: ["Knees dropping to the floor", "Shifting the weight to one side"],
  }),
  d("half-kneeling-pallof-press", {
    name: "Half-Kneeling Band Pallof Press",
    primary: ["obliques", "abs"], secondary: ["glutes", "hip_flexors"],
    equipment: [["bands"]], load: "band", level: "intermediate", unilateral: true,
    setup: ["Half-kneel side-on to a chest-height band, inside knee down", "Squeeze the down-side glute"],
    execution: ["Press out and hold without the torso turning", "Return slowly to the chest"],
    faults: ["Hips shifting toward the anchor", "Arching the low back"],
  }),
  d("cable-pallof-press", {
    name: "Cable Pallof Press",
    primary: ["obliques", "abs"], secondary: ["glutes"],
    equipment: [["cable"]], load: "cable", unilateral: true, progress: ["cable-chop"],
    setup: ["Handle at chest height, stand side-on, feet hip-width", "Step out until the stack lifts"],
    execution: ["Press out to straight arms and hold two seconds", "Return to the sternum under control"],
    faults: ["Rotating toward the stack", "Shoulders shrugging"],
  }),
  d("cable-chop", {
    name: "Half-Kneeling Cable Chop",
    primary: ["obliques", "abs"], secondary: ["front_delts", "lats"],
    equipment: [["cable"], ["bands"]], load: "cable", level: "intermediate", unilateral: true,
    stress: ["spinal_rotation"], progress: ["landmine-rotation"],
    setup: ["Half-kneel side-on to a high pulley, rope held at the shoulder", "Tall spine, down-side glute on"],
    execution: ["Pull then push the rope diagonally past the far hip", "Move the arms while the torso stays quiet"],
    faults: ["Twisting from the low back", "Falling sideways off the knee"],
  }),
  d("landmine-rotation", {
    name: "Landmine Rotation",
    primary: ["obliques"], secondary: ["abs", "front_delts", "glutes"],
    equipment: [["landmine", "barbell"]], load: "barbell", level: "advanced", stress: ["spinal_rotation"],
    setup: ["Hold the bar end overhead with straight arms, feet wide", "Brace before moving"],
    execution: ["Arc the bar down to one hip by pivoting the feet and hips", "Bring it back through the top under control"],
    faults: ["Bending the arms", "Twisting the low back instead of pivoting the hips"],
    tempo: "2-0-2-0",
  }),
  d("plank-pull-through", {
    name: "Plank Pull-Through",
    primary: ["obliques", "abs"], secondary: ["lats", "front_delts"],
    equipment: DB_OR_KB, load: "kettlebell", level: "intermediate", stress: ["wrist_extension"],
    setup: ["High plank with a bell just outside one hand", "Feet wide for stability"],
    execution: ["Reach under with the far hand and drag the bell across", "Alternate without the hips rotating"],
    faults: ["Hips lifting or twisting", "Tossing the bell instead of dragging"],
  }),
  d("renegade-row", {
    name: "Renegade Row",
    primary: ["obliques", "abs", "lats"], secondary: ["upper_back", "biceps"],
    equipment: [["dumbbells"], ["kettlebells"]], load: "dumbbell", level: "advanced",
    stress: ["wrist_extension", "grip_load"],
    setup: ["High plank gripping two bells, feet wide", "Wrists straight over the handles"],
    execution: ["Row one bell to the hip while the other arm pushes down", "Set it down quietly and alternate"],
    faults: ["Hips rotating open with each row", "Feet too close together"],
  }),
];
