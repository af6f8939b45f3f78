import { describe, expect, test } from "vitest";
import {
  activityFactor,
  cunningham,
  energyAvailability,
  harrisBenedictRevised,
  katchMcArdle,
  leanMass,
  mifflinStJeor,
  nutritionTargets,
  smoothWeights,
} from "../../src/index.ts";

// Test vector: male, 80 kg, 180 cm, 30 y, 15% body fat → lean mass 68 kg.
describe("resting energy equations: published worked values", () => {
  test("Mifflin-St Jeor (Mifflin et al. 1990): 1780.0 male, 1614.0 female", () => {
    expect(mifflinStJeor("male", 80, 180, 30).value).toBeCloseTo(1780.0, 6);
    expect(mifflinStJeor("female", 80, 180, 30).value).toBeCloseTo(1614.0, 6);
  });
  test("lean mass 68 kg; Katch-McArdle 1838.8; Cunningham 1996.0", () => {
    expect(leanMass(80, 15)).toBeCloseTo(68, 9);
    expect(katchMcArdle(68).value).toBeCloseTo(1838.8, 6);
    expect(cunningham(68)).toBeCloseTo(1996.0, 6);
  });
  test("Harris-Benedict revised (Roza & Shizgal 1984): 1853.63 male, 1615.09 female", () => {
    expect(harrisBenedictRevised("male", 80, 180, 30)).toBeCloseTo(1853.63, 2);
    expect(harrisBenedictRevised("female", 80, 180, 30)).toBeCloseTo(1615.09, 2);
  });
  test("each equation says its formula and inputs", () => {
    const r = mifflinStJeor("male", 80, 180, 30).reasons[0]!;
    expect(r.ruleId).toBe("nutrition.rmr.mifflin_st_jeor");
    expect(r.inputs).toMatchObject({ weightKg: 80, heightCm: 180, ageYears: 30, constant: 5 });
  });
});

describe("activity factors", () => {
  test("the TDEE table: 1.2 / 1.375 / 1.55 / 1.725 / 1.9", () => {
    expect(activityFactor({}).value).toBe(1.2);
    expect(activityFactor({ sessionsPerWeek: 2 }).value).toBe(1.375);
    expect(activityFactor({ sessionsPerWeek: 4 }).value).toBe(1.55);
    expect(activityFactor({ sessionsPerWeek: 6 }).value).toBe(1.725);
    expect(activityFactor({ avgDailySteps: 13000 }).value).toBe(1.9);
  });
  test("measured steps beat a lower session count, and a declared level is only a fallback", () => {
    const af = activityFactor({ sessionsPerWeek: 2, avgDailySteps: 8000, declared: "extra" });
    expect(af.value).toBe(1.55);
    expect(af.reasons[0]!.inputs.source).toBe("steps");
    expect(activityFactor({ declared: "very" }).value).toBe(1.725);
  });
});

describe("energy availability and the trend", () => {
  test("EA = (2400 − 700) / 50 = 34 kcal/kg FFM (reduced)", () => {
    expect(energyAvailability(2400, 700, 50)).toBe(34);
  });
  test("Hacker's Diet EWMA: T 173.2, W 171.5 → 173.03", () => {
    const t = smoothWeights([
      { date: "2026-01-01", kg: 173.2 },
      { date: "2026-01-02", kg: 171.5 },
    ]);
    expect(t.trendKg).toBeCloseTo(173.03, 6);
  });
  test("a gap of g days decays g times: a week away counts like a week of the same reading", () => {
    const gap = smoothWeights([
      { date: "2026-01-01", kg: 80 },
      { date: "2026-01-08", kg: 79 },
    ]);
    const daily = smoothWeights(
      [{ date: "2026-01-01", kg: 80 }].concat([2, 3, 4, 5, 6, 7, 8].map((d) => ({ date: `2026-01-0${d}`, kg: 79 }))),
    );
    expect(gap.trendKg).toBeCloseTo(daily.trendKg!, 9);
  });
  test("a steady loss of 0.5 kg/week reads as 0.5 kg/week once the trend has settled", () => {
    const readings = Array.from({ length: 90 }, (_, i) => ({
      date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
      kg: 90 - (0.5 / 7) * i,
    }));
    const t = smoothWeights(readings);
    expect(t.kgPerWeek).toBeCloseTo(-0.5, 2);
  });
});

describe("targets for the worked client", () => {
  const base = { sex: "male", ageYears: 30, heightCm: 180, weightKg: 80, activity: { sessionsPerWeek: 4 } } as const;
  test("maintenance: Mifflin 1780 × 1.55 = 2759 → 2760 kcal; protein 128 g; fat 25%; carbs the remainder; fibre 14/1000", () => {
    const t = nutritionTargets({ ...base, goal: "maintain" });
    expect(t.maintenance.value).toBeCloseTo(2759, 6);
    expect(t.energyKcal.value).toBe(2760);
    expect(t.proteinG.value).toBe(128);
    expect(t.fatG.value).toBe(77); // 0.25 × 2760 / 9 = 76.7
    expect(t.carbsG.value).toBe(Math.round((2760 - 4 * 128 - (9 * (0.25 * 2760)) / 9) / 4));
    expect(t.fibreG.value).toBe(39); // 14 × 2.76 = 38.6
    expect(t.energyKcal.reasons[0]!.ruleId).toBe("nutrition.energy.maintain");
  });
  test("fat loss at 0.5%/week: 2759 − 0.005 × 80 × 7700 / 7 = 2319 → 2320 kcal; Katch-McArdle and 2.3 g/kg LBM with body fat", () => {
    const t = nutritionTargets({ ...base, goal: "lose" });
    expect(t.energyKcal.value).toBe(2320);
    const lbm = nutritionTargets({ ...base, goal: "lose", bodyFatPct: 15 });
    expect(lbm.rmr.reasons[0]!.ruleId).toBe("nutrition.rmr.katch_mcardle");
    expect(lbm.proteinG.value).toBe(Math.round(2.3 * 68));
  });
});
