/**
 * Readiness reads wearable HRV (ln rMSSD) and resting HR where the check-in has none, and says the
 * source in its drivers; a typed value always wins over the watch's.
 */
import { describe, expect, test } from "vitest";
import { buildCheckInSeries, dayIndex, readinessScore, type WearableDay } from "../../src/index.ts";
import { checkIn, daysBefore, steadyCheckIns } from "../monitoring/fixtures.ts";

const TODAY = "2026-03-02";

/** 59 days of watch readings before today: ln rMSSD 4.0 ± 0.05, resting HR 50 ± 1 (no randomness). */
function watch(days = 59): WearableDay[] {
  const out: WearableDay[] = [];
  for (let k = days; k >= 1; k--) {
    out.push({ date: daysBefore(TODAY, k), hrvLnRmssd: 4 + (k % 2 ? 0.05 : -0.05), source: "garmin_fit" });
    out.push({ date: daysBefore(TODAY, k), restingHr: 50 + (k % 2 ? 1 : -1), source: "garmin_fit" });
  }
  return out;
}

describe("wearable HRV and resting HR in readiness", () => {
  test("fill the series only where the check-in left them empty, remembering the source", () => {
    const end = dayIndex(TODAY);
    const s = buildCheckInSeries([checkIn(TODAY, { hrvLnRmssd: 4.2 })], end, 75, [
      { date: TODAY, hrvLnRmssd: 3.0, source: "garmin_fit" },
      { date: TODAY, restingHr: 61, source: "garmin_fit" },
      { date: daysBefore(TODAY, 1), hrvLnRmssd: 3.9, source: "garmin_fit" },
    ]);
    const i = s.length - 1;
    expect([s.hrv[i], s.hrvSource[i]]).toEqual([4.2, undefined]);
    expect([s.rhr[i], s.rhrSource[i]]).toEqual([61, "garmin_fit"]);
    // A day without a check-in still counts for the HRV 7-day mean.
    expect([s.hrv[i - 1], s.hrvSource[i - 1]]).toEqual([3.9, "garmin_fit"]);
  });

  test("a resting HR rise read from the watch is a driver that names its source", () => {
    const hist = [...steadyCheckIns(TODAY, 40), checkIn(TODAY)];
    const r = readinessScore(hist, {
      date: TODAY,
      wearables: [...watch(), { date: TODAY, restingHr: 58, source: "garmin_fit" }],
    });
    const rhr = r.drivers.find((d) => d.item === "restingHr");
    expect(rhr).toMatchObject({ value: 58, source: "garmin_fit", effect: "negative" });
    expect(rhr?.message).toBe(
      "Resting HR 58 bpm (from garmin_fit) is 8 bpm above your usual; that may point to fatigue or illness.",
    );
    expect(r.baselineStatus.restingHr.ready).toBe(true);
  });

  test("an HRV drop in the watch's readings is a driver that says they are included", () => {
    const low: WearableDay[] = [];
    for (let k = 6; k >= 0; k--) low.push({ date: daysBefore(TODAY, k), hrvLnRmssd: 3.5, source: "garmin_fit" });
    const hist = [...steadyCheckIns(TODAY, 40), checkIn(TODAY)];
    const r = readinessScore(hist, {
      date: TODAY,
      wearables: [...watch().filter((w) => w.date < daysBefore(TODAY, 6)), ...low],
    });
    const hrv = r.drivers.find((d) => d.item === "hrv");
    expect(hrv).toMatchObject({ effect: "negative", source: "garmin_fit" });
    expect(hrv?.message).toMatch(/below your normal band .* \(ln rMSSD\)\. Includes readings from garmin_fit\.$/);
    expect(r.baselineStatus.hrv.ready).toBe(true);
  });

  test("typed values alone give no source", () => {
    const hist = [...steadyCheckIns(TODAY, 40), checkIn(TODAY, { restingHr: 80 })];
    const r = readinessScore(hist, { date: TODAY, wearables: [] });
    expect(r.drivers.every((d) => d.source === undefined)).toBe(true);
  });
});
