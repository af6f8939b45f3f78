import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BUILTIN_EXERCISES,
  createCatalog,
  EQUIPMENT,
  type Equipment,
  type Exercise,
  equipmentAtLevel,
  isAvailable,
  minimumLevel,
  validateCatalog,
  withInverseLinks,
} from "../../src/index.ts";

const catalog = createCatalog(BUILTIN_EXERCISES);
const ids = (list: readonly Exercise[]) => list.map((e) => e.id);
const base = catalog.get("goblet-squat")!;
const orgExercise = (over: Partial<Exercise>): Exercise => ({
  ...base,
  id: "org:my-squat",
  name: "Our Squat",
  ...over,
});

describe("createCatalog", () => {
  it("looks up, lists and groups by pattern", () => {
    expect(catalog.get("back-squat")?.name).toBe("Barbell Back Squat");
    expect(catalog.get("nope")).toBeUndefined();
    expect(catalog.has("push-up")).toBe(true);
    expect(catalog.has("nope")).toBe(false);
    expect(catalog.all()).toHaveLength(BUILTIN_EXERCISES.length);
    const hinges = catalog.byPattern("hinge");
    expect(hinges.length).toBeGreaterThan(10);
    expect(hinges.every((e) => e.pattern === "hinge")).toBe(true);
  });

  it("keeps the first entry when an id repeats, so built-ins listed first cannot be shadowed", () => {
    const c = createCatalog([...BUILTIN_EXERCISES, { ...base, name: "Impostor" }]);
    expect(c.get("goblet-squat")?.name).toBe("Goblet Squat");
    expect(c.all()).toHaveLength(BUILTIN_EXERCISES.length);
  });

  it("walks regressions nearest first: back squat → front squat → goblet squat → … → wall sit", () => {
    const walk = ids(catalog.regressionsOf("back-squat"));
    expect(walk[0]).toBe("front-squat");
    expect(walk).toContain("wall-sit");
    expect(walk.indexOf("goblet-squat")).toBeLessThan(walk.indexOf("air-squat"));
    expect(walk.indexOf("air-squat")).toBeLessThan(walk.indexOf("wall-sit"));
    expect(walk).not.toContain("back-squat");
  });

  it("walks progressions nearest first and returns [] for unknown ids", () => {
    const walk = ids(catalog.progressionsOf("wall-sit"));
    expect(walk[0]).toBe("chair-squat");
    expect(walk).toContain("back-squat");
    expect(new Set(walk).size).toBe(walk.length);
    expect(catalog.progressionsOf("nope")).toEqual([]);
    expect(catalog.regressionsOf("wall-sit")).toEqual([]);
  });

  it("never lists an exercise as both easier and harder than another (walks are disjoint)", () => {
    for (const e of BUILTIN_EXERCISES) {
      const down = new Set(ids(catalog.regressionsOf(e.id)));
      for (const up of catalog.progressionsOf(e.id)) expect(down.has(up.id), `${e.id} / ${up.id}`).toBe(false);
    }
  });

  it("skips dangling references instead of throwing", () => {
    const c = createCatalog([orgExercise({ regressions: ["org:missing", "air-squat"], progressions: [] })]);
    expect(c.regressionsOf("org:my-squat")).toEqual([]);
  });
});

describe("availability", () => {
  it("treats [[]] as always available and options as OR of AND-sets", () => {
    expect(isAvailable(catalog.get("push-up")!, [])).toBe(true);
    const step = catalog.get("dumbbell-step-up")!;
    expect(isAvailable(step, ["dumbbells"])).toBe(false);
    expect(isAvailable(step, ["dumbbells", "box"])).toBe(true);
    expect(isAvailable(step, ["kettlebells", "box"])).toBe(true);
    expect(catalog.isAvailable(catalog.get("back-squat")!, ["barbell"])).toBe(false);
  });

  it("builds cumulative equipment levels and finds an exercise's minimum level", () => {
    expect(equipmentAtLevel("bodyweight")).toEqual([]);
    expect(equipmentAtLevel("free_weights")).toEqual(
      expect.arrayContaining(["bands", "pullup_bar", "dumbbells", "bench"]),
    );
    expect(minimumLevel(catalog.get("push-up")!)).toBe("bodyweight");
    expect(minimumLevel(catalog.get("pull-up")!)).toBe("minimal");
    expect(minimumLevel(catalog.get("dumbbell-bench-press")!)).toBe("free_weights");
    expect(minimumLevel(catalog.get("back-squat")!)).toBe("full_gym");
    expect(minimumLevel(catalog.get("sled-push")!)).toBeUndefined();
  });

  const owned = fc.uniqueArray(fc.constantFrom(...EQUIPMENT));
  const anyExercise = fc.constantFrom(...BUILTIN_EXERCISES);

  it("is monotonic: owning more equipment never makes an exercise unavailable", () => {
    fc.assert(
      fc.property(anyExercise, owned, owned, (e, a, b) => {
        if (isAvailable(e, a)) expect(isAvailable(e, [...a, ...b] as Equipment[])).toBe(true);
      }),
    );
  });

  it("is available exactly when some option is a subset of what is owned", () => {
    fc.assert(
      fc.property(anyExercise, owned, (e, have) => {
        const expected = e.equipment.some((opt) => opt.every((x) => have.includes(x)));
        expect(isAvailable(e, have)).toBe(expected);
      }),
    );
  });
});

