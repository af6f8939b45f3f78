import { describe, expect, test } from "vitest";
import {
  type CheckIn,
  dailyPass,
  EXAMPLE_TIERS,
  evaluate,
  RED_FLAG_KINDS,
  type RedFlagItems,
  type RedFlagKind,
  screenText,
} from "../../src/index.ts";
import { checkIn, regularSessions, steadyCheckIns } from "../monitoring/fixtures.ts";

const TODAY = "2026-03-02";
const NOW = `${TODAY}T06:00:00Z`;
const HOURS = { yellow: 24, red: 2 };

function triage(today: CheckIn, extra: Partial<Parameters<typeof evaluate>[0]> = {}) {
  return evaluate({ checkIns: [today], ...extra }, { date: TODAY, now: NOW, responseHours: HOURS });
}

const STRUCTURED: [keyof RedFlagItems, RedFlagKind][] = [
  ["chestPain", "chest_pain"],
  ["dizzinessOrFainting", "dizziness_fainting"],
  ["neurologicalSymptoms", "neurological"],
  ["sharpPain", "sharp_pain"],
  ["disorderedEating", "disordered_eating"],
  ["compulsiveExercise", "compulsive_exercise"],
  ["emotionalDistress", "emotional_distress"],
];

describe("red flags from structured check-in items", () => {
  test.each(STRUCTURED)("%s → red %s with referral, 2 h due time, automation stopped", (item, kind) => {
    const r = triage(checkIn(TODAY, { redFlags: { [item]: true } }));
    expect(r.level).toBe("red");
    expect(r.automationAllowed).toBe(false);
    const s = r.signals.find((x) => x.kind === kind)!;
    expect(s).toMatchObject({ level: "red", source: "structured", dueAt: "2026-03-02T08:00:00.000Z" });
    expect(s.evidence.inputs[item]).toBe(true);
    expect(s.evidence.dates).toEqual([TODAY]);
    expect(s.referTo!.length).toBeGreaterThan(0);
    expect(s.message).toMatch(/may/);
    expect(s.message).toMatch(/does not diagnose/);
  });

  test("pain rated 7/10 or more is severe; sharp pain is red at any rating", () => {
    const severe = triage(checkIn(TODAY, { painReports: [{ region: "lower_back", severity: 7 }] }));
    expect(severe.signals.map((s) => s.kind)).toEqual(["severe_pain"]);
    expect(severe.signals[0]!.evidence).toMatchObject({
      inputs: { "painSeverity:lower_back": 7 },
      thresholds: { severePain: 7 },
    });
    const sharp = triage(checkIn(TODAY, { painReports: [{ region: "shoulder", severity: 3, sharp: true }] }));
    expect(sharp.signals.map((s) => s.kind)).toEqual(["sharp_pain"]);
    const mild = triage(checkIn(TODAY, { painReports: [{ region: "knee", severity: 6 }] }));
    expect(mild.level).toBe("green"); // 6/10 is yellow only through the monitoring rules (needs a snapshot)
  });

  test("severe pain logged against an exercise in a session is red too", () => {
    const r = evaluate(
      {
        checkIns: [],
        sessions: [
          {
            date: TODAY,
            planned: true,
            completed: true,
            exercises: [{ exerciseId: "deadlift", pain: [{ region: "lower_back", severity: 8 }] }],
          },
        ],
      },
      { date: TODAY, now: NOW, responseHours: HOURS },
    );
    expect(r.level).toBe("red");
    expect(r.signals[0]!.evidence.inputs["painSeverity:lower_back@deadlift"]).toBe(8);
  });

  test("SCOFF ≥ 2 and CET ≥ 15 raise eating and compulsive-exercise reds; below cut-off they do not", () => {
    const r = triage(checkIn(TODAY), { questionnaires: [{ date: TODAY, scoff: 2, cet: 15 }] });
    expect(r.signals.map((s) => s.kind).sort()).toEqual(["compulsive_exercise", "disordered_eating"]);
    expect(r.signals[0]!.source).toBe("questionnaire");
    expect(triage(checkIn(TODAY), { questionnaires: [{ date: TODAY, scoff: 1, cet: 14 }] }).level).toBe("green");
  });

  test("an unresolved red does not expire with age: 20 days later the client is still red", () => {
    const old = checkIn("2026-02-10", { redFlags: { neurologicalSymptoms: true } });
    const r = dailyPass({ checkIns: [old, checkIn(TODAY)], sessions: [] }, EXAMPLE_TIERS.hybrid, NOW);
    expect(r.level).toBe("red");
    expect(r.signals[0]!.evidence.dates).toEqual(["2026-02-10"]);
  });

  test("the server can evaluate the client's local date instead of the UTC date of now", () => {
    const late = checkIn(TODAY, { redFlags: { chestPain: true } });
    // 04:00 UTC on the 3rd is still the evening of the 2nd for a client in New York.
    const r = dailyPass({ checkIns: [late], sessions: [] }, EXAMPLE_TIERS.hybrid, "2026-03-03T04:00:00Z", {
      date: TODAY,
    });
    expect(r.date).toBe(TODAY);
    expect(r.readiness.score).not.toBeNull();
    expect(r.signals[0]!.dueAt).toBe("2026-03-03T08:00:00.000Z"); // hybrid red promise: 4 h from now
  });

  test("reds the coach already resolved do not come back; newer ones do", () => {
    const old = checkIn("2026-02-27", { redFlags: { chestPain: true } });
    const base = { date: TODAY, now: NOW, responseHours: HOURS };
    expect(evaluate({ checkIns: [old] }, base).level).toBe("red");
    expect(evaluate({ checkIns: [old] }, { ...base, redFlagsResolvedThrough: "2026-02-27" }).level).toBe("green");
    const fresh = checkIn(TODAY, { redFlags: { dizzinessOrFainting: true } });
    expect(
      evaluate({ checkIns: [old, fresh] }, { ...base, redFlagsResolvedThrough: "2026-02-27" }).signals.map(
        (s) => s.kind,
      ),
    ).toEqual(["dizziness_fainting"]);
  });
});

