import {
  deriveProgressionStates,
  E1RM_SMOOTHING,
  isStalled,
  nextLoad,
  type ProgressionRule,
  type SessionLog,
  STALL_WINDOW,
  trendSlope,
} from "@spotter/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadInput, logOf, sets } from "../fixtures/loads.ts";

const day = (i: number) => `2026-03-${String(i + 1).padStart(2, "0")}`;

describe("a failed or unticked log never wipes a known load", () => {
  it("all sets unticked with nothing logged: load and current e1RM keep their values", () => {
    const s = deriveProgressionStates([
      logOf(day(0), "back-squat", sets(3, 100, 5, 8)),
      logOf(day(3), "back-squat", [
        { load: 0, reps: 0, completed: false },
        { reps: 0, completed: false },
      ]),
    ])["back-squat"]!;
    expect(s.lastLoadKg).toBe(100);
    expect(s.e1rmKg).toBeCloseTo(100 / 0.811, 2);
    expect(s.lastAllCompleted).toBe(false);
    expect(s.exposures).toBe(2);
  });
  it("unticked sets with a load and reps do not replace a known load (the client may just not have ticked)", () => {
    const s = deriveProgressionStates([
      logOf(day(0), "back-squat", sets(3, 100, 5, 8)),
      logOf(day(3), "back-squat", [{ load: 60, reps: 5, completed: false }]),
    ])["back-squat"]!;
    expect(s.lastLoadKg).toBe(100);
    expect(s.e1rmKg).toBeCloseTo(100 / 0.811, 2);
  });
  it("a failed set keeps the top completed load and holds it next time", () => {
    const history = [
      logOf(day(0), "back-squat", sets(3, 100, 5, 8)),
      logOf(day(3), "back-squat", [
        { load: 102.5, reps: 5, rpe: 9, completed: true },
        { load: 102.5, reps: 3, rpe: 10, completed: false },
      ]),
    ];
    const st = deriveProgressionStates(history)["back-squat"]!;
    expect(st.lastLoadKg).toBe(102.5);
    const rule = { kind: "linear", incrementKg: 2.5, failureLimit: 3, resetPct: 10 } satisfies ProgressionRule;
    const p = nextLoad(loadInput("back-squat", rule, { state: st }));
    expect(p.load).toBeLessThanOrEqual(102.5);
    expect(p.load).toBeGreaterThan(0);
  });
  it("a missed exposure at a heavier load keeps the known load WITH its own top set (reps, rating, target)", () => {
    // Home dumbbells: 6 kg × 10 felt RPE 4; the next time 8 kg stopped at 9 of 10 reps (RPE 10).
    const st = deriveProgressionStates([
      logOf(day(0), "dumbbell-bench-press", sets(2, 6, 10, 4), { target: { sets: 2, reps: 10, rpe: 6 } }),
      logOf(day(3), "dumbbell-bench-press", [
        { load: 8, reps: 9, rpe: 10, completed: false },
        { load: 8, reps: 9, rpe: 10, completed: false },
      ]),
    ])["dumbbell-bench-press"]!;
    expect(st).toMatchObject({ lastLoadKg: 6, lastReps: 10, lastRpe: 4, lastTargetRpe: 6, lastAllCompleted: false });
    const rule = { kind: "double", repRange: [10, 15], incrementPct: 5 } satisfies ProgressionRule;
    const inventory = { dumbbellsKg: { min: 2, max: 20, step: 2 } };
    const p = nextLoad(loadInput("dumbbell-bench-press", rule, { state: st, target: { reps: 10, rpe: 6 }, inventory }));
    // Not 4 kg (the 8 kg rating read against 6 kg), not above the kept 6 kg after a miss.
    expect(p.load).toBe(6);
  });
  it("a first exposure logged unticked but with loads still seeds the next exposure's load", () => {
    const st = deriveProgressionStates([logOf(day(0), "goblet-squat", [{ load: 16, reps: 10, completed: false }])])[
      "goblet-squat"
    ]!;
    expect(st.lastLoadKg).toBe(16);
    const rule = { kind: "double", repRange: [8, 12], incrementPct: 5 } satisfies ProgressionRule;
    const p = nextLoad(loadInput("goblet-squat", rule, { state: st, target: { reps: 10, rpe: 8 } }));
    expect(p.load).toBe(16);
    expect(p.firstExposure).toBe(false);
  });
  it("property: whatever is logged next, a known load never drops to 0", () => {
    const setArb = fc.record({
      load: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 80 }).map((k) => k * 2.5),
      ),
      reps: fc.integer({ min: 0, max: 12 }),
      completed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(setArb, { maxLength: 5 }), (later) => {
        const valid = later.map((s) => (s.reps === 0 && s.load > 0 ? { ...s, completed: false } : s));
        const st = deriveProgressionStates([
          logOf(day(0), "back-squat", sets(3, 100, 5, 8)),
          logOf(day(3), "back-squat", valid),
        ])["back-squat"]!;
        expect(st.lastLoadKg).toBeGreaterThan(0);
        expect(st.e1rmKg).toBeGreaterThan(0);
      }),
    );
  });
});

