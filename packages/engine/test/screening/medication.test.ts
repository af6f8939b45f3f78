import { generateSession, hrReadinessCaveat, reviewIntake } from "@spotter/engine";
import { describe, expect, test } from "vitest";
import { input } from "../fixtures/programming.ts";
import { NOW, screened } from "./fixtures.ts";

const onMeds = (
  kind: "beta_blocker" | "stimulant" | "other",
  change: "started" | "stopped" = "started",
  date = "2026-02-20",
) =>
  screened(
    { prescribedMedication: true, followUps: [{ category: "heart", anyYes: false }] },
    {
      medicationChanges: [{ kind, change, date, name: "x" }],
    },
  );

describe("medication changes", () => {
  test("a beta blocker puts a caveat on HR-based readiness", () => {
    expect(hrReadinessCaveat(onMeds("beta_blocker"), NOW)).toMatchObject({
      ruleId: "readiness.hr_medication_caveat",
      inputs: { medications: "beta_blocker" },
    });
    expect(hrReadinessCaveat(onMeds("stimulant"), NOW)?.ruleId).toBe("readiness.hr_medication_caveat");
  });

  test("a drug that does not alter HR, or a beta blocker stopped over 12 weeks ago, gives no caveat", () => {
    expect(hrReadinessCaveat(onMeds("other"), NOW)).toBeNull();
    expect(hrReadinessCaveat(onMeds("beta_blocker", "stopped", "2025-10-01"), NOW)).toBeNull();
    expect(hrReadinessCaveat(onMeds("beta_blocker", "stopped", "2026-02-20"), NOW)).not.toBeNull();
  });

  test("a long-standing beta blocker still caveats HR readiness but needs no new review", () => {
    const p = onMeds("beta_blocker", "started", "2024-01-01");
    expect(hrReadinessCaveat(p, NOW)).not.toBeNull();
    expect(reviewIntake(p, NOW).clearance).toEqual([]);
  });

  test("a recent change triggers a review item and the intake review carries the caveat", () => {
    const r = reviewIntake(onMeds("beta_blocker"), NOW);
    expect(r.reviews.map((f) => f.ruleId)).toEqual(["screening.medication_change", "readiness.hr_medication_caveat"]);
    expect(r.reviews.every((f) => f.severity === "review")).toBe(true);
    expect(r.clearance).toMatchObject([{ kind: "medication_review", see: "coach" }]);
  });

  test("a draft that reads HRV carries the caveat; without an HR reading it does not", () => {
    const client = onMeds("beta_blocker");
    const withHrv = generateSession(
      input({ today: { durationMinutes: 60, newPain: [], readiness: { hrvStatus: "within" } } }, undefined, client),
    );
    expect(withHrv.reasons.map((r) => r.ruleId)).toContain("readiness.hr_medication_caveat");
    const without = generateSession(input({}, undefined, client));
    expect(without.reasons.map((r) => r.ruleId)).not.toContain("readiness.hr_medication_caveat");
    // The unreviewed change gates vigorous work either way.
    expect(without.reasons.map((r) => r.ruleId)).toContain("screening.clearance_gate");
  });
});
