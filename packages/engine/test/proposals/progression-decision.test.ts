/**
 * The loop's decision for each lift's next exposure, from the latest log: progress, hold, reduce or
 * deload, with before → after and machine-readable reasons.
 */
import {
  BUILTIN_EXERCISES,
  createCatalog,
  DEFAULT_INCREMENTS,
  decideProgressions,
  deriveProgressionStates,
  type NextExposure,
  type ProgressionDecisionInput,
  type SessionLog,
  type SetLog,
} from "@spotter/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** Heavy property runs carry an explicit timeout: a loaded 2-core machine must not trip the 5 s default. */
const PROPERTY_TIMEOUT_MS = 30_000;

const catalog = createCatalog(BUILTIN_EXERCISES);
const DATE = "2026-03-02";
const LINEAR: NextExposure = {
  blockKind: "accumulation",
  weekInBlock: 1,
  rule: { kind: "linear", incrementKg: 2.5, failureLimit: 3, resetPct: 10 },
  mainRpe: 8,
};

const sets = (n: number, load: number, reps: number, rpe: number, completed = true): SetLog[] =>
  Array.from({ length: n }, () => ({ load, reps, rpe, completed }));

function squatLog(s: SetLog[], target = { sets: 3, reps: 5, load: 100, rpe: 8 }, date = DATE): SessionLog {
  return { date, unit: "kg", benchmarks: [], exercises: [{ exerciseId: "back-squat", target, sets: s }] };
}

function decide(
  log: SessionLog,
  next: NextExposure | undefined = LINEAR,
  over: Partial<ProgressionDecisionInput> = {},
) {
  // A previous exposure, except for the RPE-chart cases (the chart reads the e1RM the history gives).
  const history = next?.rule.kind === "rpe" ? [log] : [squatLog(sets(3, 95, 5, 7.5), undefined, "2026-02-27"), log];
  return decideProgressions({
    log,
    states: deriveProgressionStates(history),
    ...(next ? { next } : {}),
    exercise: (id) => catalog.get(id),
    unit: "kg",
    increments: DEFAULT_INCREMENTS.kg,
    ...over,
  });
}

