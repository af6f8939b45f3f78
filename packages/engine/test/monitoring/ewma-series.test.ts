import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ewmaAcwr, ewmaSeries } from "../../src/index.ts";

describe("ewmaSeries", () => {
  it("ends where the ratio's EWMA ends (the golden: 28 days × 100 AU then 7 × 150 AU)", () => {
    const loads = [...Array(28).fill(100), ...Array(7).fill(150)];
    const s = ewmaSeries(loads);
    expect(s.acute).toHaveLength(35);
    expect(s.acute[34]).toBeCloseTo(143.326, 3);
    expect(s.chronic[34]).toBeCloseTo(119.68, 3);
  });

  it("is ewmaAcwr day by day, for any loads", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 60 }), (loads) => {
        const s = ewmaSeries(loads);
        for (let i = 0; i < loads.length; i++) {
          const r = ewmaAcwr(loads.slice(0, i + 1));
          expect(s.acute[i]).toBeCloseTo(r.acute, 9);
          expect(s.chronic[i]).toBeCloseTo(r.chronic, 9);
        }
      }),
      { numRuns: 100 },
    );
  });
});
