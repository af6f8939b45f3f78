import type { Exercise } from "../../model/exercise.ts";
import { definer } from "../define.ts";

const d = definer({ pattern: "vertical_pull", tempo: "2-0-1-0", spr: 3 });

/**
 * Vertical pull. With no equipment at all there is no honest loaded vertical pull, so the
 * bodyweight options are a towel isometric pulldown (hard pull-apart drives lat and lower-trap
 * tension) and a sliding floor pulldown (prone on a smooth floor, pulling the body forward with
 * the arms overhead). Main chain: sliding pulldown → band pulldown → band-assisted pull-up → chin-up → pull-up.
 */
export const PULL_VERTICAL: Exercise[] = [
  d("sliding-floor-pulldown", {
    name: "Sliding Floor Pulldown",
    primary: ["lats"], secondary: ["triceps", "abs", "upper_back"],
    stress: ["shoulder_extension_loaded"], progress: ["band-assisted-pull-up"],
    setup: ["Lie face down on a smooth floor, towels under the hips and feet", "Arms straight overhead, palms down, thumbs up"],
    execution: ["Press the hands into the floor and pull the body forward to the hands", "Reach back out and repeat with steady tension"],
    faults: ["Bending the elbows into a push instead of pulling from the lats", "Lifting the head and arching the neck"],
    tags: ["household"],
  }),
  d("band-assisted-pull-up", {
    name: "Band-Assisted Pull-Up",
    primary: ["lats", "upper_back"], secondary: ["biceps", "forearms"],
    equipment: [["pullup_bar", "bands"]], load: "band",
    stress: ["grip_load", "elbow_flexion_load"], progress: ["pull-up"],
    setup: ["Loop a band over the bar and place a knee or foot in it", "Overhand grip just outside the shoulders"],
    execution: ["Pull the elbows down to the ribs, chest toward the bar", "Lower all the way to straight arms"],
    faults: ["Kipping off the band", "Cutting the bottom range short"],
  }),
  d("pull-up", {
    name: "Pull-Up",
    primary: ["lats", "upper_back"], secondary: ["biceps", "forearms", "abs"],
    equipment: [["pullup_bar"]], level: "intermediate",
    stress: ["grip_load", "elbow_flexion_load"],
    setup: ["Overhand grip just outside the shoulders", "Hang with legs together, ribs down"],
    execution: ["Start by pulling the shoulder blades down", "Chin over the bar, lower under control to a full hang"],
    faults: ["Swinging or kicking", "Half reps that stop short of a hang"],
    spr: 4, tags: ["ramp_candidate"],
  }),
];
