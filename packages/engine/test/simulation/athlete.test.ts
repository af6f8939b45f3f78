import {
  BUILTIN_EXERCISES,
  createCatalog,
  createVirtualAthlete,
  GAIN_PER_WEEK,
  performSession,
  type Session,
  type SessionItem,
  SIM_START,
  simulateClient,
  simulationPersonas,
  validateSessionLogs,
} from "@spotter/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fatiguedCapacity, performSet, repsToFailure } from "../../src/simulation/physics.ts";
import { RELATIONS } from "../../src/simulation/ratios.ts";

const catalog = createCatalog(BUILTIN_EXERCISES);
const ex = (id: string) => catalog.get(id)!;
const truth = {
  "back-squat": 100,
  deadlift: 140,
  "barbell-bench-press": 80,
  "overhead-press": 50,
  "barbell-bent-over-row": 70,
};
const athlete = createVirtualAthlete({
  oneRepMaxKg: truth,
  bodyMassKg: 80,
  pullUpReps: 8,
  pushUpReps: 30,
  weeklyGain: GAIN_PER_WEEK.intermediate,
  startDate: SIM_START,
  seed: "unit",
});
const increments = {
  bar: 20,
  barbellStep: 2.5,
  dumbbellStep: 2,
  kettlebells: [8, 12, 16, 20, 24],
  machineStep: 5,
  cableStep: 2.5,
};

describe("physics (RTS chart)", () => {
  it("85% of 1RM for 5 reps is rated RPE 9-10; a load above the 1RM fails", () => {
    for (const noise of [-0.5, 0, 0.5]) {
      const set = performSet(repsToFailure(85), 5, noise);
      expect(set.completed).toBe(true);
      expect(set.rpe).toBeGreaterThanOrEqual(9);
      expect(set.rpe).toBeLessThanOrEqual(10);
    }
    const tooHeavy = performSet(repsToFailure(102), 1, 0);
    expect(tooHeavy).toMatchObject({ reps: 0, completed: false, rpe: 10 });
    expect(performSet(repsToFailure(100), 1, 0)).toMatchObject({ reps: 1, completed: true, rpe: 10 });
  });

  it("reps to failure fall as the load rises; RPE stays on half points in 1-10; a short set is not completed", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 30, max: 100, noNaN: true }),
        fc.double({ min: 30, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom(-0.5, 0, 0.5),
        (a, b, reps, noise) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          expect(repsToFailure(hi)).toBeLessThanOrEqual(repsToFailure(lo) + 1e-9);
          const set = performSet(repsToFailure(lo), reps, noise);
          expect(set.rpe * 2).toBe(Math.round(set.rpe * 2));
          expect(set.rpe).toBeGreaterThanOrEqual(1);
          expect(set.rpe).toBeLessThanOrEqual(10);
          expect(set.completed).toBe(set.reps === reps);
        },
      ),
    );
  });

  it("two hard sets cost one rep of capacity", () => {
    expect(fatiguedCapacity(8, 0)).toBe(8);
    expect(fatiguedCapacity(8, 2)).toBe(7);
    expect(fatiguedCapacity(1, 9)).toBe(0);
  });
});

describe("the virtual athlete's truth", () => {
  it("base lifts are the stated 1RMs; derived lifts sit within ±8% of the simulation's own ratio", () => {
    expect(athlete.oneRepMaxKg(ex("back-squat"), SIM_START)).toBeCloseTo(100, 6);
    for (const id of ["front-squat", "romanian-deadlift", "incline-barbell-bench-press", "leg-press"]) {
      const rel = RELATIONS[id]!;
      const kg = athlete.oneRepMaxKg(ex(id), SIM_START)!;
      const table = truth[rel.base as keyof typeof truth] * rel.ratio;
      expect(Math.abs(kg / table - 1)).toBeLessThanOrEqual(0.08 + 1e-9);
    }
  });

  it("dumbbells held one per hand are prescribed per hand, a goblet dumbbell as the total", () => {
    const db = athlete.oneRepMaxKg(ex("dumbbell-bench-press"), SIM_START)!;
    expect(db).toBeGreaterThan(80 * 0.8 * 0.92 * 0.5 - 1e-9);
    expect(db).toBeLessThan(80 * 0.8 * 1.08 * 0.5 + 1e-9);
    const goblet = athlete.oneRepMaxKg(ex("goblet-squat"), SIM_START)!;
    expect(goblet).toBeGreaterThan(100 * 0.35 * 0.92 - 1e-9);
  });

  it("gains at the known weekly rate", () => {
    const later = athlete.oneRepMaxKg(ex("back-squat"), "2026-04-27")!; // 8 weeks on
    expect(later).toBeCloseTo(100 * (1 + GAIN_PER_WEEK.intermediate) ** 8, 6);
    expect(athlete.oneRepMaxKg(ex("push-up"), SIM_START)).toBeUndefined();
  });
});

