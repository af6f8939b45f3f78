import type { Exercise } from "../model/exercise.ts";

/**
 * Dumbbell and kettlebell exercises held with ONE implement (both hands on one bell, or one bell
 * resting on the body). Every other dumbbell/kettlebell exercise is loaded per hand: two bells,
 * or one bell in the working hand of a one-arm exercise.
 */
export const SINGLE_IMPLEMENT: ReadonlySet<string> = new Set([
  "goblet-squat",
  "heels-elevated-goblet-squat",
  "kettlebell-swing",
  "dumbbell-hip-thrust",
  "dumbbell-pullover",
  "overhead-dumbbell-triceps-extension",
  "plank-pull-through",
  "dumbbell-dead-bug",
  "seated-calf-raise",
  "weighted-pull-up",
  "weighted-crunch",
]);

/**
 * Whether a prescribed load is per hand or the total moved. Derived, not stored: dumbbells and
 * kettlebells are per hand unless the exercise uses one implement (SINGLE_IMPLEMENT); barbells,
 * machines and cables are the total on the bar or stack; bodyweight and bands have no load.
 * Per hand means each implement weighs that much, and inventories list single implements.
 */
export function loadPer(exercise: Pick<Exercise, "id" | "loadType">): "hand" | "total" | undefined {
  switch (exercise.loadType) {
    case "dumbbell":
    case "kettlebell":
      return SINGLE_IMPLEMENT.has(exercise.id) ? "total" : "hand";
    case "barbell":
    case "machine":
    case "cable":
      return "total";
    default:
      return undefined;
  }
}

/** The words a prescription prints after its load: "per hand", "total", or "" when no load. */
export function loadLabel(exercise: Pick<Exercise, "id" | "loadType">): "per hand" | "total" | "" {
  const per = loadPer(exercise);
  return per === "hand" ? "per hand" : per === "total" ? "total" : "";
}
