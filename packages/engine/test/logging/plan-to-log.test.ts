import { EngineError, logFromPlan, type PerformedSession, type PlanForLog } from "@spotter/engine";
import { describe, expect, it } from "vitest";

const plan: PlanForLog = {
  unit: "kg",
  blockKind: "accumulation",
  warmup: [{ id: "warmup-0", exerciseId: "bike", role: "warmup", sets: 1 }],
  main: [
    { id: "main-0", exerciseId: "back_squat", role: "ramp", sets: 2, reps: 5, load: 60 },
    {
      id: "main-1",
      exerciseId: "back_squat",
      role: "main",
      sets: 3,
      reps: 5,
      load: 100,
      effort: { scale: "rir", value: 2 },
    },
    {
      id: "main-2",
      exerciseId: "bench_press",
      role: "secondary",
      sets: 3,
      reps: 8,
      load: 60,
      effort: { scale: "rpe", value: 7.5 },
    },
    { id: "main-3", exerciseId: "back_squat", role: "main", sets: 1, reps: 3, load: 110 },
  ],
  finisher: [],
  cooldown: [{ id: "cooldown-0", exerciseId: "hip_stretch", role: "cooldown", sets: 1 }],
};

const done = (over: Partial<PerformedSession> = {}): PerformedSession => ({
  unit: "kg",
  sets: [],
  pain: [],
  benchmarks: [],
  ...over,
});

const set = (itemId: string, reps: number, load?: number) => ({
  itemId,
  reps,
  ...(load !== undefined ? { load } : {}),
  completed: true,
});

describe("logFromPlan", () => {
  it("groups sets per exercise in plan order, leaves ramp-up sets out and keeps the prescription as target", () => {
    const log = logFromPlan(
      plan,
      done({
        sets: [set("main-2", 8, 60), set("main-0", 5, 60), set("main-1", 5, 100), set("main-3", 3, 110)],
        sessionRpe: 7,
      }),
      "2026-03-02",
    );
    expect(log.date).toBe("2026-03-02");
    expect(log.sessionRpe).toBe(7);
    expect(log.exercises.map((e) => e.exerciseId)).toEqual(["back_squat", "bench_press"]);
    const squat = log.exercises[0]!;
    // The ramp set (60 kg) is warm-up; the later squat item's set joins the first working item.
    expect(squat.sets.map((s) => s.load)).toEqual([100, 110]);
    // A RIR 2 target is RPE 8; the first working item sets the target.
    expect(squat.target).toEqual({ sets: 3, reps: 5, load: 100, rpe: 8 });
    expect(log.exercises[1]!.target).toEqual({ sets: 3, reps: 8, load: 60, rpe: 7.5 });
  });

  it("converts the prescribed load into the log's unit and marks deload exposures", () => {
    const log = logFromPlan(
      { ...plan, blockKind: "deload" },
      done({ unit: "lb", sets: [set("main-1", 5, 225)] }),
      "2026-03-02",
    );
    expect(log.unit).toBe("lb");
    expect(log.exercises[0]!.target).toEqual({ sets: 3, reps: 5, load: 220.46, rpe: 8, deload: true });
    expect(log.exercises[0]!.sets[0]!.load).toBe(225);
  });

  it("attaches the worst pain report to its exercise, by item id or exercise id, even without sets", () => {
    const log = logFromPlan(
      plan,
      done({
        sets: [set("main-1", 5, 100)],
        pain: [
          { itemId: "main-1", region: "knee", severity: 3 },
          { exerciseId: "back_squat", region: "lower_back", severity: 5 },
          { exerciseId: "bench_press", region: "shoulder", severity: 2 },
        ],
      }),
      "2026-03-02",
    );
    expect(log.exercises.find((e) => e.exerciseId === "back_squat")!.pain).toEqual({
      region: "lower_back",
      severity: 5,
    });
    const bench = log.exercises.find((e) => e.exerciseId === "bench_press")!;
    expect(bench.sets).toEqual([]);
    expect(bench.pain).toEqual({ region: "shoulder", severity: 2 });
  });

  it("names the field when a set or a pain report is not part of the plan", () => {
    const fieldOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof EngineError) return [e.code, e.path];
        throw e;
      }
      return undefined;
    };
    expect(fieldOf(() => logFromPlan(plan, done({ sets: [set("main-1", 5), set("nope", 5)] }), "2026-03-02"))).toEqual([
      "invalid_input",
      "body.sets.1.itemId",
    ]);
    expect(
      fieldOf(() =>
        logFromPlan(
          plan,
          done({ pain: [{ exerciseId: "deadlift", region: "knee", severity: 2 }] }),
          "2026-03-02",
          "log",
        ),
      ),
    ).toEqual(["invalid_input", "log.pain.0.exerciseId"]);
    expect(
      fieldOf(() =>
        logFromPlan(
          plan,
          done({ pain: [{ itemId: "main-1", exerciseId: "bench_press", region: "knee", severity: 2 }] }),
          "2026-03-02",
        ),
      ),
    ).toEqual(["invalid_input", "body.pain.0.exerciseId"]);
  });
});