const item = (over: Partial<SessionItem>): SessionItem => ({
  exerciseId: "back-squat",
  name: "Back squat",
  pattern: "squat",
  role: "main",
  sets: 3,
  reps: 5,
  unit: "kg",
  effort: { scale: "rpe", value: 8 },
  restSeconds: 180,
  tempo: "2-0-1-0",
  cues: [],
  alternatives: [],
  estimatedSeconds: 600,
  reasons: [{ ruleId: "test", message: "test", inputs: {} }],
  ...over,
});
const session = (main: SessionItem[], blockKind = "accumulation"): Session => ({
  date: SIM_START,
  dayLabel: "A",
  blockKind,
  unit: "kg",
  warmup: [item({ role: "ramp", sets: 1, load: 60 })],
  main,
  finisher: [],
  cooldown: [],
  estimatedMinutes: 60,
  requestedMinutes: 60,
  reasons: [],
  seed: "1",
});

describe("performing a session", () => {
  it("logs the prescription as target, leaves ramps out, flags deload weeks; fatigue and a load above the 1RM cost sets", () => {
    const log = performSession(
      athlete,
      session([item({ load: 85 }), item({ exerciseId: "deadlift", load: 150, reps: 3 })], "deload"),
      {
        catalog,
        increments,
        seed: 1,
      },
    );
    expect(log.exercises.map((e) => e.exerciseId)).toEqual(["back-squat", "deadlift"]);
    const squat = log.exercises[0]!;
    expect(squat.target).toEqual({ sets: 3, reps: 5, load: 85, rpe: 8, deload: true });
    expect(squat.sets).toHaveLength(3);
    // 85% allows 5.5 reps: two sets at RPE 9-10, then the fatigue of two hard sets costs the third.
    expect(squat.sets.map((s) => [s.load, s.completed])).toEqual([
      [85, true],
      [85, true],
      [85, false],
    ]);
    expect(squat.sets[0]!.rpe).toBeGreaterThanOrEqual(9);
    expect(log.exercises[1]!.sets.every((s) => !s.completed && s.reps === 0)).toBe(true);
    expect(() => validateSessionLogs([log], "log", (id) => catalog.has(id))).not.toThrow();
  });

  it("finds a working weight near RPE 6 when no load is prescribed; bodyweight work reports reps", () => {
    const log = performSession(
      athlete,
      session([item({ reps: 8, effort: { scale: "rpe", value: 6 } }), item({ exerciseId: "push-up", reps: 10 })]),
      { catalog, increments, seed: 2 },
    );
    const squat = log.exercises[0]!.sets[0]!;
    expect(squat.load).toBe(67.5); // 100 kg × 68.0% (8 reps at RPE 6 on the RTS chart), rounded down to the plates
    expect(squat.rpe).toBeGreaterThanOrEqual(5);
    expect(squat.rpe).toBeLessThanOrEqual(7);
    expect(log.exercises[1]!.sets[0]).toMatchObject({ reps: 10, completed: true });
    expect(log.exercises[1]!.sets[0]!.load).toBeUndefined();
  });

  it("a run is deterministic for a seed, and every log passes the engine's validation", () => {
    const persona = simulationPersonas().find((p) => p.id === "novice")!;
    const a = simulateClient({ persona, weeks: 2, seed: 7 });
    const b = simulateClient({ persona, weeks: 2, seed: 7 });
    expect(a.logs).toEqual(b.logs);
    expect(a.sessions).toHaveLength(6);
    expect(() => validateSessionLogs(a.logs, "logs", (id) => catalog.has(id))).not.toThrow();
  });
});
