import { describe, expect, test } from "vitest";
import { evaluate } from "../../src/triage/evaluate.ts";
import { screenNote, TEXT_SCREEN_LIMITS } from "../../src/triage/text-screen.ts";
import { checkIn } from "../monitoring/fixtures.ts";
import corpus from "./text-screen-corpus.json" with { type: "json" };

/**
 * Precision and recall of the free-text screen on a labelled corpus written by the team: positives,
 * benign notes, negations and hypotheticals for disordered eating, compulsive exercise, self-harm
 * and distress. Two parts, reported separately because they answer different questions:
 *
 * - `tuning` (rounds 1-4): sentences the phrase lists were written against. High figures here only
 *   show the lists cover them and guard against regressions.
 * - `unseen` (round 5): sentences written after the lists were frozen and never used to change them.
 *   This is the honest estimate of how the screen does on new phrasings. Each round, written the
 *   same way, was first scored unseen before the lists were extended to it: "any flag" recall 0.10,
 *   0.20, 0.11 and 0.16 (round 5) at precision 0.50-1.00. Keyword lists generalise poorly, which is
 *   why a coach reads every note and the structured questions carry the screening.
 *
 * Labels: the kinds a coach should be alerted to. Self-harm rows carry `emotional_distress` and
 * `self_harm` (the screen files self-harm under distress and surfaces it even when negated).
 */

type Row = { text: string; labels: string[]; category: string; split: "tuning" | "unseen"; round: number };
const ROWS = corpus as Row[];
const CATEGORIES = ["disordered_eating", "compulsive_exercise", "emotional_distress", "self_harm"] as const;

function predicted(text: string): Set<string> {
  const positives = screenNote(text).positives;
  const out = new Set<string>(positives.map((h) => h.kind));
  if (positives.some((h) => h.selfHarm)) out.add("self_harm");
  return out;
}

type Score = { tp: number; fp: number; fn: number; precision: number; recall: number };
function score(rows: readonly Row[], label: string | null): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const p = predicted(r.text);
    const got = label === null ? p.size > 0 : p.has(label);
    const want = label === null ? r.labels.length > 0 : r.labels.includes(label);
    if (got && want) tp++;
    else if (got) fp++;
    else if (want) fn++;
  }
  return { tp, fp, fn, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1) };
}
const fmt = (s: Score) => `P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

describe("free-text screen corpus", () => {
  const tuning = ROWS.filter((r) => r.split === "tuning");
  const unseen = ROWS.filter((r) => r.split === "unseen");

  test(`the corpus has ≥ 200 labelled sentences of every category (${ROWS.length})`, () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(200);
    for (const c of ["positive", "negative", "negation", "hypothetical"]) {
      expect(ROWS.filter((r) => r.category === c).length).toBeGreaterThanOrEqual(30);
    }
    for (const k of CATEGORIES) expect(ROWS.filter((r) => r.labels.includes(k)).length).toBeGreaterThanOrEqual(15);
  });

  // The figures are part of the test names, so every run reports them.
  // Rounds 1-4 were read while writing the lists: these figures only guard against regressions.
  for (const k of [...CATEGORIES, null]) {
    const s = score(tuning, k);
    test(`tuning set, ${k ?? "any flag"}: ${fmt(s)}; both ≥ 0.9`, () => {
      expect(s.precision).toBeGreaterThanOrEqual(0.9);
      expect(s.recall).toBeGreaterThanOrEqual(0.9);
    });
  }

  // The unseen set is the honest figure and does not meet the 0.9 target: `test.fails` records the
  // target (it turns red, asking for the todo to be switched on, the day the screen meets it).
  for (const k of [...CATEGORIES, null]) {
    const s = score(unseen, k);
    test.fails(`unseen set, ${k ?? "any flag"}: ${fmt(s)}; target P and R ≥ 0.9 (not met)`, () => {
      expect(s.precision).toBeGreaterThanOrEqual(0.9);
      expect(s.recall).toBeGreaterThanOrEqual(0.9);
    });
  }

  test("unseen set floors, so a change that breaks the screen on new text is noticed", () => {
    const any = score(unseen, null);
    expect(any.precision).toBeGreaterThanOrEqual(0.4);
    expect(any.recall).toBeGreaterThanOrEqual(0.05);
  });

  test("negations and hypotheticals raise nothing (self-harm mentions aside)", () => {
    const quiet = ROWS.filter((r) => (r.category === "negation" || r.category === "hypothetical") && !r.labels.length);
    const flagged = quiet.filter((r) => predicted(r.text).size > 0).map((r) => r.text);
    expect(flagged.length / quiet.length).toBeLessThanOrEqual(0.05);
  });
});

describe("negation, hypotheticals and limits", () => {
  test.each([
    ["I don't skip meals to make up for anything", "disordered_eating", "negated"],
    ["What if I skipped dinner to make up for the cake?", "disordered_eating", "hypothetical"],
    ["Is it okay to train through a cold?", "compulsive_exercise", "hypothetical"],
    ["I never earn my food with cardio", "disordered_eating", "negated"],
  ] as const)("%s → %s hit is %s, not positive", (text, kind, how) => {
    const r = screenNote(text);
    const hit = r.hits.find((h) => h.kind === kind)!;
    expect(hit).toBeDefined();
    expect(hit[how]).toBe(true);
    expect(r.positives).toEqual([]);
  });

  test("the same cue stated as a report is positive", () => {
    expect(screenNote("I skipped dinner to make up for the cake").positives.map((h) => h.kind)).toEqual([
      "disordered_eating",
    ]);
    expect(screenNote("If I miss a workout I panic").positives.map((h) => h.kind)).toEqual(["compulsive_exercise"]);
  });

  test("a question about a symptom still counts: the client probably felt it", () => {
    expect(screenNote("Is it normal to feel dizzy after squats?").positives.map((h) => h.kind)).toEqual([
      "dizziness_fainting",
    ]);
  });

  test("every result carries the screen's limits, and free-text red flags show them to the coach", () => {
    const r = screenNote("all good today");
    expect(r.limits).toBe(TEXT_SCREEN_LIMITS);
    expect(r.limits).toMatchObject({ languages: ["en"], method: "keyword", diagnosis: false });
    const t = evaluate(
      { checkIns: [checkIn("2026-03-02", { note: "I have to earn my dinner with a run" })] },
      { date: "2026-03-02", now: "2026-03-02T06:00:00Z", responseHours: { red: 4, yellow: 24 } },
    );
    const s = t.signals.find((x) => x.kind === "disordered_eating")!;
    expect(s.source).toBe("free_text");
    expect(s.evidence.inputs.textScreen).toBe(TEXT_SCREEN_LIMITS.summary);
  });
});
