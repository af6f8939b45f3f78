import {
  BUILTIN_EXERCISES,
  buildRoadmap,
  createCatalog,
  createTrainerProfile,
  DEFAULT_INCREMENTS,
  EngineError,
  generateSession,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";
import { client, input } from "./fixtures/programming.ts";

const fails = (fn: () => unknown, code: string, path: string) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    expect((e as EngineError).code).toBe(code);
    expect((e as EngineError).path).toBe(path);
    return;
  }
  throw new Error("expected an EngineError");
};
const log = (set: Record<string, unknown>, exerciseId = "back-squat") => [
  {
    date: "2026-03-01",
    unit: "kg" as const,
    benchmarks: [],
    exercises: [{ exerciseId, sets: [{ reps: 5, completed: true, ...set }] }],
  },
];

describe("bad input → EngineError naming the field", () => {
  it("unknown exercise ids", () => {
    fails(
      () => generateSession(input({ history: log({ load: 100 }, "moon-squat") })),
      "unknown_exercise",
      "history.0.exercises.0.exerciseId",
    );
    const c = client({
      baselines: { repMaxes: [{ exerciseId: "nope", loadKg: 100, reps: 5, date: "2026-01-01" }], fieldTests: [] },
    });
    fails(() => generateSession(input({}, undefined, c)), "unknown_exercise", "client.baselines.repMaxes.0.exerciseId");
  });
  it("negative load, RPE outside 1-10, reps 0 with a load", () => {
    fails(
      () => generateSession(input({ history: log({ load: -5 }) })),
      "invalid_input",
      "history.0.exercises.0.sets.0.load",
    );
    fails(
      () => generateSession(input({ history: log({ load: 100, rpe: 11 }) })),
      "invalid_input",
      "history.0.exercises.0.sets.0.rpe",
    );
    fails(
      () => generateSession(input({ history: log({ load: 100, reps: 0 }) })),
      "invalid_input",
      "history.0.exercises.0.sets.0.reps",
    );
  });
  it("impossible today params", () => {
    fails(
      () => generateSession(input({ today: { durationMinutes: 5, newPain: [] } })),
      "invalid_input",
      "today.durationMinutes",
    );
    fails(
      () => generateSession(input({ today: { durationMinutes: 45, newPain: [{ region: "knee", severity: 12 }] } })),
      "invalid_input",
      "today.newPain.0.severity",
    );
    fails(
      () => generateSession(input({ today: { durationMinutes: 45, locationId: "moon", newPain: [] } })),
      "invalid_input",
      "today.locationId",
    );
  });
  it("no equipment for any pattern → unsatisfiable naming the field", () => {
    // An organization catalog of barbell lifts only, and a client with dumbbells today.
    const barbellOnly = createCatalog(BUILTIN_EXERCISES.filter((e) => e.loadType === "barbell"));
    const i = input({ catalog: barbellOnly, today: { durationMinutes: 45, equipment: ["dumbbells"], newPain: [] } });
    fails(() => generateSession(i), "unsatisfiable", "today.equipment");
    fails(
      () => generateSession({ ...i, today: { durationMinutes: 45, locationId: "hotel", newPain: [] } }),
      "unsatisfiable",
      "today.locationId",
    );
  });
  it("the position must point into the roadmap", () => {
    const i = input();
    fails(
      () => generateSession({ ...i, position: { ...i.position, blockIndex: 99 } }),
      "invalid_input",
      "position.blockIndex",
    );
  });
  it("a trainer profile that would make NaN loads is refused", () => {
    const t = createTrainerProfile({
      loadIncrements: { kg: { ...DEFAULT_INCREMENTS.kg, barbellStep: 0 }, lb: DEFAULT_INCREMENTS.lb },
    });
    fails(() => generateSession(input({}, t)), "invalid_input", "trainer.loadIncrements.kg.barbellStep");
    fails(
      () => buildRoadmap(client(), createTrainerProfile({ deloadEveryWeeks: 1 }), { startDate: "2026-03-02", now: 0 }),
      "invalid_input",
      "trainer.deloadEveryWeeks",
    );
  });
});
