import { convertLoad, DEFAULT_INCREMENTS, fromKg, isOnGrid, LOAD_TYPES, roundLoad, toKg, UNITS } from "@spotter/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("load rounding", () => {
  it("rounds to plates, dumbbell steps, kettlebell sizes and stack steps", () => {
    const kg = DEFAULT_INCREMENTS.kg;
    expect(roundLoad(101.2, "barbell", kg)).toBe(100);
    expect(roundLoad(101.3, "barbell", kg)).toBe(102.5);
    expect(roundLoad(5, "barbell", kg)).toBe(20);
    expect(roundLoad(23, "dumbbell", kg)).toBe(24);
    expect(roundLoad(18.5, "kettlebell", kg)).toBe(20);
    expect(roundLoad(18.5, "kettlebell", kg, "down")).toBe(16);
    expect(roundLoad(42, "machine", kg)).toBe(40);
    expect(roundLoad(136, "barbell", DEFAULT_INCREMENTS.lb)).toBe(135);
    expect(roundLoad(30, "bodyweight", kg)).toBe(0);
  });
  it("converts kg <-> lb", () => {
    expect(toKg(225, "lb")).toBeCloseTo(102.058, 3);
    expect(fromKg(100, "lb")).toBeCloseTo(220.462, 3);
  });
  it("property: idempotent, on the grid, never negative", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 600, noNaN: true }),
        fc.constantFrom(...LOAD_TYPES),
        fc.constantFrom(...UNITS),
        fc.constantFrom("nearest" as const, "down" as const),
        (v, t, u, mode) => {
          const inc = DEFAULT_INCREMENTS[u];
          const r = roundLoad(v, t, inc, mode);
          expect(r).toBeGreaterThanOrEqual(0);
          expect(roundLoad(r, t, inc)).toBe(r);
          expect(roundLoad(r, t, inc, "down")).toBe(r);
          expect(isOnGrid(r, t, inc)).toBe(true);
        },
      ),
    );
  });
});

describe("convertLoad", () => {
  it("keeps a load in its own unit and converts across units to 0.01", () => {
    expect(convertLoad(102.5, "kg", "kg")).toBe(102.5);
    expect(convertLoad(100, "kg", "lb")).toBe(220.46);
    expect(convertLoad(225, "lb", "kg")).toBe(102.06);
  });
});
