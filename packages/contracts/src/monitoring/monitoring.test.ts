import { dailyPass, EXAMPLE_TIERS } from "@spotter/engine";
import { describe, expect, test } from "vitest";
import {
  checkInSchema,
  proposalDecisionRequestSchema,
  proposalSchema,
  readinessSchema,
  resolveRedFlagRequestSchema,
  serviceTierSchema,
  triageSignalSchema,
} from "./index.ts";

const good = { date: "2026-03-02", sleepHours: 7.5, sleepQuality: 2, fatigue: 3, soreness: 2, stress: 2, mood: 2 };

function fieldErrors(r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (r.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("check-in schema", () => {
  test("accepts a full check-in", () => {
    const r = checkInSchema.safeParse({
      ...good,
      hrvLnRmssd: 4.1,
      restingHr: 54,
      painReports: [{ region: "knee", severity: 3, sharp: false }],
      redFlags: { chestPain: false },
      note: "fine",
    });
    expect(r.success).toBe(true);
  });

  test("out-of-range and wrong-type fields give errors naming each field", () => {
    const r = checkInSchema.safeParse({
      ...good,
      date: "2026-02-30",
      fatigue: 8,
      mood: 2.5,
      sleepHours: -1,
      painReports: [{ region: "toe", severity: 11 }],
    });
    expect(r.success).toBe(false);
    const errs = fieldErrors(r);
    for (const path of ["date", "fatigue", "mood", "sleepHours", "painReports.0.region", "painReports.0.severity"]) {
      expect(
        errs.some((e) => e.startsWith(`${path}:`)),
        `${path} in ${errs.join(" | ")}`,
      ).toBe(true);
    }
    expect(errs.find((e) => e.startsWith("fatigue:"))).toMatch(/at most 7/);
  });

  test("unknown fields and unknown red-flag items are rejected, not dropped", () => {
    expect(fieldErrors(checkInSchema.safeParse({ ...good, energy: 5 }))[0]).toMatch(/energy|Unrecognized/);
    expect(checkInSchema.safeParse({ ...good, redFlags: { heartAttack: true } }).success).toBe(false);
    const { mood: _m, ...missing } = good;
    expect(fieldErrors(checkInSchema.safeParse(missing))[0]).toMatch(/^mood:/);
  });
});

describe("service tier schema", () => {
  test("the engine's example tiers are valid", () => {
    for (const t of Object.values(EXAMPLE_TIERS)) expect(serviceTierSchema.safeParse(t).success).toBe(true);
  });

  test("a red promise slower than yellow, duplicate kinds and bad currency are field errors", () => {
    const r = serviceTierSchema.safeParse({
      ...EXAMPLE_TIERS.hybrid,
      price: { amountMinor: 100, currency: "eur", period: "month" },
      responseHours: { yellow: 4, red: 24 },
      autoApplyKinds: ["progression", "progression"],
    });
    const errs = fieldErrors(r);
    expect(errs.some((e) => e.startsWith("price.currency:"))).toBe(true);
    expect(errs.some((e) => e.startsWith("responseHours.red:"))).toBe(true);
    expect(errs.some((e) => e.startsWith("autoApplyKinds:"))).toBe(true);
  });
});

describe("decision and resolution requests", () => {
  test("approve needs no reason; edit and reject do", () => {
    expect(proposalDecisionRequestSchema.safeParse({ action: "approve" }).success).toBe(true);
    expect(fieldErrors(proposalDecisionRequestSchema.safeParse({ action: "reject", reason: " " }))[0]).toMatch(
      /^reason:/,
    );
    expect(proposalDecisionRequestSchema.safeParse({ action: "edit", after: {}, reason: "x" }).success).toBe(false);
    expect(
      proposalDecisionRequestSchema.safeParse({ action: "edit", after: { loadKg: 101 }, reason: "smaller jump" })
        .success,
    ).toBe(true);
  });

  test("resolving a red requires an outcome and a note; a referral names whom", () => {
    expect(resolveRedFlagRequestSchema.safeParse({ outcome: "plan_changed", note: "removed deadlifts" }).success).toBe(
      true,
    );
    expect(fieldErrors(resolveRedFlagRequestSchema.safeParse({ outcome: "referred", note: "called" }))).toEqual([
      "referredTo: say whom the client was referred to",
    ]);
    expect(resolveRedFlagRequestSchema.safeParse({ outcome: "ignored", note: "x" }).success).toBe(false);
  });
});

describe("engine output matches the response schemas", () => {
  test("a daily pass with a red, a yellow and proposals parses", () => {
    const r = dailyPass(
      {
        checkIns: [
          { ...good, date: "2026-02-28" },
          { ...good, date: "2026-03-01", painReports: [{ region: "knee", severity: 5 }] },
          { ...good, note: "felt dizzy after squats", fatigue: 6, soreness: 6, stress: 6, mood: 5, sleepHours: 5 },
        ],
        sessions: [{ date: "2026-02-27", planned: true, completed: false }],
        plan: { weeklySets: 20 },
      },
      EXAMPLE_TIERS.hybrid,
      "2026-03-02T07:00:00Z",
    );
    expect(r.level).toBe("red");
    expect(r.proposals.length).toBeGreaterThan(0);
    for (const s of r.signals) expect(triageSignalSchema.parse(s)).toEqual(s);
    for (const p of r.proposals) expect(proposalSchema.parse(p.proposal)).toEqual(p.proposal);
    expect(readinessSchema.parse(r.readiness)).toEqual(r.readiness);
  });
});