describe("validateCatalog", () => {
  it("reports an injected broken reference with the exercise and field", () => {
    const broken = BUILTIN_EXERCISES.map((e) =>
      e.id === "goblet-squat" ? { ...e, progressions: [...e.progressions, "no-such-lift"] } : e,
    );
    const problems = validateCatalog(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ exerciseId: "goblet-squat", code: "unknown_reference" });
    expect(problems[0]?.field).toMatch(/^progressions\[\d+\]$/);
    expect(problems[0]?.message).toContain("no-such-lift");
  });

  it("reports self references, duplicates, bad ids and bad vocabulary", () => {
    const bad: Exercise = {
      ...base,
      id: "Bad_ID",
      regressions: ["Bad_ID"],
      primaryMuscles: ["pecs" as never],
      equipment: [],
      tags: ["cool_down"],
      tempo: "slow",
      secondsPerRep: 0,
      cues: { setup: [], execution: [" "], faults: ["x is bad"] },
    };
    const codes = validateCatalog([bad, { ...base }, { ...base }]).map((p) => `${p.field}:${p.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "id:invalid_id",
        "id:duplicate_id",
        "regressions[0]:self_reference",
        "primaryMuscles[0]:invalid_value",
        "equipment:missing",
        "tags[0]:invalid_value",
        "tempo:invalid_value",
        "secondsPerRep:invalid_value",
        "cues.setup:missing",
        "cues.execution:missing",
      ]),
    );
  });

  it("detects a cycle, including one formed by a regression pointing at a harder lift", () => {
    const cyclic = BUILTIN_EXERCISES.map((e) =>
      e.id === "back-squat" ? { ...e, progressions: [...e.progressions, "air-squat"] } : e,
    );
    const problems = validateCatalog(cyclic).filter((p) => p.code === "cycle");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(/air-squat|back-squat/);
    const viaRegression = BUILTIN_EXERCISES.map((e) =>
      e.id === "wall-sit" ? { ...e, regressions: ["back-squat"] } : e,
    );
    expect(validateCatalog(viaRegression).some((p) => p.code === "cycle")).toBe(true);
  });

  it("validates an organization's exercises against the built-ins as reference", () => {
    const mine = orgExercise({ regressions: ["air-squat"], progressions: ["front-squat"] });
    expect(validateCatalog([mine], { reference: BUILTIN_EXERCISES, requireOrgPrefix: true })).toEqual([]);
    const unprefixed = validateCatalog([{ ...mine, id: "my-squat" }], {
      reference: BUILTIN_EXERCISES,
      requireOrgPrefix: true,
    });
    expect(unprefixed.map((p) => p.code)).toEqual(["invalid_id"]);
    expect(validateCatalog([mine]).map((p) => p.code)).toEqual(["unknown_reference", "unknown_reference"]);
  });
});

describe("withInverseLinks", () => {
  it("adds the missing direction after the authored entries without duplicates", () => {
    const a = orgExercise({ id: "org:a", regressions: [], progressions: ["org:b"] });
    const b = orgExercise({ id: "org:b", regressions: ["org:c"], progressions: [] });
    const c = orgExercise({ id: "org:c", regressions: [], progressions: ["org:b"] });
    const [la, lb, lc] = withInverseLinks([a, b, c]);
    expect(la?.progressions).toEqual(["org:b"]);
    expect(lb?.regressions).toEqual(["org:c", "org:a"]);
    expect(lc?.progressions).toEqual(["org:b"]);
  });
});
