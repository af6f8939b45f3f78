/** Intake adherence as a monitoring signal: the numbers, and the yellow signal with its reasons. */
import { describe, expect, it } from "vitest";
import { addDays, computeMonitoring, dayIndex, intakeAdherence, monitoringSignals } from "../../src/index.ts";

const TODAY = "2026-03-14";
const logs = (kcals: number[]) => kcals.map((kcal, i) => ({ date: addDays(TODAY, -(kcals.length - 1) + i), kcal }));

describe("intake adherence", () => {
  it("counts logged days within ±10% of the target over 14 days, with the mean signed deviation", () => {
    const a = intakeAdherence(logs([2000, 2100, 1700, 2500, 2050]), 2000, dayIndex(TODAY));
    expect(a.loggedDays).toBe(5);
    expect(a.withinBandDays).toBe(3);
    expect(a.rate).toBeCloseTo(0.6, 9);
    // (0 + 5 − 15 + 25 + 2.5) / 5 = 3.5
    expect(a.meanDeviationPct).toBe(3.5);
    expect(a.offDates).toEqual([addDays(TODAY, -2), addDays(TODAY, -1)]);
    expect(a.window).toEqual({ from: addDays(TODAY, -13), to: TODAY });
  });

  it("ignores days outside the window and is empty without a target", () => {
    const a = intakeAdherence([{ date: addDays(TODAY, -14), kcal: 900 }, ...logs([2000])], 2000, dayIndex(TODAY));
    expect(a.loggedDays).toBe(1);
    expect(intakeAdherence(logs([2000]), null, dayIndex(TODAY)).rate).toBeNull();
  });

  it("raises a yellow signal with reasons when most of ≥ 7 logged days are off target, none below 7 logs", () => {
    const under = logs([1400, 1500, 1450, 2000, 1300, 1500, 1400, 1450]);
    const m = computeMonitoring({ checkIns: [], sessions: [], intake: under, intakeTargetKcal: 2000 }, TODAY);
    const s = monitoringSignals(m).find((x) => x.kind === "intake_off_target");
    expect(s?.level).toBe("yellow");
    expect(s?.ruleId).toBe("nutrition.intake.below_target");
    expect(s?.evidence.inputs).toMatchObject({ loggedDays: 8, withinBandDays: 1, targetKcal: 2000 });
    expect(s?.message).toContain("1 of 8 logged days");
    const few = computeMonitoring(
      { checkIns: [], sessions: [], intake: under.slice(0, 6), intakeTargetKcal: 2000 },
      TODAY,
    );
    expect(monitoringSignals(few).some((x) => x.kind === "intake_off_target")).toBe(false);
    const none = computeMonitoring({ checkIns: [], sessions: [] }, TODAY);
    expect(monitoringSignals(none).some((x) => x.kind === "intake_off_target")).toBe(false);
  });
});
