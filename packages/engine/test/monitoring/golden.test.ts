import { describe, expect, test } from "vitest";
import { dayIndex, isoFromDay } from "../../src/core/dates.ts";
import { acwrZone, ewmaAcwr, monotonyAndStrain, sessionRpeLoad, weekToWeekChange } from "../../src/index.ts";

// EWMA ACWR: Williams et al. 2017, Br J Sports Med; monotony and strain: Foster 1998, Med Sci Sports Exerc.
describe("golden values from the published load-monitoring formulas", () => {
  test("EWMA ACWR: 28 days at 100 AU then 7 at 150 AU, seeded with the first load", () => {
    const loads = [...Array<number>(28).fill(100), ...Array<number>(7).fill(150)];
    const r = ewmaAcwr(loads);
    expect(r.acute).toBeCloseTo(143.326, 3);
    expect(r.chronic).toBeCloseTo(119.68, 3);
    expect(r.ratio).toBeCloseTo(1.1976, 4);
    expect(r.zone).toBe("sweet_spot");
    expect(r.caveats.length).toBeGreaterThan(0);
  });

  test("ACWR is blank before 28 days of data and when chronic load is 0", () => {
    expect(ewmaAcwr(Array<number>(27).fill(100)).ratio).toBeNull();
    expect(ewmaAcwr(Array<number>(40).fill(0)).ratio).toBeNull();
    // Days before the client's first data are not counted.
    expect(ewmaAcwr(Array<number>(40).fill(100), 20).ratio).toBeNull();
  });

  test("ACWR zones follow Gabbett 2016 / Murray 2017 cut-offs", () => {
    expect(acwrZone(0.7)).toBe("low");
    expect(acwrZone(1.3)).toBe("caution");
    expect(acwrZone(1.5)).toBe("high");
    expect(acwrZone(2.1)).toBe("very_high");
  });

  test("Foster monotony and strain with population SD", () => {
    const r = monotonyAndStrain([300, 0, 450, 200, 500, 0, 350]);
    expect(r.weeklyLoad).toBe(1800);
    expect(r.mean).toBeCloseTo(257.143, 3);
    expect(r.sd).toBeCloseTo(185.989, 3);
    expect(r.monotony).toBeCloseTo(1.3826, 4);
    expect(r.strain).toBeCloseTo(2488.63, 2);
  });

  test("monotony is capped at 10 for identical days and 0 for an empty week", () => {
    expect(monotonyAndStrain(Array<number>(7).fill(300)).monotony).toBe(10);
    expect(monotonyAndStrain(Array<number>(7).fill(0))).toMatchObject({ monotony: 0, strain: 0 });
  });

  test("session-RPE load and week-to-week change", () => {
    expect(sessionRpeLoad(7, 60)).toBe(420);
    const loads = [...Array<number>(7).fill(100), ...Array<number>(7).fill(120)];
    expect(weekToWeekChange(loads)).toBeCloseTo(0.2, 10);
    expect(weekToWeekChange(Array<number>(14).fill(0))).toBeNull();
  });

  test("day arithmetic round-trips across leap years", () => {
    expect(dayIndex("1970-01-01")).toBe(0);
    expect(dayIndex("2024-03-01") - dayIndex("2024-02-28")).toBe(2);
    for (const iso of ["2000-02-29", "2026-12-31", "1999-01-01", "2100-03-01"])
      expect(isoFromDay(dayIndex(iso))).toBe(iso);
  });
});