describe("current e1RM estimate", () => {
  it("a rated exposure moves the estimate halfway; a deload exposure does not move it", () => {
    const history: SessionLog[] = [
      logOf(day(0), "back-squat", sets(3, 100, 5, 8)),
      logOf(day(3), "back-squat", sets(3, 110, 5, 8)),
      logOf(day(6), "back-squat", sets(3, 80, 5, 6), { target: { sets: 3, deload: true } }),
    ];
    const s = deriveProgressionStates(history)["back-squat"]!;
    const a = 100 / 0.811;
    const b = 110 / 0.811;
    expect(s.e1rmKg).toBeCloseTo(a + E1RM_SMOOTHING.rated * (b - a), 6);
    expect(s.bestE1rmKg).toBeCloseTo(b, 6);
    expect(s.lastLoadKg).toBe(110);
    expect(s.recentE1rmKg).toHaveLength(2);
  });
  it("an unrated lighter set moves the estimate less than a rated one", () => {
    const base = logOf(day(0), "back-squat", sets(1, 100, 5, 8));
    const rated = deriveProgressionStates([base, logOf(day(3), "back-squat", sets(1, 80, 5, 8))])["back-squat"]!;
    const unrated = deriveProgressionStates([base, logOf(day(3), "back-squat", sets(1, 80, 5))])["back-squat"]!;
    expect(unrated.e1rmKg).toBeGreaterThan(rated.e1rmKg);
  });
});

describe("stall = a flat trend over a level-sized window", () => {
  const series = (values: number[]) => ({ recentE1rmKg: values });
  it("least-squares slope", () => {
    expect(trendSlope([100, 101, 102, 103], 4)).toBeCloseTo(1, 9);
    expect(trendSlope([100, 101], 4)).toBeUndefined();
  });
  it("beginners: 4 flat exposures are a stall, 3 are not yet", () => {
    expect(isStalled(series([100, 100, 99, 100]), "beginner")).toBe(true);
    expect(isStalled(series([100, 100, 99]), "beginner")).toBe(false);
    expect(isStalled(series([100, 100, 99, 100]), "intermediate")).toBe(false);
  });
  it("intermediate gains of 0.3% per exposure with noise never beat the best by 1% each time, yet are not a stall", () => {
    // The old rule (beat the best by > 1% at every exposure) would call this stalled almost every time.
    const noisy = [100, 101.2, 100.1, 101.5, 100.9, 102.2, 101.4, 102.6];
    expect(isStalled(series(noisy), "intermediate")).toBe(false);
    expect(isStalled(series(noisy), "advanced")).toBe(false);
  });
  it("6 flat-to-falling exposures stall an intermediate", () => {
    expect(isStalled(series([150, 151, 150, 149, 150, 149]), "intermediate")).toBe(true);
  });
  it("deload exposures do not enter the trend; stallCount counts the non-improving run", () => {
    const history = [0, 1, 2, 3, 4].map((i) => logOf(day(i * 3), "back-squat", sets(3, 100, 5, 8)));
    history.push(logOf(day(20), "back-squat", sets(3, 70, 5, 6), { target: { sets: 3, deload: true } }));
    const s = deriveProgressionStates(history)["back-squat"]!;
    expect(s.recentE1rmKg).toHaveLength(5);
    expect(s.stallCount).toBe(5);
    expect(isStalled(s, "beginner")).toBe(true);
    expect(STALL_WINDOW.intermediate).toBeGreaterThan(STALL_WINDOW.beginner);
  });
  it("states stored before the trend existed are not stalled", () => {
    expect(isStalled({}, "beginner")).toBe(false);
  });
});
