import {
  BODY_REGIONS,
  type ClientProfile,
  createTrainerProfile,
  EQUIPMENT,
  FINISHER_STYLES,
  GOALS,
  JOINT_STRESS_TAGS,
  PROGRESSION_METHODS,
  type SessionLog,
  TRAINING_STYLES,
  type TrainerProfile,
  WARMUP_STYLES,
} from "@spotter/engine";
import fc from "fast-check";
import { client } from "./fixtures.ts";

export const trainerArb: fc.Arbitrary<TrainerProfile> = fc
  .record({
    trainingStyles: fc.shuffledSubarray([...TRAINING_STYLES], { minLength: 1 }),
    progressionMethods: fc.shuffledSubarray([...PROGRESSION_METHODS], { minLength: 1 }),
    effortScale: fc.constantFrom("rpe" as const, "rir" as const, "percent_1rm" as const),
    warmupStyle: fc.constantFrom(...WARMUP_STYLES),
    finisherStyle: fc.constantFrom(...FINISHER_STYLES),
    deloadEveryWeeks: fc.integer({ min: 3, max: 8 }),
    units: fc.constantFrom("client" as const, "kg" as const, "lb" as const),
    voice: fc.record({
      cueVerbosity: fc.constantFrom("minimal" as const, "standard" as const, "detailed" as const),
      tone: fc.constantFrom("encouraging" as const, "direct" as const, "technical" as const),
    }),
  })
  .map((p) => createTrainerProfile(p));

export const clientArb: fc.Arbitrary<ClientProfile> = fc
  .record({
    goal: fc.constantFrom(...GOALS),
    trainingAgeMonths: fc.integer({ min: 0, max: 120 }),
    equipment: fc.subarray([...EQUIPMENT]),
    daysPerWeek: fc.integer({ min: 1, max: 7 }),
    injuries: fc.array(
      fc.record({
        region: fc.constantFrom(...BODY_REGIONS),
        severity: fc.integer({ min: 0, max: 10 }),
        aggravatingMovements: fc.subarray([...JOINT_STRESS_TAGS], { maxLength: 2 }),
      }),
      { maxLength: 2 },
    ),
    units: fc.constantFrom("kg" as const, "lb" as const),
  })
  .map((r) =>
    client({
      goals: { primary: r.goal, secondary: [] },
      trainingAgeMonths: r.trainingAgeMonths,
      locations: [{ id: "loc", name: "Somewhere", equipment: r.equipment }],
      defaultLocationId: "loc",
      schedule: { daysPerWeek: r.daysPerWeek, sessionMinutes: 60, preferredDays: [] },
      injuries: r.injuries.map((i) => ({ ...i, status: "active" as const })),
      units: r.units,
    }),
  );

export const todayArb = fc.record({
  durationMinutes: fc.integer({ min: 20, max: 120 }),
  newPain: fc.array(
    fc.record({ region: fc.constantFrom(...BODY_REGIONS), severity: fc.integer({ min: 0, max: 10 }) }),
    {
      maxLength: 2,
    },
  ),
  readiness: fc.option(
    fc.record({
      sleepHours: fc.double({ min: 3, max: 10, noNaN: true }),
      soreness: fc.integer({ min: 0, max: 10 }),
      hrvStatus: fc.constantFrom("below" as const, "within" as const, "above" as const),
    }),
    { nil: undefined },
  ),
});

/** A few past sessions on exercises of the catalog, with on-grid kg loads and some misses. */
export function historyArb(ids: string[]): fc.Arbitrary<SessionLog[]> {
  return fc
    .array(
      fc.record({
        day: fc.integer({ min: 1, max: 27 }),
        exercises: fc.array(
          fc.record({
            exerciseId: fc.constantFrom(...ids),
            load: fc.integer({ min: 8, max: 80 }).map((k) => k * 2.5),
            reps: fc.integer({ min: 1, max: 12 }),
            rpe: fc.option(
              fc.integer({ min: 12, max: 20 }).map((x) => x / 2),
              { nil: undefined },
            ),
            velocity: fc.option(fc.double({ min: 0.2, max: 1.2, noNaN: true }), { nil: undefined }),
            completed: fc.boolean(),
          }),
          { minLength: 1, maxLength: 4 },
        ),
      }),
      { maxLength: 6 },
    )
    .map((logs) =>
      logs.map((l) => ({
        date: `2026-02-${String(l.day).padStart(2, "0")}`,
        unit: "kg" as const,
        benchmarks: [],
        exercises: l.exercises.map((e) => ({
          exerciseId: e.exerciseId,
          sets: [0, 1, 2].map((k) => ({
            load: e.load,
            reps: e.reps,
            ...(e.rpe !== undefined ? { rpe: e.rpe } : {}),
            ...(e.velocity !== undefined ? { velocity: e.velocity } : {}),
            completed: k < 2 || e.completed,
          })),
        })),
      })),
    );
}
