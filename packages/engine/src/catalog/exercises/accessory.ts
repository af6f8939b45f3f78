import type { Exercise } from "../../model/exercise.ts";
import { DB_OR_KB, definer } from "../define.ts";

const d = definer({ pattern: "accessory", tempo: "2-0-1-0", spr: 3, load: "dumbbell" });

/** Accessory work: arms, calves, delts, grip, small-muscle hypertrophy and prehab. */
export const ACCESSORY: Exercise[] = [
  d("dumbbell-biceps-curl", {
    name: "Dumbbell Biceps Curl",
    primary: ["biceps"], secondary: ["forearms"],
    equipment: DB_OR_KB, stress: ["elbow_flexion_load", "grip_load"],
    setup: ["Bells at your sides, palms forward", "Elbows pinned by the ribs"],
    execution: ["Curl without the elbows moving forward", "Lower slowly to a full stretch"],
    faults: ["Swinging the torso", "Cutting the bottom range"],
  }),
  d("standing-calf-raise", {
    name: "Standing Calf Raise",
    primary: ["calves"],
    load: "bodyweight", stress: ["ankle_dorsiflexion"],
    setup: ["Balls of the feet on a step edge, heels free", "Hold a wall or rail for balance"],
    execution: ["Lower the heels to a deep stretch and pause", "Rise as high as possible onto the big toe"],
    faults: ["Bouncing out of the bottom", "Rolling onto the little toes"],
    tempo: "2-1-1-1", tags: ["household"],
  }),
];
