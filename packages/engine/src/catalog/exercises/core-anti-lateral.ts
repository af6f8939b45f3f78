import type { Exercise } from "../../model/exercise.ts";
import { definer } from "../define.ts";

const d = definer({ pattern: "core_anti_lateral_flexion", tempo: "2-1-2-0", spr: 4 });

/** Anti-lateral-flexion core: resist side bending. Main chain: knee side plank → side plank → suitcase hold → Copenhagen plank. */
export const CORE_ANTI_LATERAL: Exercise[] = [
  d("side-plank", {
    name: "Side Plank",
    primary: ["obliques"], secondary: ["abs", "glutes", "side_delts"],
    measure: "time", unilateral: true, progress: ["suitcase-hold"],
    setup: ["Elbow under the shoulder, feet stacked", "Hips in line with shoulders and ankles"],
    execution: ["Lift the hips and push the floor away", "Hold a straight line, breathe"],
    faults: ["Hips drifting back", "Shoulder collapsing toward the ear"],
    tags: ["isometric"],
  }),
  d("suitcase-hold", {
    name: "Suitcase Hold",
    primary: ["obliques"], secondary: ["forearms", "traps", "abs"],
    equipment: [["dumbbells"], ["kettlebells"]], load: "dumbbell", measure: "time", unilateral: true,
    stress: ["grip_load"],
    setup: ["Heavy bell in one hand, feet hip-width", "Stand tall, shoulders level"],
    execution: ["Resist the lean toward the weight", "Grip hard, breathe behind the brace"],
    faults: ["Leaning toward or away from the bell", "Shrugging the loaded shoulder"],
    tags: ["isometric", "grip"],
  }),
];
