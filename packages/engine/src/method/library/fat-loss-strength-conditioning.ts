import type { Method, MethodSlot } from "../types.ts";
import { dose, double, HALF_VOLUME_DELOAD, ids, loading, rampingEffort, slot } from "./build.ts";

/** Heavy enough to keep muscle in a deficit: 6-10 reps at RPE 7-8 on the main lift. */
const main = (pattern: MethodSlot["pattern"], label: string, exerciseIds: string[]) =>
  slot(pattern, "main", {
    label,
    exerciseIds,
    prescription: rampingEffort(3, [6, 10], [7, 7.5, 8], 120),
    progression: double(6, 10),
  });

/** Paired "circuit" work: short rests, 8-12 reps. */
const paired = (pattern: MethodSlot["pattern"], role: MethodSlot["role"], label: string, exerciseIds: string[]) =>
  slot(pattern, role, {
    label,
    exerciseIds,
    prescription: rampingEffort(2, [8, 12], [7, 7.5, 8], 60),
    progression: double(8, 12),
  });

/** Intervals: 30 s hard, 60 s easy; more rounds as the blocks go on. */
const intervals = (label: string): MethodSlot =>
  slot("conditioning", "accessory", {
    label,
    exerciseIds: ["bike-intervals", "rower-intervals", "treadmill-intervals", "step-back-burpee", "march-in-place"],
    prescription: {
      accumulation: dose(6, 1, { rpe: 8 }, { seconds: 30, restSeconds: 60 }),
      intensification: dose(8, 1, { rpe: 8 }, { seconds: 30, restSeconds: 60 }),
      realization: dose(10, 1, { rpe: 8.5 }, { seconds: 30, restSeconds: 60 }),
    },
  });

/** Steady work at a talking pace: 15-25 minutes. */
const steady = (label: string): MethodSlot =>
  slot("conditioning", "accessory", {
    label,
    exerciseIds: ["incline-treadmill-walk", "bike-steady", "rower-steady", "march-in-place"],
    prescription: {
      accumulation: dose(1, 1, { rpe: 5 }, { seconds: 900 }),
      intensification: dose(1, 1, { rpe: 5 }, { seconds: 1200 }),
      realization: dose(1, 1, { rpe: 5 }, { seconds: 1500 }),
    },
  });

/** Fat loss: full-body strength in short-rest pairs plus a conditioning finisher every day. */
export const FAT_LOSS_STRENGTH_CONDITIONING: Method = {
  version: 1,
  id: "fat-loss-strength-conditioning",
  name: "Fat loss: strength + conditioning",
  summary:
    "Three full-body days (four a week rotate them): one main lift for 6-10 reps to keep strength and muscle in a calorie deficit, paired push/pull and leg work on short rests, then intervals or steady conditioning to add weekly energy expenditure.",
  basis:
    "The ACSM position stand on weight loss (Donnelly et al., Med Sci Sports Exerc 2009: 150-250+ min a week of activity, resistance training to preserve fat-free mass) and the training recommendations for a calorie deficit of Helms, Fitschen, Aragon, Cronin & Schoenfeld (J Sports Med Phys Fitness 2015: keep heavy loads and most volume, limit conditioning that interferes with lifting); interval and steady work per Garber et al. (Med Sci Sports Exerc 2011).",
  goals: ["fat_loss", "general_health", "endurance"],
  levels: ["beginner", "intermediate", "advanced"],
  daysPerWeek: [3, 4],
  days: [
    {
      label: "Day A: squat + intervals",
      slots: [
        main("squat", "Squat", ids("squat")),
        paired("horizontal_push", "secondary", "Push-up or press", [
          "dumbbell-bench-press",
          "push-up",
          "machine-chest-press",
        ]),
        paired("horizontal_pull", "secondary", "Row", ["one-arm-dumbbell-row", "seated-cable-row", "band-seated-row"]),
        paired("lunge", "accessory", "Reverse lunge", ["dumbbell-reverse-lunge", "reverse-lunge"]),
        paired("core_anti_extension", "accessory", "Core", ids("core")),
        intervals("Intervals"),
      ],
    },
    {
      label: "Day B: hinge + steady",
      slots: [
        main("hinge", "Deadlift", [
          "trap-bar-deadlift",
          "deadlift",
          "kettlebell-deadlift",
          "dumbbell-romanian-deadlift",
        ]),
        paired("vertical_push", "secondary", "Shoulder press", [
          "dumbbell-shoulder-press",
          "machine-shoulder-press",
          "pike-push-up",
        ]),
        paired("vertical_pull", "secondary", "Pulldown", ids("pulldown")),
        slot("carry", "accessory", {
          label: "Carry",
          exerciseIds: ["farmers-carry", "suitcase-carry", "bear-crawl"],
          prescription: loading(dose(3, 1, { rpe: 7 }, { seconds: 40, restSeconds: 60 })),
        }),
        steady("Steady conditioning"),
      ],
    },
    {
      label: "Day C: press + intervals",
      slots: [
        main("horizontal_push", "Bench press", ids("bench")),
        paired("hinge", "secondary", "Romanian deadlift", [
          "dumbbell-romanian-deadlift",
          "romanian-deadlift",
          "glute-bridge",
        ]),
        paired("horizontal_pull", "secondary", "Row", ids("row")),
        paired("lunge", "accessory", "Step-up", ["dumbbell-step-up", "step-up", "stair-step-up"]),
        paired("core_anti_rotation", "accessory", "Core", ["band-pallof-press", "cable-pallof-press", "bird-dog"]),
        intervals("Intervals"),
      ],
    },
  ],
  deload: HALF_VOLUME_DELOAD,
};
