import { describe, expect, test } from "vitest";
import { type CheckIn, computeMonitoring, dailyPass, EXAMPLE_TIERS } from "../../src/index.ts";
import { persistence } from "../../src/monitoring/persistence.ts";
import { checkIn, daysBefore, steadyCheckIns } from "./fixtures.ts";

const TODAY = "2026-03-02";
const NOW = `${TODAY}T06:00:00Z`;
const RULE = { consecutive: 3, nOfM: { n: 4, m: 7 } };
const dates = (n: number) => Array.from({ length: n }, (_, k) => daysBefore(TODAY, n - 1 - k));

describe("persistence rules: streaks and n-of-m windows", () => {
  test("a streak meets the rule by itself", () => {
    const p = persistence([false, false, false, false, true, true, true], dates(7), RULE);
    expect(p).toMatchObject({ met: true, by: "consecutive", run: 3, count: 3 });
    expect(p.dates).toEqual(dates(3));
  });

  test("a missing day breaks the streak but not the window", () => {
    const p = persistence([true, true, null, true, false, true, false], dates(7), RULE);
    expect(p).toMatchObject({ met: true, by: "n_of_m", run: 0, count: 4 });
    expect(p.dates).toEqual([dates(7)[0], dates(7)[1], dates(7)[3], dates(7)[5]]);
  });

  test("fewer than n of m and no streak: not met; one more hit meets it", () => {
    const q = persistence([false, null, true, false, true, false, true], dates(7), RULE);
    expect(q).toMatchObject({ met: false, by: null, run: 1, count: 3 });
    const p = persistence([true, null, true, false, true, false, true], dates(7), RULE);
    expect(p).toMatchObject({ met: true, by: "n_of_m", run: 1, count: 4 });
  });

  test("hits older than the window do not count", () => {
    const p = persistence([true, true, true, true, false, false, false, false, false, false, false], dates(11), RULE);
    expect(p).toMatchObject({ met: false, count: 0 });
  });

  test("empty history is not met and has no dates", () => {
    expect(persistence([], [], RULE)).toEqual({ met: false, by: null, run: 0, count: 0, dates: [] });
  });
});

const BAD = { fatigue: 6, soreness: 5, stress: 5, sleepQuality: 6, mood: 5, sleepHours: 5.5 };

describe("persistence in the daily pass", () => {
  test("low readiness on 4 of the last 7 days with gaps is a yellow streak signal (window form)", () => {
    const hist = steadyCheckIns(TODAY, 40).filter((c) => c.date < daysBefore(TODAY, 6));
    // Low on days −6, −4, −2 and today; no check-in on −5, −3 and −1: never two days in a row.
    const recent: CheckIn[] = [6, 4, 2].map((ago) => checkIn(daysBefore(TODAY, ago), BAD));
    const r = dailyPass(
      { checkIns: [...hist, ...recent, checkIn(TODAY, BAD)], sessions: [] },
      EXAMPLE_TIERS.hybrid,
      NOW,
    );
    const s = r.signals.find((x) => x.kind === "readiness_streak")!;
    expect(s).toMatchObject({ level: "yellow", ruleId: "readiness.low_most_days" });
    expect(s.evidence.inputs).toMatchObject({ daysInARow: 1, daysInWindow: 4, windowDays: 7, by: "n_of_m" });
    expect(s.evidence.dates).toEqual([6, 4, 2, 0].map((ago) => daysBefore(TODAY, ago)));
  });

  test("three low days out of seven with gaps is not persistent", () => {
    const hist = steadyCheckIns(TODAY, 40).filter((c) => c.date < daysBefore(TODAY, 6));
    const recent: CheckIn[] = [5, 2].map((ago) => checkIn(daysBefore(TODAY, ago), BAD));
    const r = dailyPass(
      { checkIns: [...hist, ...recent, checkIn(TODAY, BAD)], sessions: [] },
      EXAMPLE_TIERS.hybrid,
      NOW,
    );
    expect(r.signals.some((x) => x.kind === "readiness_streak")).toBe(false);
  });

  test("Hooper staleness survives two missed check-ins (8 of 10 days), a gap of three does not", () => {
    const base = steadyCheckIns(TODAY, 40).filter((c) => c.date < daysBefore(TODAY, 9));
    const tired = (agos: number[]) => agos.map((ago) => checkIn(daysBefore(TODAY, ago), { fatigue: 6 }));
    const eight = [9, 8, 7, 5, 4, 3, 1, 0];
    const m = computeMonitoring({ checkIns: [...base, ...tired(eight)], sessions: [] }, TODAY);
    expect(m.soreness.staleness).toMatchObject({ item: "fatigue", days: 8, by: "n_of_m" });
    const seven = [9, 8, 7, 4, 3, 1, 0];
    const n = computeMonitoring({ checkIns: [...base, ...tired(seven)], sessions: [] }, TODAY);
    expect(n.soreness.staleness).toBeNull();
  });

  test("soreness high on 5 of the last 7 days without a streak is persistent soreness", () => {
    const base = steadyCheckIns(TODAY, 40).filter((c) => c.date < daysBefore(TODAY, 6));
    const sore = [6, 5, 3, 2, 0].map((ago) => checkIn(daysBefore(TODAY, ago), { soreness: 5 }));
    const m = computeMonitoring({ checkIns: [...base, ...sore], sessions: [] }, TODAY);
    expect(m.soreness.persistent).toMatchObject({ days: 5, run: 1, by: "n_of_m", mean: 5 });
  });
});
