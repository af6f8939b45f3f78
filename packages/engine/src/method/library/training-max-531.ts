import type { ProgressionRule } from "../../model/plan.ts";
import type { Method, MethodSlot, SlotPrescription } from "../types.ts";
import { CHOICES, dose, double, HALF_VOLUME_DELOAD, ids, slot } from "./build.ts";

type Lift = "press" | "deadlift" | "bench" | "squat";
const PATTERN = { squat: "squat", bench: "horizontal_push", press: "vertical_push", deadlift: "hinge" } as const;

/** Loads are % of a training max of 90% of the e1RM; the week's last (heaviest) set is listed. */
const WAVE: ProgressionRule = {
  kind: "percent_wave",
  trainingMaxPct: 90,
  waves: [
    { pct: 85, reps: 5 },
    { pct: 90, reps: 3 },
    { pct: 95, reps: 1 },
  ],
};
/** First-set-last supplemental work: 5 × 5 at the week's first-set percentage. */
const FIRST_SET_LAST: ProgressionRule = {
  kind: "percent_wave",
  trainingMaxPct: 90,
  waves: [
    { pct: 65, reps: 5 },
    { pct: 70, reps: 5 },
    { pct: 75, reps: 5 },
  ],
};

/**
 * Three sets ramping 20 and 10 points below the week's top (65/75/85, 70/80/90, 75/85/95), the
 * last all-out. No percent here: the wave step sets the week's top % and reps.
 */
const WAVE_SETS: SlotPrescription = { sets: 3, reps: 5, amrap: true, rampDownPct: [20, 10], restSeconds: 180 };
const mainLift = (lift: Lift, label: string): MethodSlot =>
  slot(PATTERN[lift], "main", {
    label,
    exerciseIds: ids(lift),
    prescription: {
      accumulation: WAVE_SETS,
      intensification: WAVE_SETS,
      realization: WAVE_SETS,
      // The deload week: 40/50/60% of the training max for 5, nothing taken to failure.
      deload: dose(3, 5, { percent1rm: 60 }, { rampDownPct: [20, 10], restSeconds: 120 }),
    },
    progression: WAVE,
  });

const FSL: SlotPrescription = { sets: 5, reps: 5, restSeconds: 120 };
const supplemental = (lift: Lift, label: string): MethodSlot =>
  slot(PATTERN[lift], "secondary", {
    label: `${label} (first set last, 5 × 5)`,
    exerciseIds: ids(lift),
    prescription: {
      accumulation: FSL,
      intensification: FSL,
      realization: FSL,
      deload: dose(2, 5, { percent1rm: 50 }, { restSeconds: 90 }),
    },
    progression: FIRST_SET_LAST,
  });

/** Assistance: 3 × 10-15 (about 30-45 reps) of push, pull and single-leg or core work. */
const ASSIST = dose(3, [10, 15], { rpe: 8 }, { restSeconds: 75 });
const assistance = (
  pattern: MethodSlot["pattern"],
  label: string,
  choice?: readonly string[],
  constraints?: MethodSlot["constraints"],
): MethodSlot =>
  slot(pattern, "accessory", {
    label,
    ...(choice ? { exerciseIds: [...choice] } : {}),
    ...(constraints ? { constraints } : {}),
    prescription: { accumulation: ASSIST, intensification: ASSIST, realization: ASSIST },
    progression: double(10, 15),
  });

/**
 * 5/3/1-style training-max program: one main lift a day on a three-week wave of a 90% training
 * max, a supplemental 5 × 5 and push/pull/single-leg assistance; the fourth week deloads.
 */
export const TRAINING_MAX_531: Method = {
  version: 1,
  id: "training-max-531",
  name: "Training-max waves (5/3/1-style)",
  summary:
    "Four days, one main lift each (press, deadlift, bench, squat) on three-week waves of a training max at 90% of the e1RM, last set as many reps as possible; first-set-last 5 × 5 supplemental work and push, pull and single-leg or core assistance. The fourth week deloads at 40/50/60%.",
  basis:
    "Parameters of Jim Wendler's 5/3/1 (Wendler, 5/3/1: The Simplest and Most Effective Training System for Raw Strength, 2nd ed., 2011; Beyond 5/3/1, 2013): training max 90% of 1RM; weeks 65/75/85% × 5, 70/80/90% × 3, 75/85/95% × 5/3/1 with the last set AMRAP; deload 40/50/60%; first-set-last supplemental sets; 50-100 reps of push, pull and single-leg/core assistance.",
  goals: ["strength", "performance"],
  levels: ["intermediate", "advanced"],
  daysPerWeek: [2, 5],
  days: [
    {
      label: "Press day",
      slots: [
        mainLift("press", "Overhead press 5/3/1"),
        supplemental("press", "Overhead press"),
        assistance("vertical_pull", "Pull: chin-ups", ["chin-up", ...CHOICES.pulldown]),
        assistance("horizontal_push", "Push: dips or push-ups", ["parallel-bar-dip", "push-up", "bench-dip"]),
        assistance("core_anti_extension", "Core", CHOICES.core),
      ],
    },
    {
      label: "Deadlift day",
      slots: [
        mainLift("deadlift", "Deadlift 5/3/1"),
        supplemental("deadlift", "Deadlift"),
        assistance("horizontal_pull", "Pull: rows", CHOICES.dbRow),
        assistance("lunge", "Single leg", CHOICES.singleLeg),
        assistance("core_anti_rotation", "Core"),
      ],
    },
    {
      label: "Bench day",
      slots: [
        mainLift("bench", "Bench press 5/3/1"),
        supplemental("bench", "Bench press"),
        assistance("horizontal_pull", "Pull: rows", CHOICES.dbRow),
        assistance("accessory", "Push: triceps", undefined, { muscles: ["triceps"] }),
        assistance("core_anti_lateral_flexion", "Core"),
      ],
    },
    {
      label: "Squat day",
      slots: [
        mainLift("squat", "Squat 5/3/1"),
        supplemental("squat", "Squat"),
        assistance("vertical_pull", "Pull: chin-ups", ["chin-up", ...CHOICES.pulldown]),
        assistance("hinge", "Single leg: hinge", ["dumbbell-single-leg-rdl", "bodyweight-single-leg-rdl"]),
        assistance("core_anti_extension", "Core", CHOICES.core),
      ],
    },
  ],
  deload: HALF_VOLUME_DELOAD,
};
