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
    load: "bodyweight", stress: ["wrist_extension"], progress: ["farmers-carry"],
    setup: ["Hands under shoulders, knees under hips, knees hovering an inch up", "Flat back as if balancing a cup on it"],
    execution: ["Move opposite hand and foot together in small steps", "Keep the hips level and the knees low"],
    faults: ["Hips rising high into a pike", "Hips swaying side to side"],
  }),
  d("farmers-carry", {
    name: "Farmer's Carry",
    primary: ["forearms", "traps"], secondary: ["abs", "obliques", "glutes"],
    equipment: DB_OR_KB, stress: ["grip_load", "spinal_axial_load"],
    setup: ["Deadlift a heavy bell in each hand", "Stand tall, shoulders packed down"],
    execution: ["Walk with short, quick steps", "Keep the bells still at your sides"],
    faults: ["Shoulders rounding forward", "Bells swinging and banging the legs"],
    tags: ["grip"],
  }),
];
