import { describe, expect, test } from "vitest";
import { readinessScore } from "../../src/index.ts";
import { checkIn, daysBefore, steadyCheckIns } from "../monitoring/fixtures.ts";

const TODAY = "2026-03-02";

describe("readiness score and baselines", () => {
  test("before baselines are ready the score uses absolute anchors and says what is missing", () => {
    const hist = [...steadyCheckIns(TODAY, 3), checkIn(TODAY)];
    const r = readinessScore(hist, { date: TODAY });
    expect(r.baselineStatus.wellness).toMatchObject({
      ready: false,
      days: 3,
      required: 7,
      message: "building baseline: 3 of 7 days",
    });
    expect(r.baselineStatus.hrv.message).toBe("building baseline: 0 of 28 days");
    expect(r.score).not.toBeNull();
    expect(r.drivers.every((d) => d.z === null)).toBe(true);
  });

  test("no check-in today → no score, band no_data", () => {
    const r = readinessScore(steadyCheckIns(TODAY, 30), { date: TODAY });
    expect(r).toMatchObject({ score: null, band: "no_data" });
  });

  test("a usual day scores high or normal; a bad day against the same baseline scores low with z-score drivers", () => {
    const hist = steadyCheckIns(TODAY, 40);
    const good = readinessScore([...hist, checkIn(TODAY)], { date: TODAY });
    expect(["high", "normal"]).toContain(good.band);
    const bad = readinessScore(
      [...hist, checkIn(TODAY, { fatigue: 6, soreness: 6, stress: 5, mood: 5, sleepQuality: 6, sleepHours: 5.5 })],
      { date: TODAY },
    );
    expect(bad.score!).toBeLessThan(good.score!);
    expect(["low", "very_low"]).toContain(bad.band);
    const fatigue = bad.drivers.find((d) => d.item === "fatigue")!;
    expect(fatigue.effect).toBe("negative");
    expect(fatigue.z!).toBeLessThan(-2);
    expect(fatigue.baseline).toBeCloseTo(2.32, 1);
  });

  test("resting HR ≥ 5 bpm above the 28-day mean is a negative driver", () => {
    const hist = steadyCheckIns(TODAY, 40, { hrv: true });
    const r = readinessScore([...hist, checkIn(TODAY, { restingHr: 62, hrvLnRmssd: 4.2 })], { date: TODAY });
    const d = r.drivers.find((x) => x.item === "restingHr")!;
    expect(d).toMatchObject({ value: 62, baseline: 55, effect: "negative" });
  });

  test("a re-submitted check-in for the same day replaces the first", () => {
    const hist = steadyCheckIns(TODAY, 20);
    const a = readinessScore([...hist, checkIn(TODAY, { fatigue: 7 }), checkIn(TODAY)], { date: TODAY });
    const b = readinessScore([...hist, checkIn(TODAY)], { date: TODAY });
    expect(a.score).toBe(b.score);
    expect(daysBefore(TODAY, 1)).toBe("2026-03-01");
  });
});
