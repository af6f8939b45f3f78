import type { Exercise } from "../../model/exercise.ts";
import { definer } from "../define.ts";

const d = definer({ pattern: "warmup", measure: "time", load: "bodyweight" });

/** General warm-up drills: raise temperature, rehearse the day's patterns. Tagged "general_warmup". */
export const WARMUP: Exercise[] = [
  d("jumping-jacks", {
    name: "Jumping Jacks",
    primary: ["cardio"], secondary: ["calves", "side_delts"],
    stress: ["impact"],
    setup: ["Feet together, arms by your sides"],
    execution: ["Jump the feet wide as the arms sweep overhead", "Land softly on the balls of the feet"],
    faults: ["Landing flat-footed and heavy", "Half arm swings"],
    tags: ["general_warmup"],
  }),
  d("worlds-greatest-stretch", {
    name: "World's Greatest Stretch",
    primary: ["hip_flexors", "hamstrings"], secondary: ["upper_back", "adductors", "glutes"],
    unilateral: true, measure: "reps", spr: 8, tempo: "2-2-2-0",
    setup: ["Step into a long lunge, both hands inside the front foot"],
    execution: ["Drop the inside elbow toward the ankle", "Rotate and reach that arm to the ceiling, then straighten the front leg"],
    faults: ["Back knee collapsing to the floor", "Rushing through the rotation"],
    tags: ["general_warmup"],
  }),
];
