import type { Exercise } from "../../model/exercise.ts";
import { DB_OR_KB, definer } from "../define.ts";

const d = definer({ pattern: "core_anti_lateral_flexion", tempo: "2-1-2-0", spr: 4 });

/** Anti-lateral-flexion core: resist side bending. Main chain: knee side plank → side plank → suitcase hold → Copenhagen plank. */
export const CORE_ANTI_LATERAL: Exercise[] = [
  d("side-plank", {
    name: "Side Plank",
    primary: ["obliques"], secondary: ["abs", "glutes", "side_delts"],
    measure: "time", unilateral: true, progress: ["side-plank-leg-raise", "copenhagen-plank", "side-plank-row", "suitcase-hold"],
    setup: ["Elbow under the shoulder, feet stacked", "Hips in line with shoulders and ankles"],
    execution: ["Lift the hips and push the floor away", "Hold a straight line, breathe"],
    faults: ["Hips drifting back", "Shoulder collapsing toward the ear"],
    tags: ["isometric"],
  }),
  d("suitcase-hold", {
    name: "Suitcase Hold",
    primary: ["obliques"], secondary: ["forearms", "traps", "abs"],
    equipment: [["dumbbells"], ["kettlebells"]], load: "dumbbell", measure: "time", unilateral: true,
    stress: ["grip_load"], progress: ["suitcase-deadlift"],
    setup: ["Heavy bell in one hand, feet hip-width", "Stand tall, shoulders level"],
    execution: ["Resist the lean toward the weight", "Grip hard, breathe behind the brace"],
    faults: ["Leaning toward or away from the bell", "Shrugging the loaded shoulder"],
    tags: ["isometric", "grip"],
  }),
  d("knee-side-plank", {
    name: "Kneeling Side Plank",
    primary: ["obliques"], secondary: ["glutes", "abs"],
    measure: "time", unilateral: true, progress: ["side-plank"],
    setup: ["Elbow under the shoulder, knees bent behind you", "Hips, shoulders and knees in one line"],
    execution: ["Lift the hips off the floor and hold", "Top hand on the hip, breathe"],
    faults: ["Hips piking back", "Rolling forward onto the chest"],
    tags: ["isometric"],
  }),
  d("side-plank-leg-raise", {
    name: "Side Plank with Leg Raise",
    primary: ["obliques", "glutes"], secondary: ["abs", "adductors"],
    level: "intermediate", unilateral: true,
    setup: ["Full side plank, feet stacked"],
    execution: ["Lift the top leg to hip-width and lower it with control", "Keep the bottom hip high throughout"],
    faults: ["Hips dropping as the leg moves", "Rolling the torso forward"],
  }),
  d("copenhagen-plank", {
    name: "Copenhagen Plank",
    primary: ["adductors", "obliques"], secondary: ["abs", "glutes"],
    level: "advanced", measure: "time", unilateral: true,
    setup: ["Side plank with the top leg on a bench or chair seat, knee supported to make it easier", "Bottom leg hangs free"],
    execution: ["Squeeze the top leg into the bench to lift the hips", "Hold in a straight line; lift the bottom leg to the bench for extra"],
    faults: ["Hips sagging", "Support under the ankle before the adductors are ready"],
    tags: ["isometric", "household"],
  }),
  d("band-suitcase-hold", {
    name: "Band Suitcase Hold",
    primary: ["obliques"], secondary: ["forearms", "traps"],
    equipment: [["bands"]], load: "band", measure: "time", unilateral: true, progress: ["suitcase-hold"],
    setup: ["Stand on one end of a heavy band, hold the other end at your side", "Shorten the band until it is taut at arm's length"],
    execution: ["Stand tall, shoulders level, resisting the pull down", "March slowly in place for extra challenge"],
    faults: ["Leaning toward the band", "Shrugging the holding shoulder"],
    tags: ["isometric"],
  }),
  d("suitcase-deadlift", {
    name: "Suitcase Deadlift",
    primary: ["obliques", "glutes"], secondary: ["hamstrings", "quads", "forearms"],
    equipment: DB_OR_KB, load: "dumbbell", level: "intermediate", unilateral: true,
    stress: ["grip_load", "spinal_axial_load"],
    setup: ["Bell beside one foot", "Hinge and squat down with the shoulders level"],
    execution: ["Stand up with the bell at your side without tipping", "Lower the same way, switch sides each set"],
    faults: ["Side-bending toward the bell", "Rounding to reach the handle"],
  }),
  d("side-plank-row", {
    name: "Side Plank Row",
    primary: ["obliques", "upper_back"], secondary: ["lats", "biceps", "abs"],
    equipment: [["cable"], ["bands"]], load: "cable", level: "advanced", unilateral: true,
    stress: ["elbow_flexion_load"],
    setup: ["Side plank facing a low cable or anchored band", "Top hand holds the handle with a straight arm"],
    execution: ["Row the handle to the ribs while the hips stay high", "Return slowly without rotating"],
    faults: ["Hips dropping as you row", "Twisting toward the anchor"],
  }),
  d("cable-suitcase-hold", {
    name: "Cable Side Hold",
    primary: ["obliques"], secondary: ["forearms", "abs"],
    equipment: [["cable"]], load: "cable", measure: "time", unilateral: true, regress: ["band-suitcase-hold"],
    setup: ["Low pulley, stand side-on a step away, handle at the hip", "Tall stance, shoulders level"],
    execution: ["Hold against the sideways pull without leaning", "Breathe behind the brace, switch sides"],
    faults: ["Leaning away from the stack", "Hips shifting"],
    tags: ["isometric"],
  }),
];
