import type { Method, MethodSlot } from "../types.ts";
import { dose, double, HALF_VOLUME_DELOAD, loading, slot } from "./build.ts";

/**
 * Moderate effort for older adults: 10-15 reps at about 4 in reserve while learning, then 8-12
 * at about 3 in reserve; two sets, then three.
 */
const MODERATE = {
  accumulation: dose(2, [10, 15], { rpe: 6 }, { restSeconds: 90 }),
  intensification: dose(3, [8, 12], { rpe: 7 }, { restSeconds: 90 }),
  realization: dose(3, [8, 12], { rpe: 7 }, { restSeconds: 90 }),
};
const strength = (pattern: MethodSlot["pattern"], role: MethodSlot["role"], label: string, exerciseIds: string[]) =>
  slot(pattern, role, { label, exerciseIds, prescription: MODERATE, progression: double(10, 15) });

/** Power: light and fast (stand up quickly, lower slowly), far from failure. */
const POWER = dose(2, 8, { rpe: 5 }, { restSeconds: 90 });
const power = (pattern: MethodSlot["pattern"], label: string, exerciseIds: string[]) =>
  slot(pattern, "secondary", {
    label,
    exerciseIds,
    prescription: { accumulation: POWER, intensification: { ...POWER, sets: 3 }, realization: { ...POWER, sets: 3 } },
  });

/** Balance: single-leg and offset-load work, per side, holding on to a chair at first. */
const BALANCE = dose(2, [8, 12], { rpe: 6 }, { restSeconds: 60 });
const balance = (pattern: MethodSlot["pattern"], label: string, exerciseIds: string[]) =>
  slot(pattern, "accessory", {
    label,
    exerciseIds,
    prescription: { accumulation: BALANCE, intensification: BALANCE, realization: BALANCE },
  });

/** Older adults: strength, power and balance, two or three days, chair and home-dumbbell friendly. */
export const OLDER_ADULT_STRENGTH_BALANCE: Method = {
  version: 1,
  id: "older-adult-strength-balance",
  name: "Older adult strength and balance",
  summary:
    "Two alternating full-body days for two or three sessions a week: sit-to-stand and hinge strength, a push and a pull, a fast power move, single-leg balance work and a carry or core hold; 8-15 reps at moderate effort, doable with a chair and a pair of dumbbells.",
  basis:
    "Parameters of the ACSM position stand on exercise for older adults (Chodzko-Zajko et al., Med Sci Sports Exerc 2009: 2+ days a week, 8-10 exercises, 10-15 reps at moderate effort, balance training for fallers) and the NSCA position statement on resistance training for older adults (Fragala et al., J Strength Cond Res 2019: 2-3 days, 1-3 sets of 6-12 reps at 70-85% as tolerated, power at 40-60% 1RM moved fast, balance and functional tasks).",
  goals: ["general_health", "strength", "fat_loss"],
  levels: ["beginner", "intermediate"],
  daysPerWeek: [2, 3],
  minAge: 65,
  days: [
    {
      label: "Day A: sit-to-stand, push, pull",
      slots: [
        strength("squat", "main", "Sit-to-stand squat", ["goblet-squat", "leg-press", "chair-squat"]),
        power("squat", "Power: stand up fast", ["chair-squat", "box-squat", "air-squat"]),
        strength("horizontal_push", "secondary", "Chest press", [
          "dumbbell-bench-press",
          "machine-chest-press",
          "incline-push-up",
          "wall-push-up",
        ]),
        strength("horizontal_pull", "secondary", "Row", [
          "one-arm-dumbbell-row",
          "seated-cable-row",
          "band-seated-row",
        ]),
        balance("lunge", "Balance: step-up", ["dumbbell-step-up", "stair-step-up", "supported-split-squat"]),
        slot("carry", "accessory", {
          label: "Balance: suitcase carry",
          exerciseIds: ["suitcase-carry", "farmers-carry"],
          prescription: loading(dose(2, 1, { rpe: 6 }, { seconds: 30, restSeconds: 60 })),
        }),
      ],
    },
    {
      label: "Day B: hinge, press, pulldown",
      slots: [
        strength("hinge", "main", "Hip hinge", ["dumbbell-romanian-deadlift", "kettlebell-deadlift", "glute-bridge"]),
        power("lunge", "Power: step up fast", ["stair-step-up", "step-up"]),
        strength("vertical_push", "secondary", "Shoulder press", [
          "seated-dumbbell-shoulder-press",
          "dumbbell-shoulder-press",
          "machine-shoulder-press",
          "band-overhead-press",
        ]),
        strength("vertical_pull", "secondary", "Pulldown", [
          "lat-pulldown",
          "band-lat-pulldown",
          "assisted-pull-up-machine",
        ]),
        balance("hinge", "Balance: single-leg reach", ["bodyweight-single-leg-rdl", "dumbbell-single-leg-rdl"]),
        balance("core_anti_rotation", "Core: bird dog", ["bird-dog"]),
      ],
    },
  ],
  deload: HALF_VOLUME_DELOAD,
};
