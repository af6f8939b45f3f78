import { describe, expect, test } from "vitest";
import { addDays, createRandom, estimateExpenditure, type Random } from "../../src/index.ts";

/** Standard normal by Box-Muller from the engine's seeded generator. */
const gauss = (r: Random) => Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());

/**
 * A simulated client: true expenditure `tdee`, eats around `intake` (day-to-day sd 300 kcal, logged
 * as eaten), body mass moves by the energy balance at 7,700 kcal/kg, and the scale adds sd 0.5 kg
 * of water/gut noise. Logs 90% of days, weighs in 85% of days.
 */
function simulate(seed: number, tdee: number, intake: number, days = 28) {
  const r = createRandom(seed);
  let mass = 70 + 30 * r.next();
  const start = "2026-02-01";
  const records = [];
  for (let d = 0; d < days; d++) {
    const eaten = intake + 300 * gauss(r);
    mass += (eaten - tdee) / 7700;
    records.push({
      date: addDays(start, d),
      intakeKcal: r.next() < 0.9 ? eaten : null,
      weightKg: r.next() < 0.85 ? mass + 0.5 * gauss(r) : null,
    });
  }
  return { records, today: addDays(start, days - 1) };
}

describe("adaptive expenditure recovers a known expenditure", () => {
  test("500 simulated clients: data-only error within its stated sd; mean absolute error < 150 kcal/day", () => {
    const errors: number[] = [];
    let inside = 0;
    for (let i = 0; i < 500; i++) {
      const r = createRandom(`tdee-${i}`);
      const tdee = 1800 + 1400 * r.next();
      const intake = tdee + (r.next() - 0.5) * 1200; // deficits and surpluses up to ±600
      const { records, today } = simulate(i, tdee, intake);
      // A deliberately wrong prior (+20%) must not drag the data estimate.
      const e = estimateExpenditure(records, today, tdee * 1.2);
      expect(e.dataKcal).not.toBeNull();
      const err = e.dataKcal! - tdee;
      errors.push(err);
      if (Math.abs(err) <= 2 * e.dataSdKcal!) inside++;
    }
    const mae = errors.reduce((s, x) => s + Math.abs(x), 0) / errors.length;
    const bias = errors.reduce((s, x) => s + x, 0) / errors.length;
    // Seeded, so deterministic: MAE 87 kcal/day, bias −1, 97% inside ±2 sd (Dec 2026 run).
    expect(mae).toBeLessThan(150);
    expect(Math.abs(bias)).toBeLessThan(30);
    // The stated uncertainty is honest: ~95% of errors inside ±2 sd.
    expect(inside / 500).toBeGreaterThan(0.9);
  });

  test("the combined estimate sits between data and prior, and is more certain than either", () => {
    const { records, today } = simulate(7, 2500, 2000);
    const e = estimateExpenditure(records, today, 2000);
    expect(e.sdKcal).toBeLessThan(e.dataSdKcal!);
    expect(e.sdKcal).toBeLessThan(0.15 * 2000);
    expect(e.kcal).toBeGreaterThan(Math.min(2000, e.dataKcal!));
    expect(e.kcal).toBeLessThan(Math.max(2000, e.dataKcal!));
    expect(e.reasons[0]!.ruleId).toBe("nutrition.expenditure.adaptive");
  });

  test("with too few logs it falls back to the formula and says so", () => {
    const { records, today } = simulate(3, 2500, 2000, 10);
    const e = estimateExpenditure(records, today, 2300);
    expect(e.dataKcal).toBeNull();
    expect(e.kcal).toBe(2300);
    expect(e.reasons[0]!.ruleId).toBe("nutrition.expenditure.insufficient");
  });

  test("an invalid record names its field", () => {
    expect(() => estimateExpenditure([{ date: "2026-02-30", weightKg: 80 }], "2026-03-01", 2000)).toThrow(
      /records\.0\.date/,
    );
  });
});
