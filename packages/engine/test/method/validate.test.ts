import {
  BUILTIN_EXERCISES,
  BUILTIN_METHODS,
  createCatalog,
  findMethod,
  type Method,
  type SlotPrescription,
  validateMethod,
} from "@spotter/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** Heavy property runs carry an explicit timeout: a loaded 2-core machine must not trip the 5 s default. */
const PROPERTY_TIMEOUT_MS = 30_000;

const catalog = createCatalog(BUILTIN_EXERCISES);

/** A mutable deep copy of a built-in (the library is frozen and shares dose objects between slots). */
const copy = (id: string): Method => JSON.parse(JSON.stringify(findMethod(id)));
const paths = (m: unknown) => validateMethod(m as Method, catalog).map((p) => p.path);
const messageAt = (m: unknown, path: string) =>
  validateMethod(m as Method, catalog).find((p) => p.path === path)?.message ?? "";

describe("validateMethod names each problem's field", () => {
  it("unknown exercise ids, and ids whose pattern is not the slot's", () => {
    const m = copy("novice-linear-full-body");
    m.days[0]!.slots[0]!.exerciseIds = ["back-squat", "moon-squat", "deadlift"];
    expect(paths(m)).toEqual(["days.0.slots.0.exerciseIds.1", "days.0.slots.0.exerciseIds.2"]);
    expect(messageAt(m, "days.0.slots.0.exerciseIds.1")).toMatch(/unknown exercise "moon-squat"/);
    expect(messageAt(m, "days.0.slots.0.exerciseIds.2")).toMatch(/hinge exercise, the slot's pattern is squat/);
    // Without a catalog the ids cannot be checked (an organization's own exercises may be meant).
    expect(validateMethod(m)).toEqual([]);
  });

  it("empty days, days without slots, slots without pattern, a first slot that is not the main lift", () => {
    expect(paths({ ...copy("gzclp-tiered-novice"), days: [] })).toEqual(["days"]);
    const m = copy("gzclp-tiered-novice");
    m.days[0]!.slots = [];
    (m.days[1]!.slots[1] as { pattern?: string }).pattern = undefined;
    m.days[2]!.slots[0]!.role = "accessory";
    expect(paths(m)).toEqual(["days.0.slots", "days.1.slots.1.pattern", "days.2.slots.0.role"]);
  });

  it("an inverted rep range and a double-progression range upside down", () => {
    const m = copy("upper-lower-hypertrophy");
    const slot = m.days[0]!.slots[1]!;
    slot.prescription!.accumulation!.reps = [12, 8];
    slot.progression = { kind: "double", repRange: [12, 8], incrementPct: 2.5 };
    expect(paths(m)).toEqual(["days.0.slots.1.progression.repRange", "days.0.slots.1.prescription.accumulation.reps"]);
    expect(messageAt(m, "days.0.slots.1.prescription.accumulation.reps")).toBe("range is inverted: 12 > 8");
  });

  it("RPE and %1RM that contradict each other on the RTS chart (the issue's 'RPE 9 at 63%')", () => {
    const m = copy("powerlifting-peaking");
    const p = m.days[0]!.slots[0]!.prescription!;
    p.intensification = { sets: 4, reps: 3, rpe: 9, percent1rm: 63 };
    // 5 @ RPE 8 is 81.1% on the chart: 80% agrees.
    p.accumulation = { sets: 4, reps: 5, rpe: 8, percent1rm: 80 };
    expect(paths(m)).toEqual(["days.0.slots.0.prescription.intensification.percent1rm"]);
    expect(messageAt(m, "days.0.slots.0.prescription.intensification.percent1rm")).toMatch(/RTS chart: 89\.2-89\.2/);
  });

  it("%1RM on a wave slot is of the training max: 85% of a 90% max agrees with 5 @ RPE 7-8, not RPE 10", () => {
    const m = copy("training-max-531");
    const p = m.days[0]!.slots[0]!.prescription!;
    p.accumulation = { sets: 3, reps: 5, percent1rm: 85, rpe: 7 };
    expect(paths(m)).toEqual([]);
    p.accumulation = { sets: 3, reps: 1, percent1rm: 85, rpe: 10 };
    expect(paths(m)).toEqual(["days.0.slots.0.prescription.accumulation.percent1rm"]);
  });

  it("a top set whose back-off percentage contradicts the back-off RPE", () => {
    const m = copy("powerlifting-peaking");
    const real = m.days[0]!.slots[0]!.prescription!.realization as SlotPrescription;
    real.topSet = { reps: 1, rpe: 9, backoffPct: 70 };
    expect(paths(m)).toEqual(["days.0.slots.0.prescription.realization.topSet.backoffPct"]);
  });

  it("ramped sets need a %1RM and fewer ramps than sets", () => {
    const m = copy("novice-linear-full-body");
    m.days[0]!.slots[0]!.prescription!.accumulation = { sets: 2, reps: 5, rpe: 7, rampDownPct: [20, 10] };
    const at = "days.0.slots.0.prescription.accumulation.rampDownPct";
    expect(paths(m)).toEqual([at, at]);
  });

  it("deloads: setsScale outside 0.4-0.6, loadScale under 0.85, and a deload week with more sets than loading", () => {
    const m = copy("upper-lower-hypertrophy");
    m.deload = { setsScale: 0.8, loadScale: 0.6, rpeShift: -1 };
    m.days[1]!.slots[0]!.prescription!.deload = { sets: 9, reps: 8, rpe: 6 };
    expect(paths(m)).toEqual(["deload.setsScale", "deload.loadScale", "days.1.slots.0.prescription.deload.sets"]);
  });

  it("method fields: version, id, goals, levels, days per week, weekly sets", () => {
    const m = {
      ...copy("general-fitness-beginner"),
      version: 2,
      id: "Bad Id",
      goals: ["strength", "flexing"],
      levels: [],
      daysPerWeek: [4, 2],
      weeklySets: { chest: [20, 10], wings: [1, 2] },
    };
    expect(paths(m)).toEqual([
      "version",
      "id",
      "goals.1",
      "levels",
      "daysPerWeek",
      "weeklySets.chest",
      "weeklySets.wings",
    ]);
  });

  it("reads garbage without throwing", () => {
    for (const junk of [null, 3, "method", [], { days: "x" }, { days: [null, { slots: [7] }] }])
      expect(() => validateMethod(junk as unknown as Method, catalog)).not.toThrow();
    expect(paths(null)).toEqual([""]);
  });
});

describe("validateMethod properties", () => {
  const anything = fc.oneof(fc.anything(), fc.constant(undefined), fc.double(), fc.integer({ min: -5, max: 40 }));
  const prescription = fc.record(
    {
      sets: anything,
      reps: fc.oneof(anything, fc.tuple(fc.integer({ min: -2, max: 30 }), fc.integer({ min: -2, max: 30 }))),
      rpe: fc.oneof(anything, fc.double({ min: 0, max: 12 })),
      percent1rm: fc.oneof(anything, fc.double({ min: 0, max: 120 })),
      rampDownPct: fc.oneof(anything, fc.array(fc.double({ min: -5, max: 70 }))),
      topSet: fc.oneof(anything, fc.record({ reps: anything, rpe: anything, backoffPct: anything })),
    },
    { requiredKeys: [] },
  );
  const rule = fc.oneof(
    anything,
    fc.record({ kind: fc.constantFrom("linear", "double", "rpe", "percent_wave", "velocity", "x") }),
    fc.record({
      kind: fc.constant("percent_wave"),
      trainingMaxPct: anything,
      waves: fc.oneof(anything, fc.array(anything)),
    }),
    fc.record({
      kind: fc.constant("double"),
      repRange: fc.oneof(anything, fc.array(anything)),
      incrementPct: anything,
    }),
  );
  const slot = fc.record(
    {
      pattern: fc.oneof(anything, fc.constantFrom("squat", "hinge", "carry")),
      role: fc.oneof(anything, fc.constantFrom("main", "secondary", "accessory")),
      exerciseIds: fc.oneof(anything, fc.array(fc.oneof(anything, fc.constantFrom("back-squat", "deadlift")))),
      constraints: fc.oneof(anything, fc.record({ loadTypes: anything, muscles: anything, unilateral: anything })),
      prescription: fc.oneof(
        anything,
        fc.dictionary(fc.constantFrom("accumulation", "deload", "taper", "nope"), prescription),
      ),
      progression: rule,
    },
    { requiredKeys: [] },
  );
  const method = fc.record(
    {
      version: anything,
      id: anything,
      name: anything,
      summary: anything,
      basis: anything,
      goals: fc.oneof(anything, fc.array(anything)),
      levels: fc.oneof(anything, fc.array(anything)),
      daysPerWeek: anything,
      minAge: anything,
      eventPeaking: anything,
      days: fc.oneof(anything, fc.array(fc.oneof(anything, fc.record({ label: anything, slots: fc.array(slot) })))),
      deload: fc.oneof(anything, fc.record({ setsScale: anything, loadScale: anything, rpeShift: anything })),
      weeklySets: anything,
    },
    { requiredKeys: [] },
  );

  it(
    "never throws on arbitrary input shaped like a method, and every problem has a path and a message",
    () => {
      fc.assert(
        fc.property(method, (m) => {
          const problems = validateMethod(m as unknown as Method, catalog);
          for (const p of problems) {
            expect(typeof p.path).toBe("string");
            expect(p.message.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 250 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it("inverting any slot's rep range in any built-in is reported at exactly that path", () => {
    const sites = BUILTIN_METHODS.flatMap((m) =>
      m.days.flatMap((d, di) =>
        d.slots.flatMap((s, si) =>
          Object.entries(s.prescription ?? {}).flatMap(([kind, p]) =>
            Array.isArray(p.reps) && p.reps[0] < p.reps[1] ? [{ id: m.id, di, si, kind }] : [],
          ),
        ),
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...sites), ({ id, di, si, kind }) => {
        const m = copy(id);
        const p = (m.days[di]!.slots[si]!.prescription as Record<string, SlotPrescription>)[kind]!;
        const [lo, hi] = p.reps as [number, number];
        p.reps = [hi, lo];
        expect(paths(m)).toContain(`days.${di}.slots.${si}.prescription.${kind}.reps`);
      }),
    );
  });
});
