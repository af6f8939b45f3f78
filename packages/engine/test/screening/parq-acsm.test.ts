import {
  ACSM_TABLE,
  acsmDecision,
  type ClearanceRecord,
  clearanceRequirements,
  openClearance,
  parqDecision,
  type Screening,
} from "@spotter/engine";
import { describe, expect, test } from "vitest";
import { NO, NOW, screened } from "./fixtures.ts";

describe("PAR-Q+ decision (Warburton et al., PAR-Q+ Collaboration 2021/2023)", () => {
  const cases: [string, Partial<Screening>, string, string | null, string | null][] = [
    // name, answers, outcome, scope, whom to see
    ["no to all seven", {}, "cleared", null, null],
    ["heart condition, follow-ups not done", { heartCondition: true }, "follow_up_needed", "vigorous", "physician"],
    [
      "bone/joint, follow-ups not done",
      { boneJointProblem: true },
      "follow_up_needed",
      "vigorous",
      "qualified_exercise_professional",
    ],
    [
      "chronic condition, every follow-up no",
      { diagnosedChronicCondition: true, followUps: [{ category: "metabolic", anyYes: false }] },
      "cleared",
      null,
      null,
    ],
    [
      "medication, a follow-up yes",
      { prescribedMedication: true, followUps: [{ category: "high_blood_pressure", anyYes: true }] },
      "further_information",
      "any",
      "qualified_exercise_professional",
    ],
    [
      "chest pain, a follow-up yes",
      { chestPainActivity: true, followUps: [{ category: "heart", anyYes: true }] },
      "further_information",
      "any",
      "physician",
    ],
    ["medically supervised only", { medicallySupervisedOnly: true }, "medical_supervision", "any", "physician"],
  ];
  test.each(cases)("%s", (_name, answers, outcome, scope, see) => {
    const r = parqDecision({ ...NO, ...answers });
    expect(r.outcome).toBe(outcome);
    expect(r.requirement?.scope ?? null).toBe(scope);
    expect(r.requirement?.see ?? null).toBe(see);
    expect(r.reasons.length).toBeGreaterThan(0);
  });
});

describe("ACSM pre-participation algorithm (Riebe et al. 2015, Med Sci Sports Exerc)", () => {
  const cases: [boolean, Partial<Screening>, string, string | null][] = [
    // exercising, answers, status, clearance scope
    [false, {}, "none", null],
    [false, { knownCmrDisease: true }, "disease", "any"],
    [false, { dizzinessOrFainting: true }, "symptoms", "any"],
    [false, { conditions: ["type 2 diabetes"] }, "disease", "any"],
    [false, { conditions: ["high blood pressure"] }, "none", null],
    [true, {}, "none", null],
    [true, { knownCmrDisease: true }, "disease", "vigorous"],
    [true, { heartCondition: true }, "disease", "vigorous"],
    [true, { heartCondition: true, knownCmrDisease: false }, "none", null],
    [true, { chestPainActivity: true }, "symptoms", "any"],
  ];
  test.each(cases)("exercising %s with %o → %s, clearance %s", (exercising, answers, status, scope) => {
    const r = acsmDecision({ ...NO, currentlyExercising: exercising, ...answers }, 0);
    expect(r).toMatchObject({ exercising, status, clearance: scope });
    expect(r.reason.ruleId).toBe(`screening.acsm.${exercising ? "active" : "inactive"}.${status}`);
  });

  test("the table covers each activity × status once", () => {
    expect(new Set(ACSM_TABLE.map((r) => `${r.exercising}:${r.status}`)).size).toBe(6);
  });

  test("current exerciser read from the training age when not answered (≥ 3 months)", () => {
    expect(acsmDecision(NO, 2).exercising).toBe(false);
    expect(acsmDecision(NO, 3).exercising).toBe(true);
  });
});

