import { describe, expect, it } from "vitest";
import { formatLoad, fromKg, KG_PER_LB, roundLoad, toKg } from "./units.ts";

describe("units", () => {
  it("converts with the exact international pound", () => {
    expect(KG_PER_LB).toBe(0.45359237);
    expect(toKg(100, "lb")).toBeCloseTo(45.359237, 9);
    expect(fromKg(45.359237, "lb")).toBeCloseTo(100, 9);
    expect(toKg(80, "kg")).toBe(80);
  });

  it("round-trips kg → lb → kg within display rounding", () => {
    for (const kg of [20, 42.5, 60, 102.5, 180]) expect(toKg(fromKg(kg, "lb"), "lb")).toBeCloseTo(kg, 9);
  });

  it("rounds to plate steps: 0.5 kg, 1 lb", () => {
    expect(roundLoad(42.26, "kg")).toBe(42.5);
    expect(roundLoad(42.24, "kg")).toBe(42);
    expect(roundLoad(93.7, "lb")).toBe(94);
  });

  it("formats loads for display, never inventing a number", () => {
    expect(formatLoad(undefined, "kg")).toBe("—");
    expect(formatLoad(0, "kg")).toBe("bodyweight");
    expect(formatLoad(100, "kg")).toBe("100 kg");
    expect(formatLoad(100, "lb")).toBe("220 lb");
  });
});