describe("decideProgressions", () => {
  it("on target with every set completed → progress by the block's rule (100 kg × 5 → 102.5 kg × 5)", () => {
    const [d] = decide(squatLog(sets(3, 100, 5, 8)));
    expect(d).toMatchObject({
      exerciseId: "back-squat",
      decision: "progress",
      fromKg: 100,
      toKg: 102.5,
      fromReps: 5,
      toReps: 5,
      basedOn: DATE,
    });
    expect(d?.before).toBe("Barbell Back Squat 100 kg × 5 @ RPE 8");
    expect(d?.after).toBe("Barbell Back Squat 102.5 kg × 5");
    expect(d?.reasons?.map((r) => r.ruleId)).toContain("progression.decision.progress");
    expect(d?.reasons?.map((r) => r.ruleId)).toContain("progression.linear.increase");
  });

  it("RPE above target → hold (or the lower load the effort rule gives), citing reported against target", () => {
    for (const rpe of [8.5, 9.5]) {
      const [d] = decide(squatLog(sets(3, 100, 5, rpe)));
      expect(["hold", "reduce"]).toContain(d?.decision);
      expect(d!.toKg).toBeLessThanOrEqual(100);
      expect(d?.after).toContain(`RPE ${rpe} reported against a target of 8`);
      const r = d?.reasons?.[0];
      expect(r?.ruleId).toMatch(/^progression\.decision\.(hold_rpe|reduce)$/);
      expect(r?.inputs).toMatchObject({ reportedRpe: rpe, targetRpe: 8, exerciseId: "back-squat" });
    }
    // A little above: the load holds exactly where it was.
    expect(decide(squatLog(sets(3, 100, 5, 8.5)))[0]).toMatchObject({ decision: "hold", toKg: 100 });
  });

  it("RPE below target → progress", () => {
    expect(decide(squatLog(sets(3, 100, 5, 7)))[0]?.decision).toBe("progress");
  });

  it("a missed set → hold, whatever RPE was reported", () => {
    const s = [...sets(2, 100, 5, 7), { load: 100, reps: 3, completed: false }];
    const [d] = decide(squatLog(s));
    expect(d).toMatchObject({ decision: "hold", toKg: 100 });
    expect(d?.reasons?.[0]?.ruleId).toBe("progression.decision.hold_missed");
    expect(d?.after).toBe("hold at 100 kg × 5: a set was missed at 100 kg");
  });

  it("the next session in a deload or taper week → deload, lighter than last time", () => {
    for (const blockKind of ["deload", "taper"] as const) {
      const [d] = decide(squatLog(sets(3, 100, 5, 8)), { ...LINEAR, blockKind });
      expect(d?.decision).toBe("deload");
      expect(d!.toKg).toBeLessThan(100);
      expect(d!.toKg).toBeGreaterThanOrEqual(80);
      expect(d?.reasons?.[0]).toMatchObject({
        ruleId: "progression.decision.deload",
        inputs: { nextBlockKind: blockKind },
      });
    }
  });

  it("RPE-based rule: below target → more load, far below → more still (capped at +10%)", () => {
    const rpe: NextExposure = {
      blockKind: "accumulation",
      weekInBlock: 0,
      rule: { kind: "rpe", reps: 5, targetRpe: 8 },
      mainRpe: 8,
    };
    const below = decide(squatLog(sets(3, 100, 5, 7)), rpe)[0]!;
    const farBelow = decide(squatLog(sets(3, 100, 5, 6)), rpe)[0]!;
    expect(below.decision).toBe("progress");
    expect(farBelow.decision).toBe("progress");
    expect(farBelow.toKg).toBeGreaterThan(below.toKg);
    expect(farBelow.toKg).toBeLessThanOrEqual(110);
  });

  it("RPE-based rule and RPE far above target → reduce (the chart's lower load)", () => {
    const rpe: NextExposure = {
      blockKind: "accumulation",
      weekInBlock: 0,
      rule: { kind: "rpe", reps: 5, targetRpe: 8 },
      mainRpe: 8,
    };
    const [d] = decide(squatLog(sets(3, 100, 5, 10)), rpe);
    expect(d?.decision).toBe("reduce");
    expect(d!.toKg).toBeLessThan(100);
    expect(d?.reasons?.[0]?.ruleId).toBe("progression.decision.reduce");
  });

  it("leaves out bodyweight lifts, deload exposures, unknown ids and lifts the caller excludes", () => {
    const log: SessionLog = {
      date: DATE,
      unit: "kg",
      benchmarks: [],
      exercises: [
        { exerciseId: "push-up", sets: [{ reps: 12, rpe: 8, completed: true }] },
        { exerciseId: "bench-press", target: { sets: 3, reps: 5, deload: true }, sets: sets(3, 60, 5, 6) },
        { exerciseId: "back-squat", target: { sets: 3, reps: 5, rpe: 8 }, sets: sets(3, 100, 5, 8) },
        { exerciseId: "deadlift", target: { sets: 3, reps: 5, rpe: 8 }, sets: sets(3, 140, 5, 8) },
      ],
    };
    const states = deriveProgressionStates([log]);
    const base = { log, states, next: LINEAR, unit: "kg" as const, increments: DEFAULT_INCREMENTS.kg };
    const all = decideProgressions({ ...base, exercise: (id) => catalog.get(id) });
    expect(all.map((d) => d.exerciseId)).toEqual(["back-squat", "deadlift"]);
    const mainOnly = decideProgressions({
      ...base,
      exercise: (id) => catalog.get(id),
      include: (id) => id === "deadlift",
    });
    expect(mainOnly.map((d) => d.exerciseId)).toEqual(["deadlift"]);
  });

  it("without a roadmap the RPE chart decides from the log's own target", () => {
    const [d] = decide(squatLog(sets(3, 100, 5, 9.5)), undefined);
    expect(d?.decision === "hold" || d?.decision === "reduce").toBe(true);
    expect(decide(squatLog(sets(3, 100, 5, 6.5)), undefined)[0]?.decision).toBe("progress");
  });

  it(
    "property: deterministic; a hold or reduce never goes up; progress never goes down; deload is not heavier",
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 8, max: 80 }).map((x) => x * 2.5),
          fc.integer({ min: 1, max: 10 }),
          fc.integer({ min: 12, max: 20 }).map((x) => x / 2),
          fc.boolean(),
          fc.constantFrom("accumulation", "intensification", "deload") as fc.Arbitrary<NextExposure["blockKind"]>,
          (load, reps, rpe, completed, blockKind) => {
            const s = [...sets(2, load, reps, rpe), { load, reps, rpe, completed }];
            const log = squatLog(s, { sets: 3, reps, load, rpe: 8 });
            const next = { ...LINEAR, blockKind };
            const a = decide(log, next);
            expect(decide(log, next)).toEqual(a);
            const d = a[0]!;
            if (d.decision === "hold") expect(d.toKg).toBe(d.fromKg);
            if (d.decision === "reduce") expect(d.toKg).toBeLessThan(d.fromKg);
            // A deload is lighter, except at the empty bar (nothing lighter exists).
            if (d.decision === "deload") expect(d.toKg < d.fromKg || d.fromKg === 20).toBe(true);
            if (d.decision === "progress") expect(d.toKg).toBeGreaterThanOrEqual(d.fromKg);
            if (!completed && blockKind !== "deload") expect(d.decision).not.toBe("progress");
            expect(d.reasons?.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
