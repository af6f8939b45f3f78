import {
  availableLoads,
  DEFAULT_INCREMENTS,
  deriveProgressionStates,
  type EquipmentInventory,
  KG_PER_LB,
  LOAD_TYPES,
  nextLoad,
  nextLoadUp,
  type ProgressionRule,
  roundLoad,
  UNITS,
} from "@spotter/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog, loadInput, logOf, sets } from "../fixtures/loads.ts";

/** Heavy property runs carry an explicit timeout: a loaded 2-core machine must not trip the 5 s default. */
const PROPERTY_TIMEOUT_MS = 30_000;

const kg = DEFAULT_INCREMENTS.kg;
const home: EquipmentInventory = {
  dumbbellsKg: { min: 2, max: 20, step: 2 },
  kettlebellsKg: [8, 12, 16],
  barbellMaxKg: 60,
  machineMaxKg: 100,
  cableMaxKg: 40,
};

describe("inventory: loads that exist", () => {
  const av = availableLoads(home, "kg")!;
  it("expands ranges and rounds to what exists, never above the heaviest", () => {
    expect(av.dumbbells).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    expect(roundLoad(13, "dumbbell", kg, "nearest", av)).toBe(14);
    expect(roundLoad(25, "dumbbell", kg, "nearest", av)).toBe(20);
    expect(roundLoad(10.5, "kettlebell", kg, "nearest", av)).toBe(12);
    expect(roundLoad(24, "kettlebell", kg, "nearest", av)).toBe(16);
    expect(roundLoad(100, "barbell", kg, "nearest", av)).toBe(60);
    expect(roundLoad(57.4, "barbell", kg, "nearest", { barbellMax: 58 })).toBe(57.5);
    expect(roundLoad(59, "barbell", kg, "nearest", { barbellMax: 58 })).toBe(57.5);
    expect(roundLoad(300, "machine", kg, "nearest", av)).toBe(100);
    expect(roundLoad(41, "cable", kg, "nearest", av)).toBe(40);
  });
  it("next load up is the next thing that exists, or nothing at the top", () => {
    expect(nextLoadUp(8, "dumbbell", kg, av)).toBe(10);
    expect(nextLoadUp(16, "kettlebell", kg, av)).toBeUndefined();
    expect(nextLoadUp(12, "kettlebell", kg, av)).toBe(16);
    expect(nextLoadUp(100, "barbell", kg)).toBe(102.5);
    expect(nextLoadUp(60, "barbell", kg, av)).toBeUndefined();
  });
  it("lb clients: equipment stored as exact kg prints in whole lb again", () => {
    const lbRack = availableLoads({ dumbbellsKg: [15, 20, 25, 30].map((lb) => lb * KG_PER_LB) }, "lb")!;
    expect(lbRack.dumbbells).toEqual([15, 20, 25, 30]);
    expect(roundLoad(23, "dumbbell", DEFAULT_INCREMENTS.lb, "nearest", lbRack)).toBe(25);
  });
  it("property: rounding never exceeds or falls between what exists", () => {
    const invArb = fc.record({
      dumbbellsKg: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 12 }),
      kettlebellsKg: fc.uniqueArray(fc.integer({ min: 4, max: 48 }), { minLength: 1, maxLength: 8 }),
      barbellMaxKg: fc.integer({ min: 20, max: 300 }),
      machineMaxKg: fc.integer({ min: 5, max: 300 }),
      cableMaxKg: fc.integer({ min: 3, max: 150 }),
    });
    fc.assert(
      fc.property(
        invArb,
        fc.double({ min: -10, max: 400, noNaN: true }),
        fc.constantFrom(...LOAD_TYPES),
        fc.constantFrom(...UNITS),
        fc.constantFrom("nearest" as const, "down" as const),
        (inv, v, type, unit, mode) => {
          const a = availableLoads(inv, unit)!;
          const inc = DEFAULT_INCREMENTS[unit];
          const r = roundLoad(v, type, inc, mode, a);
          if (type === "dumbbell") expect(a.dumbbells).toContain(r);
          if (type === "kettlebell") expect(a.kettlebells).toContain(r);
          if (type === "barbell") expect(r).toBeLessThanOrEqual(Math.max(inc.bar, a.barbellMax!) + 1e-9);
          if (type === "machine") expect(r).toBeLessThanOrEqual(Math.max(inc.machineStep, a.machineMax!) + 1e-9);
          if (type === "cable") expect(r).toBeLessThanOrEqual(Math.max(inc.cableStep, a.cableMax!) + 1e-9);
          expect(roundLoad(r, type, inc, "nearest", a)).toBe(r);
        },
      ),
    );
  });
  it(
    "property: prescriptions at a location never exceed its inventory, whatever the history",
    () => {
      const rules: ProgressionRule[] = [
        { kind: "linear", incrementKg: 5, failureLimit: 3, resetPct: 10 },
        { kind: "double", repRange: [8, 12], incrementPct: 10 },
        { kind: "rpe", reps: 8, targetRpe: 8 },
      ];
      fc.assert(
        fc.property(
          fc.constantFrom("dumbbell-bench-press", "goblet-squat", "back-squat", "lat-pulldown", "leg-press"),
          fc.constantFrom(...rules),
          fc.integer({ min: 1, max: 60 }),
          fc.integer({ min: 5, max: 12 }),
          fc.integer({ min: 10, max: 20 }).map((x) => x / 2),
          fc.constantFrom(...UNITS),
          (id, rule, lastLoad, reps, rpe, unit) => {
            const ex = catalog.get(id)!;
            const load = ex.loadType === "barbell" ? 20 + lastLoad * 2.5 : lastLoad;
            const state = deriveProgressionStates([logOf("2026-03-01", id, sets(3, load, reps, rpe))])[id]!;
            const over = { state, unit, increments: DEFAULT_INCREMENTS[unit], inventory: home };
            const p = nextLoad(loadInput(id, rule, { ...over, target: { reps: 8, rpe: 8 } }));
            const a = availableLoads(home, unit)!;
            const inc = DEFAULT_INCREMENTS[unit];
            if (ex.loadType === "dumbbell") expect(a.dumbbells).toContain(p.load);
            if (ex.loadType === "barbell") expect(p.load!).toBeLessThanOrEqual(a.barbellMax! + 1e-9);
            if (ex.loadType === "machine") expect(p.load!).toBeLessThanOrEqual(a.machineMax! + 1e-9);
            if (ex.loadType === "cable") expect(p.load!).toBeLessThanOrEqual(a.cableMax! + 1e-9);
            expect(roundLoad(p.load!, ex.loadType, inc, "nearest", a)).toBe(p.load);
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
  it("a progression at the heaviest dumbbell stays there and says why", () => {
    const db = catalog.get("dumbbell-bench-press")!;
    const state = deriveProgressionStates([logOf("2026-03-01", db.id, sets(3, 20, 12, 6))])[db.id]!;
    const rule = { kind: "double", repRange: [8, 12], incrementPct: 5 } satisfies ProgressionRule;
    const p = nextLoad(loadInput(db.id, rule, { state, inventory: home, target: { reps: 8, rpe: 8 } }));
    expect(p.load).toBe(20);
    expect(p.reasons.map((r) => r.ruleId)).toContain("load.inventory_max");
  });
});
