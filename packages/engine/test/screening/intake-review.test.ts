import { type ClientProfile, reviewIntake } from "@spotter/engine";
import { describe, expect, test } from "vitest";
import { NOW, screened } from "./fixtures.ts";

const ids = (p: ClientProfile, confirmed: string[] = []) => {
  const r = reviewIntake(p, NOW, confirmed);
  return { r, all: [...r.redFlags, ...r.contradictions, ...r.reviews].map((f) => f.ruleId) };
};

describe("intake review: contradictions and implausible values for the coach to confirm", () => {
  const cases: [string, Partial<ClientProfile>, string][] = [
    [
      "0 months of training with a 140 kg squat",
      {
        trainingAgeMonths: 0,
        bodyMassKg: 80,
        baselines: {
          repMaxes: [{ exerciseId: "back-squat", loadKg: 140, reps: 1, date: "2026-02-01" }],
          fieldTests: [],
        },
      },
      "intake.contradiction.strength_vs_training_age",
    ],
    [
      "fat-loss goal at BMI 15.6",
      { goals: { primary: "fat_loss", secondary: [] }, bodyMassKg: 45, heightCm: 170 },
      "intake.contradiction.low_bmi_fat_loss",
    ],
    [
      "an injury dated in the future",
      { injuries: [{ region: "knee", severity: 2, aggravatingMovements: [], status: "active", since: "2026-04-01" }] },
      "intake.contradiction.injury_future",
    ],
    ["an event in the past", { eventDate: "2026-01-15" }, "intake.contradiction.event_past"],
    [
      "a rep max dated in the future",
      {
        baselines: { repMaxes: [{ exerciseId: "deadlift", loadKg: 100, reps: 5, date: "2026-05-01" }], fieldTests: [] },
      },
      "intake.contradiction.rep_max_future",
    ],
    [
      "a lift four times body mass (lb typed as kg)",
      {
        bodyMassKg: 60,
        baselines: { repMaxes: [{ exerciseId: "deadlift", loadKg: 250, reps: 1, date: "2026-02-01" }], fieldTests: [] },
      },
      "intake.implausible.lift",
    ],
    ["a BMI of 86 (height in inches?)", { bodyMassKg: 80, heightCm: 96.5 }, "intake.implausible.bmi"],
    ["an age of 126", { birthYear: 1900 }, "intake.implausible.age"],
    [
      "pregnancy for a male client",
      { sex: "male", pregnancy: { status: "pregnant" } },
      "intake.contradiction.pregnant_sex",
    ],
    [
      "a due date in the past",
      { pregnancy: { status: "pregnant", dueDate: "2026-02-01" } },
      "intake.contradiction.due_date_past",
    ],
    [
      "a delivery dated in the future",
      { pregnancy: { status: "postpartum", deliveryDate: "2026-04-01" } },
      "intake.contradiction.delivery_future",
    ],
    [
      "fat loss while pregnant",
      { goals: { primary: "fat_loss", secondary: [] }, pregnancy: { status: "pregnant" } },
      "intake.contradiction.pregnant_fat_loss",
    ],
    [
      "a medication change dated in the future",
      { medicationChanges: [{ kind: "other", change: "started", date: "2026-06-01" }] },
      "intake.contradiction.medication_future",
    ],
    [
      "a beta blocker with the medication question answered no",
      { medicationChanges: [{ kind: "beta_blocker", change: "started", date: "2025-06-01" }] },
      "intake.contradiction.medication_answer",
    ],
    [
      "a clearance dated in the future",
      {
        clearances: [
          {
            kind: "medical",
            clearedBy: "Dr C",
            recordedBy: "coach",
            date: "2026-04-01",
            restrictions: [],
            vigorousAllowed: true,
          },
        ],
      },
      "intake.contradiction.clearance_future",
    ],
  ];
  test.each(cases)("%s", (_name, over, ruleId) => {
    const { r, all } = ids(screened({}, over));
    expect(all).toContain(ruleId);
    const finding = r.contradictions.find((c) => c.ruleId === ruleId)!;
    expect(finding.severity).toBe("contradiction");
    expect(finding.message.length).toBeGreaterThan(10);
    expect(r.readyForProgramming).toBe(false);
  });

  test("plausible values raise none of these (12 months, 100 kg squat at 80 kg)", () => {
    const { r } = ids(
      screened(
        {},
        {
          trainingAgeMonths: 12,
          bodyMassKg: 80,
          heightCm: 180,
          eventDate: "2026-06-01",
          baselines: {
            repMaxes: [{ exerciseId: "back-squat", loadKg: 100, reps: 5, date: "2026-02-01" }],
            fieldTests: [],
          },
        },
      ),
    );
    expect(r.contradictions).toEqual([]);
    expect(r.readyForProgramming).toBe(true);
  });

  test("a contradiction the coach confirmed no longer blocks the first program", () => {
    const p = screened({}, { eventDate: "2026-01-15" });
    expect(reviewIntake(p, NOW).readyForProgramming).toBe(false);
    expect(reviewIntake(p, NOW, ["intake.contradiction.event_past"]).readyForProgramming).toBe(true);
  });

  test("a PAR-Q+ yes blocks until the medical clearance is recorded, and lists whom to see", () => {
    const p = screened({ chestPainActivity: true });
    const before = reviewIntake(p, NOW);
    expect(before.readyForProgramming).toBe(false);
    expect(before.clearance).toMatchObject([{ kind: "medical", see: "physician", scope: "any" }]);
    const cleared = reviewIntake(
      {
        ...p,
        clearances: [
          {
            kind: "medical",
            clearedBy: "Dr D",
            recordedBy: "coach",
            date: "2026-02-28",
            restrictions: [],
            vigorousAllowed: true,
          },
        ],
      },
      NOW,
    );
    expect(cleared.clearance).toEqual([]);
    expect(cleared.readyForProgramming).toBe(true);
  });
});
