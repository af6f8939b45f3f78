import {
  BUILTIN_EXERCISES,
  createCatalog,
  DEFAULT_INCREMENTS,
  type NextLoadInput,
  type ProgressionRule,
  type SessionLog,
  type SetLog,
} from "@spotter/engine";

export const catalog = createCatalog(BUILTIN_EXERCISES);

/** One exercise logged on one day, in kg unless told. */
export function logOf(
  date: string,
  exerciseId: string,
  sets: SetLog[],
  extra: Partial<SessionLog["exercises"][number]> = {},
  unit: "kg" | "lb" = "kg",
): SessionLog {
  return { date, unit, benchmarks: [], exercises: [{ exerciseId, sets, ...extra }] };
}

/** `n` identical completed sets. */
export function sets(n: number, load: number, reps: number, rpe?: number): SetLog[] {
  return Array.from({ length: n }, () => ({ load, reps, completed: true, ...(rpe !== undefined ? { rpe } : {}) }));
}

/** nextLoad's input for `exerciseId` in kg, week 1, no deload, no readiness change. */
export function loadInput(exerciseId: string, rule: ProgressionRule, over: Partial<NextLoadInput> = {}): NextLoadInput {
  return {
    exercise: catalog.get(exerciseId)!,
    rule,
    target: { reps: 5, rpe: 8 },
    weekInBlock: 0,
    deload: false,
    unit: "kg",
    increments: DEFAULT_INCREMENTS.kg,
    intensityScale: 1,
    ...over,
  };
}
