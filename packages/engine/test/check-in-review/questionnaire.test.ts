import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkResponses,
  DEFAULT_QUESTIONS,
  minorChangeFor,
  type Question,
  summarizeWeek,
  type WeekInput,
} from "../../src/index.ts";

const questions: Question[] = [
  ...DEFAULT_QUESTIONS,
  {
    id: "q-motivation",
    kind: "scale",
    prompt: "Motivation",
    required: true,
    min: 0,
    max: 10,
    minLabel: "None",
    maxLabel: "Max",
  },
  { id: "q-travel", kind: "choice", prompt: "Travelling?", required: false, options: ["No", "Yes"] },
];

describe("checkResponses", () => {
  it("accepts in-range answers, keeps the core scales for the summary and joins free text", () => {
    const r = checkResponses(questions, {
      energy: 4,
      sleep: 3,
      stress: 2,
      adherenceConfidence: 5,
      note: "  Good week ",
      "q-motivation": 7,
      "q-travel": "Yes",
    });
    expect(r).toEqual({
      ok: true,
      responses: {
        energy: 4,
        sleep: 3,
        stress: 2,
        adherenceConfidence: 5,
        note: "Good week",
        "q-motivation": 7,
        "q-travel": "Yes",
      },
      answers: { energy: 4, sleep: 3, stress: 2, adherenceConfidence: 5 },
      text: "Good week",
    });
  });

  it("names each question that is missing, out of range, not an option or unknown", () => {
    const r = checkResponses(questions, { energy: 6, sleep: 2.5, stress: 3, "q-travel": "Maybe", extra: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.questionId).sort()).toEqual(
      ["adherenceConfidence", "energy", "extra", "q-motivation", "q-travel", "sleep"].sort(),
    );
  });

  it("summarises from data only when the core scales are not all asked", () => {
    const r = checkResponses([questions[5] as Question], { "q-motivation": 3 });
    expect(r.ok && r.answers).toBeNull();
  });

  it("property: any value inside a scale's range passes, any outside fails", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: -20, max: 20 }),
        (min, span, v) => {
          const q: Question = {
            id: "s",
            kind: "scale",
            prompt: "S",
            required: true,
            min,
            max: min + span,
            minLabel: "",
            maxLabel: "",
          };
          expect(checkResponses([q], { s: v }).ok).toBe(v >= min && v <= min + span);
        },
      ),
    );
  });
});

const week: WeekInput = {
  weekStart: "2026-11-23",
  sessionsPlanned: 3,
  sessionsDone: 3,
  loadThisWeek: 1500,
  loadPreviousWeek: 1450,
  readiness: [],
  weightsKg: [],
  weightGoal: "none",
  painReports: 0,
  openFlags: { red: 0, amber: 0 },
  answers: { energy: 4, sleep: 4, stress: 2, adherenceConfidence: 4 },
};
const NOW = "2026-12-01T10:00:00.000Z";

describe("minorChangeFor", () => {
  it("a tired week trims volume by a minor 10 %, never a major change", () => {
    const s = summarizeWeek({ ...week, answers: { energy: 1, sleep: 2, stress: 4, adherenceConfidence: 3 } }, NOW);
    const m = minorChangeFor(s, { date: "2026-12-01", weeklySets: 40 });
    expect(m.route).toBe("training");
    if (m.route !== "training") return;
    expect(m.proposal).toMatchObject({
      kind: "volume_change",
      major: false,
      id: "volume_change:2026-12-01:weekly-checkin",
    });
    expect(m.proposal.diff.after).toEqual({ weeklySets: 36, volumeChangePct: -10 });
    expect(m.proposal.reasons[0]?.ruleId).toBe("checkin.minor_change.volume");
  });

  it("missed sessions hold loads; a stalled weight alone goes to the nutrition check; a quiet week holds loads", () => {
    const missed = minorChangeFor(summarizeWeek({ ...week, sessionsDone: 1 }, NOW), { date: "2026-12-01" });
    expect(missed.route === "training" && missed.proposal.kind).toBe("load_hold");
    const stalled = minorChangeFor(
      summarizeWeek({ ...week, weightGoal: "lose", weightsKg: [80, 80, 80.1, 80, 80] }, NOW),
      { date: "2026-12-01" },
    );
    expect(stalled.route).toBe("nutrition");
    const quiet = minorChangeFor(summarizeWeek(week, NOW), { date: "2026-12-01" });
    expect(quiet.route === "training" && quiet.proposal.reasons[0]?.ruleId).toBe("checkin.minor_change.coach_choice");
  });
});
