import { describe, expect, test } from "vitest";
import { checkTargetChange, type ExpenditureEstimate } from "../../src/index.ts";

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
const input = {
  date: "2026-03-01",
  sex: "male" as const,
  weightKg: 90,
  rmrKcal: 1850,
  goalPctPerWeek: -0.5,
  currentKcal: 2300,
  estimate: stalled,
  openFlags: [] as string[],
};
const none = { openProposalDate: null, lastProposalDate: null, targetSince: null };

describe("the daily pass asks once per stall", () => {
  test("proposes when nothing holds it back", () => {
    const r = checkTargetChange(input, { ...none, targetSince: "2026-01-01" });
    expect(r.status).toBe("proposed");
    expect(r.held).toBe(false);
  });

  test("nothing new while a proposal waits for the coach", () => {
    const r = checkTargetChange(input, { ...none, openProposalDate: "2026-02-27", lastProposalDate: "2026-02-27" });
    expect(r).toMatchObject({ status: "none", proposal: null, held: true });
    expect(r.reasons[0]!.ruleId).toBe("nutrition.proposal.awaiting_review");
  });

  test("a target (or a decided or rejected proposal) holds 21 days before the next change", () => {
    const recent = checkTargetChange(input, { ...none, lastProposalDate: "2026-02-10" });
    expect(recent.status).toBe("none");
    expect(recent.reasons[0]).toMatchObject({ ruleId: "nutrition.proposal.cooldown", inputs: { heldDays: 19 } });
    expect(checkTargetChange(input, { ...none, targetSince: "2026-02-20" }).status).toBe("none");
    expect(checkTargetChange(input, { ...none, lastProposalDate: "2026-02-08" }).status).toBe("proposed");
  });

  test("an open disordered-eating flag blocks whatever the history, and says so", () => {
    // Open as a flag and raised again by today's signals: named once.
    const r = checkTargetChange({ ...input, openFlags: ["disordered_eating", "disordered_eating"] }, none);
    expect(r).toMatchObject({ status: "blocked", proposal: null, held: false });
    expect(r.reasons[0]!.message).toContain("while disordered eating is open");
  });
});
