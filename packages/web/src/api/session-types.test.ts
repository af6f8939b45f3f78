import { describe, expect, it } from "vitest";
import { allItems, normalizeSession, prescription } from "./session-types.ts";

const item = {
  id: "main-0",
  exerciseId: "back-squat",
  name: "Back Squat",
  sets: 3,
  reps: 5,
  load: 100,
  unit: "kg",
  effort: { scale: "rpe", value: 8 },
  restSeconds: 180,
  tempo: "3-1-1-0",
  cues: ["Brace", "Sit between the hips"],
  alternatives: ["goblet-squat", "box-squat"],
  reasons: [{ ruleId: "select.slot", message: "fills the squat slot", inputs: { pattern: "squat" } }],
};

describe("normalizeSession", () => {
  it("reads the stored session shape (plan nested, engine items with ids)", () => {
    const s = normalizeSession({
      id: "s1",
      clientId: "c1",
      status: "draft",
      date: "2026-11-21",
      editedByCoach: false,
      plan: { unit: "kg", warmup: [], main: [item], finisher: [], cooldown: [], estimatedMinutes: 43.9, reasons: [] },
    });
    expect(s.plan.estimatedMinutes).toBe(44);
    const [m] = s.plan.main;
    expect(m).toMatchObject({ id: "main-0", loadKg: 100, effort: "RPE 8", restSeconds: 180 });
    expect(m?.alternatives).toEqual([
      { exerciseId: "goblet-squat", name: "Goblet squat" },
      { exerciseId: "box-squat", name: "Box squat" },
    ]);
    expect(m?.reasons[0]?.ruleId).toBe("select.slot");
    expect(prescription(m!)).toBe("3 × 5");
  });

  it("converts loads written in lb to kg", () => {
    const s = normalizeSession({ plan: { unit: "lb", main: [{ ...item, load: 225, unit: "lb" }] } });
    expect(s.unit).toBe("lb");
    expect(s.plan.main[0]?.loadKg).toBeCloseTo(102.058, 3);
  });

  it("accepts the engine's flat session and {session} wrappers, and tolerates junk", () => {
    expect(allItems(normalizeSession({ session: { main: [item] } }))).toHaveLength(1);
    const empty = normalizeSession(null);
    expect(allItems(empty)).toEqual([]);
    expect(empty.plan.reasons).toEqual([]);
  });

  it("hides the catalog's 0-0-0-0 tempo and shows timed work in seconds", () => {
    const s = normalizeSession({
      plan: { warmup: [{ exerciseId: "leg-swings", sets: 1, seconds: 60, tempo: "0-0-0-0" }] },
    });
    const [w] = s.plan.warmup;
    expect(w?.tempo).toBeUndefined();
    expect(w?.name).toBe("Leg swings");
    expect(prescription(w!)).toBe("1 × 60 s");
  });
});