describe("clearance requirements and records", () => {
  const record = (over: Partial<ClearanceRecord> = {}): ClearanceRecord => ({
    kind: "medical",
    clearedBy: "Dr A. Jones, GP",
    recordedBy: "coach-1",
    date: "2026-02-20",
    restrictions: [],
    vigorousAllowed: true,
    ...over,
  });

  test("a heart condition in a sedentary client needs a physician before any exercise", () => {
    const p = screened({ heartCondition: true, currentlyExercising: false });
    expect(clearanceRequirements(p, NOW)).toMatchObject([{ kind: "medical", see: "physician", scope: "any" }]);
  });

  test("a sedentary 66-year-old with a clean screen needs a professional before vigorous work (PAR-Q+ > 45)", () => {
    const p = screened({}, { birthYear: 1960, trainingAgeMonths: 0 });
    const [req] = clearanceRequirements(p, NOW);
    expect(req).toMatchObject({ kind: "medical", see: "qualified_exercise_professional", scope: "vigorous" });
    expect(req!.reasons.map((r) => r.ruleId)).toContain("screening.parq.age_vigorous");
  });

  test("a trained 50-year-old with a clean screen needs nothing", () => {
    expect(clearanceRequirements(screened({}, { birthYear: 1976, trainingAgeMonths: 40 }), NOW)).toEqual([]);
  });

  test("no screening on file creates no requirement (the intake review notes it)", () => {
    expect(clearanceRequirements(screened({}, { screening: undefined }), NOW)).toEqual([]);
  });

  test("a recorded clearance lifts it; a future, stale (> 12 months) or other-kind record does not", () => {
    const base = screened({ chestPainActivity: true });
    expect(openClearance({ ...base, clearances: [record()] }, NOW)).toEqual([]);
    expect(openClearance({ ...base, clearances: [record({ date: "2026-03-10" })] }, NOW)).toHaveLength(1);
    expect(openClearance({ ...base, clearances: [record({ date: "2025-02-01" })] }, NOW)).toHaveLength(1);
    expect(openClearance({ ...base, clearances: [record({ kind: "pregnancy" })] }, NOW)).toHaveLength(1);
  });

  test("a clearance for light-to-moderate work only leaves the vigorous gate open, with who cleared", () => {
    const p = {
      ...screened({ chestPainActivity: true }),
      clearances: [record({ vigorousAllowed: false, restrictions: ["no max testing"] })],
    };
    const [req] = openClearance(p, NOW);
    expect(req?.scope).toBe("vigorous");
    expect(req!.reasons.at(-1)).toMatchObject({
      ruleId: "screening.cleared_moderate_only",
      inputs: { clearedBy: "Dr A. Jones, GP", recordedBy: "coach-1", date: "2026-02-20" },
    });
  });

  test("pregnancy needs an obstetric care provider before any exercise; postpartum < 12 weeks before vigorous", () => {
    expect(clearanceRequirements(screened({}, { pregnancy: { status: "pregnant" } }), NOW)).toMatchObject([
      { kind: "pregnancy", see: "obstetric_care_provider", scope: "any" },
    ]);
    const eightWeeks = screened({}, { pregnancy: { status: "postpartum", deliveryDate: "2026-01-05" } });
    expect(clearanceRequirements(eightWeeks, NOW)).toMatchObject([
      { kind: "postpartum", scope: "vigorous", reasons: [{ inputs: { weeksSinceDelivery: 8 } }] },
    ]);
    const sixMonths = screened({}, { pregnancy: { status: "postpartum", deliveryDate: "2025-09-01" } });
    expect(clearanceRequirements(sixMonths, NOW)).toEqual([]);
  });

  test("a recent medication change waits for a coach review dated on or after it", () => {
    const p = screened(
      { prescribedMedication: true, followUps: [{ category: "heart", anyYes: false }] },
      {
        medicationChanges: [{ kind: "beta_blocker", change: "started", date: "2026-02-25", name: "bisoprolol" }],
      },
    );
    expect(openClearance(p, NOW)).toMatchObject([{ kind: "medication_review", see: "coach", scope: "vigorous" }]);
    const before = {
      kind: "medication_review" as const,
      clearedBy: "coach-1",
      recordedBy: "coach-1",
      restrictions: [],
      vigorousAllowed: true,
    };
    expect(openClearance({ ...p, clearances: [{ ...before, date: "2026-02-20" }] }, NOW)).toHaveLength(1);
    expect(openClearance({ ...p, clearances: [{ ...before, date: "2026-02-26" }] }, NOW)).toEqual([]);
  });
});
