import type { Exercise } from "../../model/exercise.ts";
import { definer } from "../define.ts";

/**
 * Olympic lift variants, the rack pull and the reverse hyperextension: hinge work people log that
 * the main hinge list does not hold. None is a ramp candidate and the Olympic lifts are advanced,
 * so pattern selection keeps preferring the deadlift family for a main hinge; a method or coach
 * names them on purpose.
 */
const d = definer({ pattern: "hinge", tempo: "1-0-0-0", spr: 4, load: "barbell", level: "advanced" });

const OLY_STRESS = ["spinal_axial_load", "grip_load", "wrist_extension", "loaded_knee_flexion"] as const;

export const HINGE_POWER: Exercise[] = [
  d("hang-clean", {
    name: "Hang Clean",
    primary: ["glutes", "hamstrings", "traps"],
    secondary: ["quads", "upper_back", "forearms"],
    equipment: [["barbell"]],
    stress: [...OLY_STRESS],
    progress: ["power-clean"],
    setup: ["Bar at mid-thigh, hook or clean grip, shoulders over the bar", "Hips back, arms long"],
    execution: ["Jump the hips through and shrug, then pull under", "Catch on the shoulders with elbows high"],
    faults: ["Pulling early with the arms", "Catching with the elbows down"],
    tags: ["olympic", "explosive"],
  }),
  d("power-clean", {
    name: "Power Clean",
    primary: ["glutes", "hamstrings", "traps"],
    secondary: ["quads", "upper_back", "forearms"],
    equipment: [["barbell"]],
    stress: [...OLY_STRESS],
    progress: ["clean-and-jerk"],
    setup: ["Bar over mid-foot, clean grip, back flat", "Shoulders just in front of the bar"],
    execution: ["Push the floor away, then extend hips hard past the knees", "Pull under and catch above parallel"],
    faults: ["Hips shooting up first off the floor", "Bar swinging away from the body"],
    tags: ["olympic", "explosive"],
  }),
  d("clean-and-jerk", {
    name: "Clean and Jerk",
    primary: ["glutes", "quads", "front_delts"],
    secondary: ["hamstrings", "traps", "triceps", "upper_back"],
    equipment: [["barbell"]],
    stress: [...OLY_STRESS, "overhead_shoulder", "deep_knee_flexion"],
    setup: ["Bar over mid-foot, clean grip, back flat", "Plan the jerk stance before the lift"],
    execution: ["Clean the bar to the shoulders and stand", "Dip, drive and split or push under to lock out overhead"],
    faults: ["Pressing the jerk out instead of driving under", "Soft elbows at lockout"],
    spr: 8,
    tags: ["olympic", "explosive"],
  }),
  d("hang-power-snatch", {
    name: "Hang Power Snatch",
    primary: ["glutes", "hamstrings", "traps"],
    secondary: ["side_delts", "upper_back", "forearms"],
    equipment: [["barbell"]],
    stress: [...OLY_STRESS, "overhead_shoulder"],
    progress: ["snatch"],
    setup: ["Wide snatch grip, bar at mid-thigh", "Shoulders over the bar, arms long"],
    execution: ["Extend the hips hard and shrug, pull under", "Punch the bar overhead and catch above parallel"],
    faults: ["Bar looping out in front", "Pressing out the catch"],
    tags: ["olympic", "explosive"],
  }),
  d("snatch", {
    name: "Snatch",
    primary: ["glutes", "quads", "traps"],
    secondary: ["hamstrings", "side_delts", "upper_back"],
    equipment: [["barbell"]],
    stress: [...OLY_STRESS, "overhead_shoulder", "deep_knee_flexion"],
    setup: ["Bar over mid-foot, wide snatch grip, back flat", "Hips a little higher than for a clean"],
    execution: ["Pull from the floor, extend hard, and pull under", "Catch in an overhead squat with locked arms"],
    faults: ["Early arm bend", "Catching forward with the bar in front of the feet"],
    tags: ["olympic", "explosive"],
  }),
  d("rack-pull", {
    name: "Rack Pull",
    primary: ["glutes", "hamstrings", "upper_back"],
    secondary: ["traps", "forearms", "lower_back"],
    equipment: [["barbell", "squat_rack"]],
    level: "intermediate",
    tempo: "2-0-1-0",
    stress: ["spinal_axial_load", "grip_load"],
    setup: ["Bar on the pins or blocks just below or above the knee", "Shoulders over the bar, lats tight"],
    execution: ["Drive the hips forward to stand tall", "Lower to the pins under control, no bounce"],
    faults: ["Leaning back at lockout", "Rounding to reach the bar"],
  }),
  d("reverse-hyperextension", {
    name: "Reverse Hyperextension",
    primary: ["glutes", "hamstrings"],
    secondary: ["lower_back"],
    equipment: [["machines"]],
    load: "machine",
    level: "intermediate",
    tempo: "2-0-1-1",
    spr: 3,
    stress: ["spinal_extension_load"],
    setup: ["Lie face down with the hips at the pad's edge, legs hanging", "Hold the handles, strap or ankles free"],
    execution: ["Swing the straight legs up to body height with the glutes", "Lower under control, no hard swing"],
    faults: ["Arching the low back past neutral at the top", "Using momentum from the swing"],
  }),
];
