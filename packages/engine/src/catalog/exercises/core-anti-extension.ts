import type { Exercise } from "../../model/exercise.ts";
import { definer } from "../define.ts";

const d = definer({ pattern: "core_anti_extension", tempo: "2-1-2-0", spr: 4 });

/** Anti-extension core: resist the low back arching. Main chain: dead bug → plank → hollow hold → ab-wheel rollout. */
export const CORE_ANTI_EXTENSION: Exercise[] = [
  d("dead-bug", {
    name: "Dead Bug",
    primary: ["abs"], secondary: ["hip_flexors", "obliques"],
    progress: ["front-plank"],
    setup: ["On your back, arms to the ceiling, hips and knees at 90°", "Flatten the low back into the floor"],
    execution: ["Slowly extend the opposite arm and leg while exhaling", "Return and switch sides without the back lifting"],
    faults: ["Low back arching off the floor", "Rushing the reps"],
  }),
  d("front-plank", {
    name: "Front Plank",
    primary: ["abs"], secondary: ["obliques", "front_delts", "glutes"],
    measure: "time",
    setup: ["Forearms under the shoulders, feet hip-width", "Tuck the pelvis slightly and squeeze the glutes"],
    execution: ["Push the floor away with the forearms", "Breathe behind the brace, hold a straight line"],
    faults: ["Hips sagging", "Hips piked high to make it easier"],
    tags: ["isometric"],
  }),
];
