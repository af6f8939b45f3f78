import {
  BUILTIN_EXERCISES,
  deriveProgressionStates,
  loadLabel,
  loadPer,
  nextLoad,
  type ProgressionRule,
  type RepMax,
  relatedLifts,
  STALE_FACTOR,
  startingStrength,
  TRANSFER_SAFETY,
  VARIANT_RELATIONS,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";
import { catalog, loadInput, logOf, sets } from "../fixtures/loads.ts";

const squat105x3: RepMax = { exerciseId: "back-squat", loadKg: 105, reps: 3, date: "2026-02-01" };
const TODAY = "2026-03-01";

function firstLoad(exerciseId: string, reps: number, baselines: RepMax[], rpe = 8) {
  const start = startingStrength({ exerciseId, catalog, states: {}, baselines, today: TODAY });
  const rule = { kind: "double", repRange: [reps, reps + 3], incrementPct: 5 } satisfies ProgressionRule;
  return nextLoad(loadInput(exerciseId, rule, { target: { reps, rpe }, ...(start ? { start } : {}) }));
}

describe("relation data", () => {
  it("every variant and parent is a real catalog id with external load; ratios sit in their documented range", () => {
    for (const [id, r] of Object.entries(VARIANT_RELATIONS)) {
      for (const x of [id, r.parentId]) {
        const ex = catalog.get(x);
        expect(ex, x).toBeDefined();
        expect(["bodyweight", "band"]).not.toContain(ex!.loadType);
      }
      expect(r.ratio).toBeGreaterThanOrEqual(r.range[0]);
      expect(r.ratio).toBeLessThanOrEqual(r.range[1]);
      expect(r.source.length).toBeGreaterThan(10);
      if (r.evidence === "study") expect(r.source).toMatch(/\d{4}/);
    }
  });
  it("no cycles: following parents always ends", () => {
    for (const id of Object.keys(VARIANT_RELATIONS)) {
      const seen = new Set<string>();
      let at: string | undefined = id;
      while (at) {
        expect(seen.has(at)).toBe(false);
        seen.add(at);
        at = VARIANT_RELATIONS[at]?.parentId;
      }
    }
  });
  it("covers the squat, hinge, push, pull and lunge families", () => {
    const patterns = new Set(Object.keys(VARIANT_RELATIONS).map((id) => catalog.get(id)!.pattern));
    for (const p of ["squat", "hinge", "horizontal_push", "vertical_push", "horizontal_pull", "vertical_pull", "lunge"])
      expect(patterns, p).toContain(p);
  });
  it("a per-hand dumbbell bench is ~0.38-0.42 of the barbell bench (Saeterbakken et al. 2011)", () => {
    expect(VARIANT_RELATIONS["dumbbell-bench-press"]!.range).toEqual([0.38, 0.42]);
    const up = relatedLifts("barbell-bench-press").find((r) => r.id === "dumbbell-bench-press")!;
    // Inferring the bench from dumbbells divides by the top of the range: errs light.
    expect(up.factor).toBeCloseTo(1 / 0.42, 9);
  });
});

describe("load per hand or total", () => {
  it("dumbbells two in hand are per hand, one held bell is total, barbells total, bodyweight none", () => {
    const get = (id: string) => catalog.get(id)!;
    expect(loadLabel(get("dumbbell-bench-press"))).toBe("per hand");
    expect(loadLabel(get("one-arm-dumbbell-row"))).toBe("per hand");
    expect(loadLabel(get("farmers-carry"))).toBe("per hand");
    expect(loadLabel(get("goblet-squat"))).toBe("total");
    expect(loadLabel(get("back-squat"))).toBe("total");
    expect(loadPer(get("push-up"))).toBeUndefined();
    for (const ex of BUILTIN_EXERCISES)
      if (ex.loadType === "dumbbell" || ex.loadType === "kettlebell") expect(loadPer(ex)).toBeDefined();
  });
});

describe("startingStrength", () => {
  it("a back squat 105 × 3 baseline seeds paused, goblet and hack squats at sensible, conservative loads", () => {
    const e1rm = 105 * (1 + 3 / 30); // Epley, unrated: 115.5 kg
    const paused = firstLoad("pause-back-squat", 5, [squat105x3]);
    const goblet = firstLoad("goblet-squat", 10, [squat105x3]);
    const hack = firstLoad("hack-squat", 8, [squat105x3]);
    // Paused: 115.5 × 0.85 × 0.9 = 88.4 e1RM; 5 @ RPE 6.5 = 77.4% → 68.4 → 67.5 kg.
    expect(paused.load).toBe(67.5);
    expect(paused.load!).toBeLessThan(e1rm * 0.7);
    expect(goblet.load).toBeGreaterThanOrEqual(16);
    expect(goblet.load).toBeLessThanOrEqual(28);
    expect(hack.load).toBeGreaterThanOrEqual(40);
    expect(hack.load).toBeLessThanOrEqual(80);
    for (const p of [paused, goblet, hack]) {
      expect(p.firstExposure).toBe(true);
      expect(p.rpe).toBeLessThanOrEqual(7);
      const why = p.reasons.find((r) => r.ruleId === "progression.first_exposure.related")!;
      expect(why.inputs).toMatchObject({ fromExerciseId: "back-squat", source: "baseline", date: "2026-02-01" });
      expect(why.message).toMatch(/back-squat/);
      expect(why.message).toMatch(/ratio/);
    }
  });
  it("the exercise's own state beats its baseline, which beats a related lift", () => {
    const states = deriveProgressionStates([logOf("2026-02-20", "pause-back-squat", sets(3, 80, 5, 8))]);
    const own = startingStrength({
      exerciseId: "pause-back-squat",
      catalog,
      states,
      baselines: [squat105x3],
      today: TODAY,
    })!;
    expect(own).toMatchObject({ source: "log", fromExerciseId: "pause-back-squat", ratio: 1, safetyFactor: 1 });
    const base = startingStrength({
      exerciseId: "pause-back-squat",
      catalog,
      states: {},
      baselines: [squat105x3, { exerciseId: "pause-back-squat", loadKg: 90, reps: 2, date: "2025-12-01" }],
      today: TODAY,
    })!;
    expect(base).toMatchObject({ source: "baseline", fromExerciseId: "pause-back-squat" });
  });
  it("transfers through siblings (front squat → back squat → paused) with the safety factor once", () => {
    const states = deriveProgressionStates([logOf("2026-02-20", "front-squat", sets(3, 80, 5, 8))]);
    const s = startingStrength({ exerciseId: "pause-back-squat", catalog, states, baselines: [], today: TODAY })!;
    expect(s.path).toEqual(["pause-back-squat", "back-squat", "front-squat"]);
    expect(s.ratio).toBeCloseTo((1 / 0.88) * 0.85, 9);
    expect(s.safetyFactor).toBe(TRANSFER_SAFETY);
    expect(s.e1rmKg).toBeCloseTo((80 / 0.811) * s.ratio * TRANSFER_SAFETY, 6);
  });
  it("prefers the nearest related lift, and old data is discounted", () => {
    const s = startingStrength({
      exerciseId: "dumbbell-bench-press",
      catalog,
      states: {},
      baselines: [
        { exerciseId: "barbell-bench-press", loadKg: 100, reps: 1, date: "2025-01-01" },
        { exerciseId: "overhead-press", loadKg: 60, reps: 1, date: "2026-02-01" },
      ],
      today: TODAY,
    })!;
    expect(s.fromExerciseId).toBe("barbell-bench-press");
    expect(s.safetyFactor).toBeCloseTo(TRANSFER_SAFETY * STALE_FACTOR, 9);
    expect(s.e1rmKg).toBeCloseTo(100 * 0.38 * TRANSFER_SAFETY * STALE_FACTOR, 6);
  });
  it("nothing related known: find your working weight, no load printed (not the empty bar)", () => {
    const p = firstLoad("pause-back-squat", 5, [
      { exerciseId: "barbell-bench-press", loadKg: 100, reps: 1, date: TODAY },
    ]);
    expect(p.load).toBeUndefined();
    expect(p.note).toMatch(/working weight/);
    expect(
      startingStrength({ exerciseId: "push-up", catalog, states: {}, baselines: [squat105x3], today: TODAY }),
    ).toBeUndefined();
  });
  it("the exposure after 'find your working weight' derives its load from that log", () => {
    const states = deriveProgressionStates([logOf("2026-03-01", "pause-back-squat", sets(3, 60, 5, 6))]);
    const rule = { kind: "double", repRange: [5, 8], incrementPct: 5 } satisfies ProgressionRule;
    const p = nextLoad(loadInput("pause-back-squat", rule, { state: states["pause-back-squat"]! }));
    expect(p.firstExposure).toBe(false);
    expect(p.load).toBeGreaterThan(60);
  });
});
