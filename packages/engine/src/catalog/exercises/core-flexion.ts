import type { Exercise } from "../../model/exercise.ts";
import { definer } from "../define.ts";

/**
 * Trunk flexion and rotation done for the abs themselves (crunches, sit-ups, leg raises, twists,
 * side bends): what people log most often outside the "anti-" core drills. Filed as accessories so
 * the core slots keep choosing bracing drills, and tagged `spinal_flexion_load` (or rotation) so a
 * painful low back excludes them.
 */
const d = definer({ pattern: "accessory", tempo: "2-0-1-1", spr: 3, load: "bodyweight" });

export const CORE_FLEXION: Exercise[] = [
  d("crunch", {
    name: "Crunch",
    primary: ["abs"],
    stress: ["spinal_flexion_load"],
    progress: ["weighted-crunch", "reverse-crunch"],
    setup: ["On your back, knees bent, feet flat", "Hands lightly at the temples or crossed on the chest"],
    execution: ["Curl the ribs toward the pelvis until the shoulder blades lift", "Lower one vertebra at a time"],
    faults: ["Pulling on the neck with the hands", "Jerking up with momentum"],
  }),
  d("weighted-crunch", {
    name: "Weighted Crunch",
    primary: ["abs"],
    equipment: [["dumbbells"], ["kettlebells"]],
    load: "dumbbell",
    stress: ["spinal_flexion_load"],
    progress: ["cable-crunch", "decline-crunch"],
    setup: ["On your back, knees bent", "One plate or bell held on the chest"],
    execution: ["Curl the ribs toward the pelvis, shoulder blades off the floor", "Lower slowly, head stays neutral"],
    faults: ["Load sliding up to the neck", "Hips lifting to help"],
  }),
  d("decline-crunch", {
    name: "Decline Crunch",
    primary: ["abs"],
    secondary: ["hip_flexors"],
    equipment: [["bench"]],
    level: "intermediate",
    stress: ["spinal_flexion_load"],
    setup: ["Feet hooked under the pads of a decline bench", "Arms crossed, or a plate on the chest"],
    execution: ["Curl the trunk up until the low back just leaves the pad", "Lower with control to the start"],
    faults: ["Sitting all the way up on the hip flexors", "Dropping back onto the bench"],
  }),
  d("cable-crunch", {
    name: "Cable Crunch",
    primary: ["abs"],
    equipment: [["cable"]],
    load: "cable",
    stress: ["spinal_flexion_load"],
    setup: ["Kneel facing a high pulley, rope held by the ears", "Hips stay high above the knees"],
    execution: ["Curl the elbows toward the thighs by rounding the spine", "Return slowly to a long trunk"],
    faults: ["Sitting back onto the heels instead of curling", "Pulling with the arms"],
  }),
  d("machine-crunch", {
    name: "Machine Crunch",
    primary: ["abs"],
    equipment: [["machines"]],
    load: "machine",
    stress: ["spinal_flexion_load"],
    setup: ["Seat set so the pads sit on the chest or the handles at the shoulders", "Feet hooked or flat"],
    execution: ["Curl the ribs toward the pelvis against the stack", "Return until the stack nearly touches"],
    faults: ["Pushing with the arms or legs", "Letting the stack slam between reps"],
  }),
  d("sit-up", {
    name: "Sit-Up",
    primary: ["abs", "hip_flexors"],
    stress: ["spinal_flexion_load", "hip_flexion_loaded"],
    progress: ["decline-crunch"],
    setup: ["On your back, knees bent, feet anchored or flat", "Arms crossed on the chest"],
    execution: ["Curl the trunk up, then sit tall over the hips", "Lower back down under control"],
    faults: ["Throwing the arms to gain momentum", "Yanking on the neck"],
  }),
  d("reverse-crunch", {
    name: "Reverse Crunch",
    primary: ["abs"],
    secondary: ["hip_flexors"],
    stress: ["spinal_flexion_load"],
    progress: ["lying-leg-raise"],
    setup: ["On your back, hips and knees bent at 90°", "Arms along the floor for balance"],
    execution: ["Curl the pelvis off the floor toward the ribs", "Lower the hips slowly without swinging"],
    faults: ["Swinging the legs to throw the hips up", "Only moving the legs, not the pelvis"],
  }),
  d("lying-leg-raise", {
    name: "Lying Leg Raise",
    primary: ["abs", "hip_flexors"],
    stress: ["hip_flexion_loaded"],
    progress: ["hanging-knee-raise"],
    setup: ["On your back, legs straight, hands under the hips or holding a bench", "Low back pressed down"],
    execution: [
      "Raise straight legs to vertical, tilting the pelvis up at the top",
      "Lower until the back starts to arch",
    ],
    faults: ["Low back arching off the floor", "Dropping the legs fast"],
  }),
  d("russian-twist", {
    name: "Russian Twist",
    primary: ["obliques", "abs"],
    equipment: [[]],
    level: "intermediate",
    stress: ["spinal_rotation", "spinal_flexion_load"],
    setup: ["Sit leaning back about 45°, knees bent, heels down or raised", "Hold a plate, ball or bell at the chest"],
    execution: ["Turn the ribs to one side, then the other, hips still", "Keep the chest tall through the turn"],
    faults: ["Only moving the arms", "Slumping the back into a C"],
  }),
  d("dumbbell-side-bend", {
    name: "Dumbbell Side Bend",
    primary: ["obliques"],
    secondary: ["lower_back"],
    equipment: [["dumbbells"], ["kettlebells"]],
    load: "dumbbell",
    unilateral: true,
    stress: ["spinal_flexion_load", "grip_load"],
    setup: ["Stand tall, one bell at the side, free hand on the hip"],
    execution: [
      "Bend sideways toward the bell, without leaning forward",
      "Pull back up to tall with the opposite side",
    ],
    faults: ["Twisting or leaning forward", "Rushing the range"],
  }),
];
