import type { Exercise } from "../../model/exercise.ts";
import { definer } from "../define.ts";

const d = definer({ pattern: "mobility", measure: "time", load: "bodyweight" });

/** Mobility drills and cool-down stretches (tagged "cooldown"). Time-measured, secondsPerRep = 1. */
export const MOBILITY: Exercise[] = [
  d("couch-stretch", {
    name: "Couch Stretch",
    primary: ["hip_flexors", "quads"],
    unilateral: true,
    setup: ["Back knee on a pad against a wall or sofa, shin up the wall", "Front foot flat, torso upright"],
    execution: ["Squeeze the glute of the back leg to tilt the pelvis under", "Breathe slowly and hold"],
    faults: ["Arching the low back to fake the range", "Forcing pain at the knee"],
    tags: ["cooldown", "household"],
  }),
  d("childs-pose", {
    name: "Child's Pose Breathing",
    primary: ["lower_back", "lats"], secondary: ["glutes"],
    setup: ["Kneel, big toes together, knees wide", "Sit the hips back toward the heels"],
    execution: ["Reach the arms long on the floor", "Breathe slowly into the back of the ribs"],
    faults: ["Holding the breath", "Shrugging the shoulders up to the ears"],
    tags: ["cooldown"],
  }),
];
