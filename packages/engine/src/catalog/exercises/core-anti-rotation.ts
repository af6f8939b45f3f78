import type { Exercise } from "../../model/exercise.ts";
import { definer } from "../define.ts";

const d = definer({ pattern: "core_anti_rotation", tempo: "2-1-2-0", spr: 4 });

/** Anti-rotation core: resist twisting. Main chain: bird dog → plank shoulder tap → Pallof press → renegade row. */
export const CORE_ANTI_ROTATION: Exercise[] = [
  d("bird-dog", {
    name: "Bird Dog",
    primary: ["abs", "lower_back"], secondary: ["glutes", "obliques"],
    unilateral: true, progress: ["band-pallof-press"],
    setup: ["Hands under shoulders, knees under hips", "Neutral spine, eyes on the floor"],
    execution: ["Reach the opposite arm and leg long without shifting the hips", "Pause, return, switch"],
    faults: ["Hips rotating open", "Kicking the leg high and arching the back"],
  }),
  d("band-pallof-press", {
    name: "Band Pallof Press",
    primary: ["obliques", "abs"], secondary: ["glutes"],
    equipment: [["bands"]], load: "band", unilateral: true,
    setup: ["Anchor a band at chest height, stand side-on", "Hands at the sternum, feet hip-width, soft knees"],
    execution: ["Press the hands straight out and resist the pull", "Hold two seconds, return to the chest"],
    faults: ["Letting the torso turn toward the anchor", "Standing too close so there is no tension"],
  }),
];
