import { describe, expect, test } from "vitest";
import { type ClientProfile, reviewIntake, type Screening, segmentClient } from "../../src/index.ts";

const NOW = "2026-03-02T06:00:00Z";
const clearScreen: Screening = {
  heartCondition: false,
  chestPainActivity: false,
  dizzinessOrFainting: false,
  diagnosedChronicCondition: false,
  prescribedMedication: false,
  boneJointProblem: false,
  medicallySupervisedOnly: false,
  conditions: [],
};

function profile(over: Partial<ClientProfile> = {}): ClientProfile {
  return {
    goals: { primary: "strength", secondary: [] },
    trainingAgeMonths: 60,
    birthYear: 1990,
    injuries: [],
    locations: [{ id: "gym", name: "Gym", equipment: ["barbell", "squat_rack", "bench"] }],
    defaultLocationId: "gym",
    schedule: { daysPerWeek: 4, sessionMinutes: 60, preferredDays: [] },
    preferences: { likes: [], dislikes: [] },
    baselines: { repMaxes: [], fieldTests: [] },
    units: "kg",
    screening: clearScreen,
    ...over,
  };
}

describe("segmentation", () => {
  test("an experienced, cleared adult is low risk, high autonomy, AI-led self-guided", () => {
    const s = segmentClient(profile(), NOW);
    expect(s).toMatchObject({
      risk: "low",
      experience: "advanced",
      autonomy: "high",
      suggestedModel: "ai_led_self_guided",
      age: 36,
    });
    expect(s.reasons.map((r) => r.ruleId)).toContain("segment.model.ai_led_self_guided");
  });

  test("a PAR-Q heart 'yes' makes risk high and keeps a human in the loop", () => {
    const s = segmentClient(profile({ screening: { ...clearScreen, heartCondition: true } }), NOW);
    expect(s).toMatchObject({ risk: "high", autonomy: "low", suggestedModel: "human_in_loop_premium" });
    expect(s.reasons.map((r) => r.ruleId)).toContain("segment.risk.parq.heartCondition");
  });

  test("a high-risk novice gets full-service concierge; a novice at low risk assisted hybrid", () => {
    const novice = { trainingAgeMonths: 2 };
    expect(
      segmentClient(profile({ ...novice, screening: { ...clearScreen, dizzinessOrFainting: true } }), NOW)
        .suggestedModel,
    ).toBe("full_service_concierge");
    expect(segmentClient(profile(novice), NOW)).toMatchObject({
      experience: "novice",
      suggestedModel: "assisted_hybrid",
    });
  });

  test("moderate risk (medication, older adult, missing screening) → AI-first with human escalation", () => {
    const s = segmentClient(profile({ birthYear: 1955 }), NOW);
    expect(s).toMatchObject({ risk: "moderate", age: 71, suggestedModel: "ai_first_human_escalation" });
    const { screening: _omit, ...noScreen } = profile();
    expect(segmentClient(noScreen, NOW).reasons.map((r) => r.ruleId)).toContain("segment.risk.no_screening");
  });
});

describe("intake review", () => {
  test("lists PAR-Q yes answers as red flags and blocks programming until cleared", () => {
    const r = reviewIntake(
      profile({ screening: { ...clearScreen, chestPainActivity: true, prescribedMedication: true } }),
      NOW,
    );
    expect(r.redFlags.map((f) => f.ruleId)).toEqual([
      "intake.parq.chestPainActivity",
      "intake.parq.prescribedMedication",
    ]);
    expect(r.readyForProgramming).toBe(false);
  });

  test("severe injury with 6 days a week, and an injury with bone/joint answered no, are contradictions", () => {
    const r = reviewIntake(
      profile({
        schedule: { daysPerWeek: 6, sessionMinutes: 60, preferredDays: [] },
        injuries: [{ region: "knee", severity: 8, aggravatingMovements: [], status: "active" }],
      }),
      NOW,
    );
    expect(r.contradictions.map((c) => c.ruleId).sort()).toEqual([
      "intake.contradiction.bone_joint",
      "intake.contradiction.severe_injury_high_frequency",
    ]);
    expect(r.redFlags.map((f) => f.ruleId)).toContain("intake.severe_injury");
  });

  test("conditions mentioning blood pressure contradict a 'no' heart answer; low BMI with fat loss is flagged", () => {
    const r = reviewIntake(
      profile({
        goals: { primary: "fat_loss", secondary: [] },
        bodyMassKg: 48,
        heightCm: 170,
        screening: { ...clearScreen, conditions: ["high blood pressure"] },
      }),
      NOW,
    );
    const ids = [...r.contradictions, ...r.redFlags].map((f) => f.ruleId);
    expect(ids).toContain("intake.contradiction.heart");
    expect(ids).toContain("intake.contradiction.low_bmi_fat_loss");
    expect(ids).toContain("intake.low_bmi");
  });

  test("a clean intake is ready for programming", () => {
    const r = reviewIntake(profile(), NOW);
    expect(r).toMatchObject({ redFlags: [], contradictions: [], readyForProgramming: true });
  });
});
