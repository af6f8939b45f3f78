import { describe, expect, test } from "vitest";
import {
  addDays,
  createRandom,
  dayIndex,
  estimateExpenditure,
  estimateFromWindow,
  intakeWindow,
  smoothWeights,
  trendWindow,
} from "../../src/index.ts";

/**
 * The daily pass reads the trend and the estimator's window from days-ago columns (trendWindow,
 * intakeWindow, estimateFromWindow); the nutrition card from dated records (smoothWeights,
 * estimateExpenditure). They must give the same numbers to the last bit, or the pass and the card
 * would disagree about a client's targets.
 */
describe("the pass's trend and estimate equal the card's", () => {
  test("200 seeded histories with gaps, repeated weigh-ins, old readings: same trend, same estimate", () => {
    const today = "2026-06-30";
    const end = dayIndex(today);
    for (let s = 0; s < 200; s++) {
      const r = createRandom(`window-${s}`);
      const span = 5 + Math.floor(r.next() * 130);
      const readings: { date: string; kg: number }[] = [];
      const intake: { date: string; kcal: number }[] = [];
      let mass = 60 + 40 * r.next();
      for (let ago = span; ago >= 0; ago--) {
        mass += (r.next() - 0.55) * 0.3;
        const date = addDays(today, -ago);
        // Some days skipped, some weighed twice (averaged), as clients do.
        const weighs = r.next() < 0.25 ? 0 : r.next() < 0.1 ? 2 : 1;
        for (let k = 0; k < weighs; k++) readings.push({ date, kg: mass + (r.next() - 0.5) });
        if (ago < 40 && r.next() < 0.8) intake.push({ date, kcal: Math.round(1500 + 1200 * r.next()) });
      }
      const ago = (d: string) => end - dayIndex(d);
      const card = smoothWeights(readings);
      const pass = trendWindow(
        readings.map((x) => ago(x.date)),
        readings.map((x) => x.kg),
        28,
      );
      expect(pass.trendKg).toBe(card.trendKg);
      const prior = 1800 + 800 * r.next();
      const fromRecords = estimateExpenditure(
        [
          ...card.points.map((p) => ({ date: p.date, weightKg: p.kg })),
          ...intake.map((i) => ({ date: i.date, intakeKcal: i.kcal })),
        ],
        today,
        prior,
      );
      const fromWindow = estimateFromWindow(
        pass.weights,
        intakeWindow(
          intake.map((i) => ago(i.date)),
          intake.map((i) => i.kcal),
        ),
        prior,
      );
      expect(fromWindow).toEqual(fromRecords);
    }
  });

  test("bad values are refused as the card refuses them", () => {
    expect(() => trendWindow([1, 0], [70, -1], 28)).toThrow(/kg/);
    expect(() => intakeWindow([0], [-5])).toThrow(/intakeKcal/);
    expect(() => estimateFromWindow(new Float64Array(28), new Float64Array(28), 0)).toThrow(/priorKcal/);
    expect(trendWindow([], [], 28).trendKg).toBeNull();
  });
});
