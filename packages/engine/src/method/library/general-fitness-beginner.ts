import type { Method, MethodSlot } from "../types.ts";
import { dose, double, HALF_VOLUME_DELOAD, loading, slot } from "./build.ts";

/**
 * Moderate effort (3-4 reps in reserve) and 8-15 reps: 2 sets while the movements are new, then
 * 3; reps climb to the top of the range before the load goes up.
 */
const moderate = (reps: [number, number]) => ({
  accumulation: dose(2, [reps[0] + 2, reps[1]], { rpe: 6.5 }, { restSeconds: 75 }),
  intensification: dose(3, reps, { rpe: 7 }, { restSeconds: 90 }),
  realization: dose(3, reps, { rpe: 7.5 }, { restSeconds: 90 }),
});
const easy = (pattern: MethodSlot["pattern"], role: MethodSlot["role"], label: string, exerciseIds: string[]) =>
  slot(pattern, role, { label, exerciseIds, prescription: moderate([8, 15]), progression: double(10, 15) });

/** General fitness for beginners: two full-body days, machine and dumbbell friendly. */
export const GENERAL_FITNESS_BEGINNER: Method = {
  version: 1,
  id: "general-fitness-beginner",
  name: "General fitness, beginner (2-3 days)",
  summary:
    "Two alternating full-body days for two or three sessions a week: a squat or hinge, a push and a pull, a single-leg move and core, 2-3 sets of 8-15 reps at moderate effort, on machines or dumbbells.",
  basis:
    "The novice resistance-training parameters of the ACSM progression position stand (Ratamess et al., Med Sci Sports Exerc 2009: 2-3 days a week, 8-12 RM, multi-joint before single-joint) and the ACSM quantity-and-quality position stand for healthy adults (Garber et al., Med Sci Sports Exerc 2011: each major muscle group 2-3 days a week, 8-12 reps for strength, 15-20 for endurance, 2-4 sets).",
  goals: ["general_health", "fat_loss", "hypertrophy"],
  levels: ["beginner"],
  daysPerWeek: [2, 3],
  days: [
    {
      label: "Full body A",
      slots: [
        easy("squat", "main", "Squat", ["goblet-squat", "leg-press", "box-squat", "chair-squat"]),
        easy("horizontal_push", "secondary", "Chest press", [
          "machine-chest-press",
          "dumbbell-bench-press",
          "incline-push-up",
        ]),
        easy("horizontal_pull", "secondary", "Row", ["seated-cable-row", "one-arm-dumbbell-row", "band-seated-row"]),
        easy("lunge", "accessory", "Step-up", ["dumbbell-step-up", "step-up", "stair-step-up"]),
        easy("core_anti_extension", "accessory", "Core", ["dead-bug", "incline-plank"]),
      ],
    },
    {
      label: "Full body B",
      slots: [
        easy("hinge", "main", "Hip hinge", ["dumbbell-romanian-deadlift", "kettlebell-deadlift", "glute-bridge"]),
        easy("vertical_pull", "secondary", "Pulldown", [
          "lat-pulldown",
          "assisted-pull-up-machine",
          "band-lat-pulldown",
        ]),
        easy("vertical_push", "secondary", "Shoulder press", [
          "machine-shoulder-press",
          "dumbbell-shoulder-press",
          "band-overhead-press",
        ]),
        easy("lunge", "accessory", "Reverse lunge", [
          "dumbbell-reverse-lunge",
          "reverse-lunge",
          "supported-split-squat",
        ]),
        slot("carry", "accessory", {
          label: "Carry",
          exerciseIds: ["farmers-carry", "suitcase-carry"],
          prescription: loading(dose(2, 1, { rpe: 6.5 }, { seconds: 30, restSeconds: 60 })),
        }),
      ],
    },
  ],
  deload: HALF_VOLUME_DELOAD,
};
