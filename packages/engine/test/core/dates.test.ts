import { describe, expect, it } from "vitest";
import { dayIndex, dayNumber, isoFromDay, weekStart } from "../../src/core/index.ts";
import { EngineError } from "../../src/index.ts";

describe("core dates", () => {
  it("counts days from 1970-01-01 both ways, across leap days and the epoch", () => {
    expect(dayIndex("1970-01-01")).toBe(0);
    expect(dayIndex("2024-02-29T23:59:59Z")).toBe(dayIndex("2024-02-28") + 1);
    for (const iso of ["1969-12-31", "2000-02-29", "2026-12-01", "2100-03-01"])
      expect(isoFromDay(dayIndex(iso))).toBe(iso);
  });

  it("validates where input arrives: impossible dates are invalid_input naming the field", () => {
    expect(dayNumber("2026-03-01")).toBe(dayIndex("2026-03-01"));
    expect(() => dayNumber("2026-02-29", "body.date")).toThrow(EngineError);
    const pathOf = (f: () => unknown) => {
      try {
        f();
        return "no error";
      } catch (e) {
        return e instanceof EngineError ? e.path : String(e);
      }
    };
    expect(pathOf(() => dayNumber("2026-13-01", "body.date"))).toBe("body.date");
  });

  it("gives the Monday of the ISO week", () => {
    expect(weekStart("2026-11-30")).toBe("2026-11-30"); // a Monday
    expect(weekStart("2026-12-06")).toBe("2026-11-30"); // its Sunday
    expect(weekStart("1970-01-01")).toBe("1969-12-29"); // a Thursday before the epoch's Monday
  });
});
