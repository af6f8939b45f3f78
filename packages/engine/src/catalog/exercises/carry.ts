import type { Exercise } from "../../model/exercise.ts";
import { DB_OR_KB, definer } from "../define.ts";

const d = definer({ pattern: "carry", measure: "distance", load: "dumbbell" });

/**
 * Carries: the trunk stays stiff while the legs walk under load. Without equipment nothing can
 * honestly be "loaded", so the bodyweight options are crawls: contralateral gait with the trunk
 * braced against extension and rotation, which is the carry's core demand. Distance is in metres;
 * secondsPerRep = 1 means the engine treats one metre as roughly one second of work.
 */
export const CARRY: Exercise[] = [
  d("bear-crawl", {
    name: "Bear Crawl",
    primary: ["abs", "front_delts"], secondary: ["quads", "obliques", "triceps"],
    load: "bodyweight", stress: ["wrist_extension"], progress: ["lateral-bear-crawl", "farmers-carry"],
    setup: ["Hands under shoulders, knees under hips, knees hovering an inch up", "Flat back as if balancing a cup on it"],
    execution: ["Move opposite hand and foot together in small steps", "Keep the hips level and the knees low"],
    faults: ["Hips rising high into a pike", "Hips swaying side to side"],
  }),
  d("farmers-carry", {
    name: "Farmer's Carry",
    primary: ["forearms", "traps"], secondary: ["abs", "obliques", "glutes"],
    equipment: DB_OR_KB, stress: ["grip_load", "spinal_axial_load"],
    progress: ["suitcase-carry", "front-rack-carry", "trap-bar-carry", "plate-pinch-carry"],
    setup: ["Deadlift a heavy bell in each hand", "Stand tall, shoulders packed down"],
    execution: ["Walk with short, quick steps", "Keep the bells still at your sides"],
    faults: ["Shoulders rounding forward", "Bells swinging and banging the legs"],
    tags: ["grip"],
  }),
  d("crab-walk", {
    name: "Crab Walk",
    primary: ["triceps", "glutes"], secondary: ["rear_delts", "abs", "hamstrings"],
    load: "bodyweight", stress: ["wrist_extension", "shoulder_extension_loaded"],
    setup: ["Sit, hands behind you with fingers pointing toward the feet", "Lift the hips to table height"],
    execution: ["Walk hands and feet together, hips held up", "Move in short, even steps"],
    faults: ["Hips sagging to the floor", "Shoulders shrugging up to the ears"],
  }),
  d("lateral-bear-crawl", {
    name: "Lateral Bear Crawl",
    primary: ["abs", "front_delts"], secondary: ["obliques", "quads", "adductors"],
    load: "bodyweight", level: "intermediate", stress: ["wrist_extension"],
    setup: ["Bear position with knees hovering an inch up"],
    execution: ["Step hand and foot sideways together, then follow with the other pair", "Hips stay level and low throughout"],
    faults: ["Crossing the hands over and losing balance", "Knees touching down between steps"],
  }),
  d("suitcase-carry", {
    name: "Suitcase Carry",
    primary: ["obliques", "forearms"], secondary: ["traps", "glutes", "abs"],
    equipment: DB_OR_KB, unilateral: true, stress: ["grip_load", "spinal_axial_load"], progress: ["overhead-carry"],
    setup: ["One heavy bell in one hand", "Stand tall, shoulders level"],
    execution: ["Walk without leaning toward or away from the bell", "Switch hands each length"],
    faults: ["Side-bending toward the load", "Bell drifting away from the leg"],
    tags: ["grip"],
  }),
  d("front-rack-carry", {
    name: "Front-Rack Carry",
    primary: ["abs", "upper_back"], secondary: ["front_delts", "biceps", "glutes"],
    equipment: [["kettlebells"], ["dumbbells"]], load: "kettlebell", level: "intermediate",
    stress: ["spinal_axial_load"],
    setup: ["Clean two bells into the rack position", "Elbows tucked, wrists straight"],
    execution: ["Walk tall with the ribs down", "Breathe behind the brace"],
    faults: ["Leaning back under the load", "Elbows flaring so the bells drop"],
  }),
  d("overhead-carry", {
    name: "Single-Arm Overhead Carry",
    primary: ["front_delts", "obliques"], secondary: ["traps", "triceps", "abs"],
    equipment: DB_OR_KB, level: "intermediate", unilateral: true, stress: ["overhead_shoulder", "spinal_axial_load"],
    setup: ["Press one bell overhead, biceps by the ear", "Free hand on the hip"],
    execution: ["Walk slowly with the arm locked and stacked", "Keep the ribs down and the wrist straight"],
    faults: ["Arm drifting forward", "Leaning away from the bell"],
  }),
  d("trap-bar-carry", {
    name: "Trap Bar Carry",
    primary: ["forearms", "traps"], secondary: ["glutes", "quads", "abs"],
    equipment: [["trap_bar"]], load: "barbell", level: "intermediate", stress: ["grip_load", "spinal_axial_load"],
    setup: ["Deadlift the trap bar to standing", "Shoulders packed, eyes forward"],
    execution: ["Take short, controlled steps", "Keep the bar level without swinging"],
    faults: ["Bar tipping front to back", "Rushing and losing posture"],
    tags: ["grip"],
  }),
  d("plate-pinch-carry", {
    name: "Plate Pinch Carry",
    primary: ["forearms"], secondary: ["traps", "abs"],
    equipment: [["barbell"]], load: "barbell", level: "intermediate", stress: ["grip_load"],
    setup: ["Pinch two smooth plates together in each hand, fingers one side, thumb the other", "Stand tall, arms straight"],
    execution: ["Walk steadily, squeezing the plates", "Put them down before the grip fails, not dropped on feet"],
    faults: ["Plates sliding apart", "Shrugging up"],
    tags: ["grip"],
  }),
  d("offset-carry", {
    name: "Offset Rack-and-Suitcase Carry",
    primary: ["obliques", "abs"], secondary: ["forearms", "upper_back", "glutes"],
    equipment: [["kettlebells"], ["dumbbells"]], load: "kettlebell", level: "intermediate",
    stress: ["grip_load", "spinal_axial_load"], regress: ["suitcase-carry"],
    setup: ["One bell racked at the shoulder, the other held at the side", "Tall posture, shoulders level"],
    execution: ["Walk without twisting or tilting", "Swap positions each length"],
    faults: ["Leaning toward the heavier side", "Racked elbow flaring"],
  }),
];
