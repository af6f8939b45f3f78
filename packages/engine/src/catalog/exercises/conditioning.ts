import type { Exercise } from "../../model/exercise.ts";
import { definer } from "../define.ts";

const d = definer({ pattern: "conditioning", measure: "time", load: "bodyweight" });

/** Conditioning: cyclical and circuit work. Time-measured unless noted; secondsPerRep = 1. */
export const CONDITIONING: Exercise[] = [
  d("rower-intervals", {
    name: "Rowing Machine Intervals",
    primary: ["cardio"], secondary: ["quads", "upper_back", "glutes", "lats"],
    equipment: [["rower"]], load: "machine", level: "beginner",
    setup: ["Strap the feet so the strap crosses the widest part", "Damper around 3-5, not maxed"],
    execution: ["Legs, then body swing, then arms; reverse to return", "Hard pieces at a steady stroke rate of 24-30"],
    faults: ["Pulling with the arms before the legs finish", "Knees rising before the hands pass them"],
    tags: ["interval", "low_impact", "finisher"],
  }),
  d("burpee", {
    name: "Burpee",
    primary: ["cardio"], secondary: ["chest", "quads", "abs"],
    measure: "reps", spr: 3, level: "intermediate",
    stress: ["impact", "wrist_extension", "horizontal_shoulder_load"],
    setup: ["Feet hip-width, clear space around you"],
    execution: ["Squat, hands down, jump or step the feet back to a plank", "Return the feet, stand and jump with a clap overhead"],
    faults: ["Hips sagging in the plank", "Landing stiff-legged"],
    tempo: "1-0-1-0", tags: ["finisher", "interval"],
  }),
];
