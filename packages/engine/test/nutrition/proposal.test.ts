import { describe, expect, test } from "vitest";
import { decideProposal, EXAMPLE_TIERS, type ExpenditureEstimate, proposeTargetChange } from "../../src/index.ts";

// A fat-loss client whose scale has stalled: logs 27 of 28 days at ~2,300 kcal against a 2,300
// target, weight flat (0.0 %/week) while the plan is −0.5 %/week.
const stalled: ExpenditureEstimate = {
  kcal: 2300,
  sdKcal: 110,
  dataKcal: 2300,
  dataSdKcal: 120,
  kgPerWeek: 0,
  kgPerWeekSe: 0.05,
  meanIntakeKcal: 2310,
  weighIns: 26,
  intakeDays: 27,
  windowDays: 28,
  spanDays: 27,
  reasons: [],
};
const base = {
  date: "2026-03-01",
  sex: "male" as const,
  weightKg: 90,
  rmrKcal: 1850,
  goalPctPerWeek: -0.5,
  currentKcal: 2300,
  estimate: stalled,
  openFlags: [] as string[],
};

describe("target-change proposals", () => {
  test("a stalled, adherent client gets a bounded cut (≤ 200 kcal) with the diff and reasons", () => {
    const r = proposeTargetChange(base);
    expect(r.status).toBe("proposed");
    // Wanted 2300 − 0.005 × 90 × 7700 / 7 = 1805; the step caps it at 2300 − 200.
    expect(r.proposal?.diff).toEqual({ before: { energyKcal: 2300 }, after: { energyKcal: 2100 } });
    expect(r.proposal?.kind).toBe("nutrition_target");
    expect(r.reasons.map((x) => x.ruleId)).toEqual([
      "nutrition.proposal.trend_miss",
      "nutrition.proposal.bounded_step",
    ]);
  });

  test("the tier routes it: Premium → coach review, a tier that lists the kind → auto-apply at green", () => {
    const p = proposeTargetChange(base).proposal!;
    expect(decideProposal(p, EXAMPLE_TIERS.premium, "green").decision).toBe("pending_review");
    const allowing = { ...EXAMPLE_TIERS.selfGuided, autoApplyKinds: ["nutrition_target" as const] };
    expect(decideProposal(p, allowing, "green").decision).toBe("auto_apply");
    expect(decideProposal(p, allowing, "red").decision).toBe("blocked");
  });

  test("an open disordered-eating flag blocks every change, with the reason", () => {
    for (const flag of ["disordered_eating", "low_energy_availability", "rapid_weight_loss"]) {
      const r = proposeTargetChange({ ...base, openFlags: ["missed_sessions", flag] });
      expect(r.status).toBe("blocked");
      expect(r.proposal).toBeNull();
      expect(r.reasons[0]!.ruleId).toBe("nutrition.proposal.blocked.flag");
      expect(r.reasons[0]!.inputs.flags).toBe(flag);
    }
    // Also a raise (gaining too slowly) is blocked while the flag is open.
    const raise = proposeTargetChange({ ...base, goalPctPerWeek: 0.5, openFlags: ["disordered_eating"] });
    expect(raise.status).toBe("blocked");
  });

  test("the targets' own low-energy-availability warning blocks too", () => {
    expect(proposeTargetChange({ ...base, lowEnergyAvailability: true }).status).toBe("blocked");
  });

  test("no change with poor adherence, when on track, too early, or at the floor", () => {
    expect(proposeTargetChange({ ...base, estimate: { ...stalled, intakeDays: 15 } }).reasons[0]!.ruleId).toBe(
      "nutrition.proposal.adherence",
    );
    expect(proposeTargetChange({ ...base, estimate: { ...stalled, meanIntakeKcal: 2700 } }).reasons[0]!.ruleId).toBe(
      "nutrition.proposal.adherence",
    );
    expect(proposeTargetChange({ ...base, estimate: { ...stalled, kgPerWeek: -0.45 } }).status).toBe("none");
    expect(proposeTargetChange({ ...base, estimate: { ...stalled, spanDays: 13 } }).reasons[0]!.ruleId).toBe(
      "nutrition.proposal.too_early",
    );
    const atFloor = proposeTargetChange({
      ...base,
      currentKcal: 1500,
      estimate: { ...stalled, kcal: 1500, meanIntakeKcal: 1500 },
    });
    expect(atFloor.status).toBe("none");
  });

  test("never proposes below the minimum intake (women: 1200 kcal)", () => {
    const near = { ...base, sex: "female" as const, weightKg: 60, rmrKcal: 1300 };
    const r = proposeTargetChange({
      ...near,
      currentKcal: 1300,
      estimate: { ...stalled, kcal: 1300, meanIntakeKcal: 1300 },
    });
    // The 10% step would reach 1170; the floor holds it at 1200.
    expect(r.proposal?.diff.after).toEqual({ energyKcal: 1200 });
    const at = proposeTargetChange({
      ...near,
      currentKcal: 1200,
      estimate: { ...stalled, kcal: 1200, meanIntakeKcal: 1200 },
    });
    expect(at.status).toBe("none");
    expect(at.reasons.at(-1)!.ruleId).toBe("nutrition.proposal.at_bound");
  });

  test("a miss within two standard errors of the tolerance is the scale's noise, not a stall", () => {
    // −0.15 kg/week on 90 kg = −0.17 %/week: 0.33 %/week short of the plan.
    const slow = { ...stalled, kgPerWeek: -0.15 };
    const noisy = proposeTargetChange({ ...base, estimate: { ...slow, kgPerWeekSe: 0.2 } });
    expect(noisy.status).toBe("none");
    expect(noisy.reasons[0]!.ruleId).toBe("nutrition.proposal.within_noise");
    expect(proposeTargetChange({ ...base, estimate: { ...slow, kgPerWeekSe: 0.03 } }).status).toBe("proposed");
  });
});
