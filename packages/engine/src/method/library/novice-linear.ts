import type { Method } from "../types.ts";
import { dose, double, HALF_VOLUME_DELOAD, ids, linear, loading, slot } from "./build.ts";

/** 3 × 5 whose load climbs every session: RPE 7 at first, RPE 8 once the bar is heavy. */
const fives = (sets: number) => ({
  ...loading(dose(sets, 5, { rpe: 8 }, { restSeconds: 180 })),
  accumulation: dose(sets, 5, { rpe: 7 }, { restSeconds: 180 }),
});

/**
 * Novice linear progression: two alternating full-body days (A, B, A then B, A, B at three a
 * week), the same 3 × 5 each session with a little more load each time.
 */
export const NOVICE_LINEAR_FULL_BODY: Method = {
  version: 1,
  id: "novice-linear-full-body",
  name: "Novice linear full body (A/B)",
  summary:
    "Three full-body sessions a week alternating day A and day B: squat every session, a press and a pull or hinge, 3 × 5 with load added every session while the lifter recovers from it.",
  basis:
    "Parameters of the classic novice linear progression as described by Rippetoe & Baker, Practical Programming for Strength Training (3rd ed., Aasgaard, 2014) and Rippetoe, Starting Strength: Basic Barbell Training (3rd ed., 2011): 3 sessions a week, 3 × 5 on the main lifts, 1 × 5 deadlift, small fixed increments each session, reset ~10% after repeated misses.",
  goals: ["strength", "performance"],
  levels: ["beginner"],
  daysPerWeek: [2, 3],
  days: [
    {
      label: "A: squat, bench, row",
      slots: [
        slot("squat", "main", {
          label: "Squat",
          exerciseIds: ids("squat"),
          prescription: fives(3),
          progression: linear(2.5),
        }),
        slot("horizontal_push", "main", {
          label: "Bench press",
          exerciseIds: ids("bench"),
          prescription: fives(3),
          progression: linear(1.25),
        }),
        slot("horizontal_pull", "secondary", {
          label: "Row",
          exerciseIds: ids("row"),
          prescription: loading(dose(3, [6, 8], { rpe: 7.5 }, { restSeconds: 120 })),
          progression: double(6, 8),
        }),
        slot("core_anti_extension", "accessory", {
          exerciseIds: ids("core"),
          prescription: loading(dose(2, [8, 12], { rpe: 7 }, { restSeconds: 60 })),
          progression: double(8, 12),
        }),
      ],
    },
    {
      label: "B: squat, press, deadlift",
      slots: [
        slot("squat", "main", {
          label: "Squat",
          exerciseIds: ids("squat"),
          prescription: fives(3),
          progression: linear(2.5),
        }),
        slot("vertical_push", "main", {
          label: "Overhead press",
          exerciseIds: ids("press"),
          prescription: fives(3),
          progression: linear(1.25),
        }),
        slot("hinge", "main", {
          label: "Deadlift",
          exerciseIds: ids("deadlift"),
          prescription: fives(1),
          progression: linear(2.5),
        }),
        slot("vertical_pull", "secondary", {
          label: "Chin-up or pulldown",
          exerciseIds: ["chin-up", ...ids("pulldown")],
          prescription: loading(dose(3, [5, 8], { rpe: 8 }, { restSeconds: 120 })),
          progression: double(5, 8),
        }),
      ],
    },
  ],
  deload: HALF_VOLUME_DELOAD,
};
