import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  DAY_LOADS,
  energyTarget,
  kcalPerDayForRate,
  minimumKcal,
  NUTRITION_BOUNDS,
  NUTRITION_GOALS,
  nutritionTargets,
  periodiseCarbs,
  type TargetsInput,
} from "../../src/index.ts";

const input: fc.Arbitrary<TargetsInput> = fc.record(
  {
    sex: fc.constantFrom("female", "male", "other"),
    ageYears: fc.integer({ min: 16, max: 90 }),
    heightCm: fc.integer({ min: 140, max: 210 }),
    weightKg: fc.double({ min: 38, max: 200, noNaN: true }),
    bodyFatPct: fc.double({ min: 5, max: 55, noNaN: true }),
    goal: fc.constantFrom(...NUTRITION_GOALS),
    ratePctPerWeek: fc.double({ min: 0, max: 5, noNaN: true }),
    activity: fc.record(
      { sessionsPerWeek: fc.integer({ min: 0, max: 14 }), avgDailySteps: fc.integer({ min: 0, max: 30000 }) },
      { requiredKeys: [] },
    ),
    exerciseKcalPerDay: fc.integer({ min: 0, max: 1500 }),
    expenditure: fc.record({ kcal: fc.integer({ min: 900, max: 5000 }), sdKcal: fc.integer({ min: 50, max: 400 }) }),
    energyOverrideKcal: fc.integer({ min: 300, max: 6000 }),
  },
  { requiredKeys: ["sex", "ageYears", "heightCm", "weightKg", "goal", "activity"] },
);

describe("targets never cross the bounds (property)", () => {
  test("energy ≥ the minimum intake and no deficit faster than 1%/week; macros add up; nothing negative", () => {
    fc.assert(
      fc.property(input, (i) => {
        const t = nutritionTargets(i);
        const kcal = t.energyKcal.value;
        expect(kcal).toBeGreaterThanOrEqual(minimumKcal(i.sex, t.rmr.value));
        expect(kcal).toBeGreaterThanOrEqual(NUTRITION_BOUNDS.minKcal[i.sex]);
        expect(kcal).toBeGreaterThanOrEqual(t.maintenance.value - kcalPerDayForRate(i.weightKg, 1.0) - 1e-9);
        expect(t.impliedPctPerWeek).toBeGreaterThanOrEqual(-NUTRITION_BOUNDS.maxLossPctPerWeek - 1e-9);
        for (const g of [t.proteinG, t.fatG, t.carbsG, t.fibreG]) expect(g.value).toBeGreaterThanOrEqual(0);
        // Fat never below its floor unless energy cannot hold it.
        const floor = Math.max(0.5 * i.weightKg, (0.2 * kcal) / 9);
        expect(t.fatG.value).toBeGreaterThanOrEqual(Math.round(floor) - 1);
        // Macros reproduce the energy target within rounding (±1 g each).
        const sum = 4 * t.proteinG.value + 9 * t.fatG.value + 4 * t.carbsG.value;
        expect(Math.abs(sum - kcal)).toBeLessThanOrEqual(4 + 9 + 4);
        for (const x of [t.energyKcal, t.proteinG, t.fatG, t.carbsG, t.fibreG])
          expect(x.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  test("the pass's energyTarget gives nutritionTargets' numbers to the bit, without reasons", () => {
    fc.assert(
      fc.property(input, (i) => {
        const t = nutritionTargets(i);
        expect(energyTarget(i)).toStrictEqual({
          rmrKcal: t.rmr.value,
          maintenanceKcal: t.maintenance.value,
          energyKcal: t.energyKcal.value,
          lowEnergyAvailability: t.warnings.some((w) => w.ruleId === "nutrition.warning.low_energy_availability"),
        });
      }),
      { numRuns: 500 },
    );
    // The same validation: a bad input throws in both.
    const bad = { sex: "female", ageYears: 30, heightCm: 0, weightKg: 70, goal: "lose", activity: {} } as const;
    expect(() => nutritionTargets(bad)).toThrow(/heightCm/);
    expect(() => energyTarget(bad)).toThrow(/heightCm/);
  });

  test("carb periodisation keeps the weekly total and every day's energy at or above the minimum", () => {
    fc.assert(
      fc.property(input, fc.array(fc.constantFrom(...DAY_LOADS), { minLength: 7, maxLength: 7 }), (i, loads) => {
        const t = nutritionTargets(i);
        const days = loads.map((load, k) => ({ date: `2026-03-0${k + 1}`, load }));
        const out = periodiseCarbs(days, {
          energyKcal: t.energyKcal.value,
          carbsG: t.carbsG.value,
          minKcal: t.bounds.minKcal,
        });
        const total = out.reduce((s, d) => s + d.carbsG, 0);
        expect(Math.abs(total - 7 * t.carbsG.value)).toBeLessThanOrEqual(4);
        for (const d of out) {
          expect(d.energyKcal).toBeGreaterThanOrEqual(Math.min(t.bounds.minKcal, t.energyKcal.value));
          expect(d.carbsG).toBeGreaterThanOrEqual(0);
        }
        // A hard day never gets less than a rest day.
        const hard = out.filter((d) => d.load === "hard").map((d) => d.carbsG);
        const rest = out.filter((d) => d.load === "rest").map((d) => d.carbsG);
        if (hard.length && rest.length) expect(Math.min(...hard)).toBeGreaterThanOrEqual(Math.max(...rest));
      }),
      { numRuns: 300 },
    );
  });
});

describe("bounds in examples", () => {
  test("a small sedentary woman asking for 1.5%/week is held at 1%/week and the 1200 kcal floor", () => {
    const t = nutritionTargets({
      sex: "female",
      ageYears: 45,
      heightCm: 155,
      weightKg: 55,
      goal: "lose",
      ratePctPerWeek: 1.5,
      activity: {},
    });
    expect(t.energyKcal.value).toBe(1200);
    expect(t.warnings.map((w) => w.ruleId)).toContain("nutrition.bound.rate");
    expect(t.energyKcal.reasons.map((r) => r.ruleId)).toContain("nutrition.bound.min_kcal");
  });
  test("low energy availability is warned when lean mass and exercise energy are known", () => {
    const t = nutritionTargets({
      sex: "female",
      ageYears: 22,
      heightCm: 170,
      weightKg: 60,
      bodyFatPct: 20,
      goal: "lose",
      ratePctPerWeek: 1,
      activity: { sessionsPerWeek: 10 },
      exerciseKcalPerDay: 800,
    });
    expect(t.warnings.map((w) => w.ruleId)).toContain("nutrition.warning.low_energy_availability");
  });
  test("a week of rest, moderate and hard days: 3 : 5 : 7 shares of the same weekly total", () => {
    const out = periodiseCarbs(
      [
        { date: "2026-03-02", load: "rest" },
        { date: "2026-03-03", load: "moderate" },
        { date: "2026-03-04", load: "hard" },
      ],
      { energyKcal: 2500, carbsG: 250, minKcal: 1500 },
    );
    expect(out.map((d) => d.carbsG)).toEqual([150, 250, 350]);
    expect(out.map((d) => d.energyKcal)).toEqual([2100, 2500, 2900]);
  });
});