const TEXTS: [RedFlagKind, string][] = [
  ["chest_pain", "Felt a tightness in my chest during the intervals."],
  ["dizziness_fainting", "Got really lightheaded after deadlifts and nearly passed out"],
  ["neurological", "My left arm went numb and I had blurry vision for a bit"],
  ["severe_pain", "Back pain is 8/10 this morning"],
  ["sharp_pain", "Felt a sharp pain in my knee on the last rep"],
  ["disordered_eating", "I made myself sick after dinner again"],
  ["compulsive_exercise", "I feel guilty if I rest, so I did an extra session to burn it off"],
  ["emotional_distress", "Honestly I feel hopeless lately and can't cope"],
];

describe("free-text screen", () => {
  test.each(TEXTS)("%s from a note", (kind, note) => {
    const r = triage(checkIn(TODAY, { note }));
    const s = r.signals.find((x) => x.kind === kind)!;
    expect(s, `expected ${kind} from "${note}"`).toBeDefined();
    expect(s.level).toBe("red");
    expect(s.source).toBe("free_text");
    expect(s.evidence.quotes![0]).toContain("in:");
    expect(r.automationAllowed).toBe(false);
  });

  test.each([
    "No chest pain today, legs just tired.",
    "wasn't dizzy at all this time",
    "wasnt dizzy, didnt feel faint",
    "Didn't feel any numbness after the stretch",
    "no chest pain, dizziness or numbness",
    "I never made myself sick, eating is fine",
    "Pain is 3/10, much better",
    "There was a faint ache in my calf", // "faint" as an adjective is not fainting
  ])("negated or benign phrase does not trigger: %s", (note) => {
    expect(triage(checkIn(TODAY, { note })).level).toBe("green");
  });

  test("negation ends at a new clause: 'no chest pain, but felt dizzy' flags dizziness only", () => {
    const r = triage(checkIn(TODAY, { note: "No chest pain, but felt dizzy on the bike" }));
    expect(r.signals.map((s) => s.kind)).toEqual(["dizziness_fainting"]);
    expect(
      triage(checkIn(TODAY, { note: "No chest pain, felt dizzy on the bike" })).signals.map((s) => s.kind),
    ).toEqual(["dizziness_fainting"]);
  });

  test("pseudo-negation keeps the hit: 'not sure if it was chest pain'", () => {
    expect(triage(checkIn(TODAY, { note: "not sure if it was chest pain or heartburn" })).level).toBe("red");
  });

  test("any mention of self-harm is surfaced with an urgent referral, even when negated", () => {
    const r = triage(checkIn(TODAY, { note: "Rough week. I would never hurt myself but I feel low" }));
    const s = r.signals.find((x) => x.kind === "emotional_distress")!;
    expect(s.referTo![0]).toMatch(/crisis line or emergency services/);
  });

  test("screenText reports negated hits for transparency", () => {
    const hits = screenText("No chest pain. Felt dizzy.");
    expect(hits.map((h) => [h.kind, h.negated])).toEqual([
      ["chest_pain", true],
      ["dizziness_fainting", false],
    ]);
  });

  test("every red-flag kind has structured or free-text coverage", () => {
    const covered = new Set([...STRUCTURED.map(([, k]) => k), ...TEXTS.map(([k]) => k)]);
    expect([...covered].sort()).toEqual([...RED_FLAG_KINDS].sort());
  });
});

describe("a red blocks every proposal", () => {
  test("chest pain with low readiness and a scheduled progression: nothing is applied", () => {
    const r = dailyPass(
      {
        checkIns: [
          ...steadyCheckIns(TODAY, 60),
          checkIn(TODAY, { fatigue: 6, sleepHours: 5, soreness: 6, redFlags: { chestPain: true } }),
        ],
        sessions: regularSessions(TODAY, 60, { missedLast: 3 }),
        plan: { weeklySets: 40, progressions: [{ exerciseId: "back-squat", fromKg: 100, toKg: 102.5 }] },
      },
      EXAMPLE_TIERS.selfGuided,
      NOW,
    );
    expect(r.level).toBe("red");
    expect(r.automationAllowed).toBe(false);
    expect(r.signals[0]!.kind).toBe("chest_pain");
    expect(r.proposals.length).toBeGreaterThan(0);
    for (const p of r.proposals) {
      expect(p.decision).toBe("blocked");
      expect(p.reasons[0]!.ruleId).toBe("decision.blocked.red");
    }
    expect(r.proposals.some((p) => p.proposal.kind === "progression")).toBe(false);
  });
});
