import type { Method, MethodSlot, SlotPrescription } from "../types.ts";
import { type CHOICES, dose, double, HALF_VOLUME_DELOAD, ids, linear, slot } from "./build.ts";

type Lift = keyof typeof CHOICES;
const PATTERN = { squat: "squat", bench: "horizontal_push", press: "vertical_push", deadlift: "hinge" } as const;
const UPPER = new Set<Lift>(["bench", "press"]);

/**
 * Tier 1: heavy, few reps, last set for as many as possible. The stages a lifter steps through
 * after misses (5 × 3 → 6 × 2 → 10 × 1) map onto the loading blocks.
 */
const T1 = (lift: "squat" | "bench" | "press" | "deadlift", label: string): MethodSlot =>
  slot(PATTERN[lift], "main", {
    label: `T1 ${label}`,
    exerciseIds: ids(lift),
    prescription: {
      accumulation: dose(5, 3, { rpe: 7.5 }, { amrap: true, restSeconds: 180 }),
      intensification: dose(6, 2, { rpe: 8 }, { amrap: true, restSeconds: 180 }),
      realization: dose(10, 1, { rpe: 8 }, { amrap: true, restSeconds: 120 }),
    },
    progression: linear(UPPER.has(lift) ? 2.5 : 5),
  });

/** Tier 2: moderate load for volume, 3 × 10 stepping to 3 × 8 and 3 × 6. */
const T2 = (lift: "squat" | "bench" | "press" | "deadlift", label: string): MethodSlot =>
  slot(PATTERN[lift], "secondary", {
    label: `T2 ${label}`,
    exerciseIds: ids(lift),
    prescription: {
      accumulation: dose(3, 10, { rpe: 7.5 }, { restSeconds: 150 }),
      intensification: dose(3, 8, { rpe: 8 }, { restSeconds: 150 }),
      realization: dose(3, 6, { rpe: 8 }, { restSeconds: 150 }),
    },
    progression: linear(UPPER.has(lift) ? 1.25 : 2.5),
  });

const T3_DOSE: SlotPrescription = dose(3, 15, { rpe: 8 }, { amrap: true, restSeconds: 75 });

/** Tier 3: light, high reps; the load goes up once the last set reaches 25 reps. */
const T3 = (pattern: "vertical_pull" | "horizontal_pull", exerciseIds: string[]): MethodSlot =>
  slot(pattern, "accessory", {
    label: "T3",
    exerciseIds,
    prescription: { accumulation: T3_DOSE, intensification: T3_DOSE, realization: T3_DOSE },
    progression: double(15, 25, 5),
  });

/** GZCLP-style tiered novice program: four days, each one heavy lift, one volume lift, one light. */
export const GZCLP_TIERED_NOVICE: Method = {
  version: 1,
  id: "gzclp-tiered-novice",
  name: "Tiered novice (GZCLP-style)",
  summary:
    "Four days, each with a heavy tier-1 lift (5 × 3, last set all-out), a tier-2 volume lift (3 × 10) and a light tier-3 pull (3 × 15+). Loads climb every session; misses move a tier to fewer, heavier sets.",
  basis:
    "Parameters of Cody LeFever's GZCL method and its linear-progression variant GZCLP (LeFever, self-published articles, 2012-2016): T1 5 × 3+ → 6 × 2+ → 10 × 1+, T2 3 × 10 → 3 × 8 → 3 × 6, T3 3 × 15+ raised at 25 reps on the last set; 4 days pairing each T1 lift with a different T2.",
  goals: ["strength", "hypertrophy", "performance"],
  levels: ["beginner"],
  daysPerWeek: [3, 4],
  days: [
    {
      label: "Day 1: squat T1, bench T2",
      slots: [T1("squat", "squat"), T2("bench", "bench"), T3("vertical_pull", ids("pulldown"))],
    },
    {
      label: "Day 2: press T1, deadlift T2",
      slots: [T1("press", "press"), T2("deadlift", "deadlift"), T3("horizontal_pull", ids("dbRow"))],
    },
    {
      label: "Day 3: bench T1, squat T2",
      slots: [T1("bench", "bench"), T2("squat", "squat"), T3("vertical_pull", ids("pulldown"))],
    },
    {
      label: "Day 4: deadlift T1, press T2",
      slots: [T1("deadlift", "deadlift"), T2("press", "press"), T3("horizontal_pull", ids("dbRow"))],
    },
  ],
  deload: HALF_VOLUME_DELOAD,
};
