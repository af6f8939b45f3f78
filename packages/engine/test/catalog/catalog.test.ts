import { describe, expect, it } from "vitest";
import {
  BUILTIN_EXERCISES,
  EQUIPMENT,
  EQUIPMENT_LEVELS,
  type EquipmentLevel,
  EXERCISE_TAGS,
  equipmentAtLevel,
  isAvailable,
  JOINT_STRESS_TAGS,
  type MovementPattern,
  MUSCLES,
  validateCatalog,
} from "../../src/index.ts";

const STRENGTH_PATTERNS: MovementPattern[] = [
  "squat",
  "hinge",
  "lunge",
  "horizontal_push",
  "horizontal_pull",
  "vertical_push",
  "vertical_pull",
  "carry",
  "core_anti_extension",
  "core_anti_rotation",
  "core_anti_lateral_flexion",
];
const LEVELS = Object.keys(EQUIPMENT_LEVELS) as EquipmentLevel[];
const byId = new Map(BUILTIN_EXERCISES.map((e) => [e.id, e]));
const bodyweight = (e: (typeof BUILTIN_EXERCISES)[number]) => isAvailable(e, []);

describe("built-in catalog data", () => {
  it("has at least 200 exercises and validates clean", () => {
    expect(BUILTIN_EXERCISES.length).toBeGreaterThanOrEqual(200);
    expect(validateCatalog(BUILTIN_EXERCISES)).toEqual([]);
  });

  it("has unique kebab-case ids", () => {
    const ids = BUILTIN_EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("resolves every regression and progression, never to itself", () => {
    for (const e of BUILTIN_EXERCISES) {
      for (const ref of [...e.regressions, ...e.progressions]) {
        expect(byId.has(ref), `${e.id} → ${ref}`).toBe(true);
        expect(ref).not.toBe(e.id);
      }
    }
  });

  it("has symmetric links: B progresses A exactly when A regresses to B", () => {
    for (const e of BUILTIN_EXERCISES) {
      for (const p of e.progressions) expect(byId.get(p)?.regressions, `${p} ← ${e.id}`).toContain(e.id);
      for (const r of e.regressions) expect(byId.get(r)?.progressions, `${r} → ${e.id}`).toContain(e.id);
    }
  });

  it("has no cycle along progressions (topological sort consumes every node)", () => {
    const indegree = new Map(BUILTIN_EXERCISES.map((e) => [e.id, 0]));
    for (const e of BUILTIN_EXERCISES) for (const p of e.progressions) indegree.set(p, (indegree.get(p) ?? 0) + 1);
    const queue = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
    let visited = 0;
    while (queue.length > 0) {
      const id = queue.shift()!;
      visited++;
      for (const p of byId.get(id)!.progressions) {
        const d = indegree.get(p)! - 1;
        indegree.set(p, d);
        if (d === 0) queue.push(p);
      }
    }
    expect(visited).toBe(BUILTIN_EXERCISES.length);
  });

  it("gives every exercise setup cues, execution cues and common faults", () => {
    for (const e of BUILTIN_EXERCISES) {
      expect(e.cues.setup.length, e.id).toBeGreaterThan(0);
      expect(e.cues.execution.length, e.id).toBeGreaterThan(0);
      expect(e.cues.faults.length, e.id).toBeGreaterThan(0);
      for (const cue of [...e.cues.setup, ...e.cues.execution, ...e.cues.faults])
        expect(cue.trim().length).toBeGreaterThan(5);
    }
  });

  it("uses only known muscles, equipment, joint-stress tags and exercise tags", () => {
    for (const e of BUILTIN_EXERCISES) {
      expect(e.primaryMuscles.length, e.id).toBeGreaterThan(0);
      for (const m of [...e.primaryMuscles, ...e.secondaryMuscles]) expect(MUSCLES).toContain(m);
      expect(e.equipment.length, e.id).toBeGreaterThan(0);
      for (const item of e.equipment.flat()) expect(EQUIPMENT).toContain(item);
      for (const t of e.jointStress) expect(JOINT_STRESS_TAGS).toContain(t);
      for (const t of e.tags) expect(EXERCISE_TAGS).toContain(t);
    }
  });

  it("has a positive secondsPerRep, one per second for timed work, and a well-formed tempo", () => {
    for (const e of BUILTIN_EXERCISES) {
      expect(e.secondsPerRep, e.id).toBeGreaterThan(0);
      if (e.measure !== "reps") expect(e.secondsPerRep, e.id).toBe(1);
      expect(e.tempo, e.id).toMatch(/^\d{1,2}-\d{1,2}-\d{1,2}-\d{1,2}$/);
    }
  });

  it.each(STRENGTH_PATTERNS.flatMap((p) => LEVELS.map((l) => [p, l] as const)))(
    "%s has an option with only %s equipment",
    (pattern, level) => {
      const owned = equipmentAtLevel(level);
      const options = BUILTIN_EXERCISES.filter((e) => e.pattern === pattern && isAvailable(e, owned));
      expect(options.length).toBeGreaterThan(0);
    },
  );

  it("uses each level's own equipment in every strength pattern (not only bodyweight fallbacks)", () => {
    for (const pattern of STRENGTH_PATTERNS) {
      for (const level of LEVELS.filter((l) => l !== "bodyweight")) {
        const owned = equipmentAtLevel(level);
        const needsLevel = BUILTIN_EXERCISES.filter(
          (e) => e.pattern === pattern && isAvailable(e, owned) && !bodyweight(e),
        );
        expect(needsLevel.length, `${pattern} @ ${level}`).toBeGreaterThan(0);
      }
    }
  });

  it("offers warm-up, cool-down and conditioning options with no equipment", () => {
    const free = BUILTIN_EXERCISES.filter(bodyweight);
    expect(free.filter((e) => e.tags.includes("general_warmup")).length).toBeGreaterThanOrEqual(5);
    expect(free.filter((e) => e.tags.includes("cooldown")).length).toBeGreaterThanOrEqual(5);
    expect(free.filter((e) => e.pattern === "conditioning").length).toBeGreaterThanOrEqual(5);
    expect(free.filter((e) => e.tags.includes("finisher")).length).toBeGreaterThanOrEqual(3);
  });

  it("covers every pattern, ramps only rep-based strength lifts, and tags the obvious joint stresses", () => {
    for (const pattern of [...STRENGTH_PATTERNS, "accessory", "conditioning", "mobility", "warmup"] as const) {
      expect(BUILTIN_EXERCISES.filter((e) => e.pattern === pattern).length, pattern).toBeGreaterThanOrEqual(8);
    }
    for (const e of BUILTIN_EXERCISES.filter((x) => x.tags.includes("ramp_candidate"))) {
      expect(e.measure, e.id).toBe("reps");
      expect(e.loadType, e.id).not.toBe("bodyweight");
    }
    const stress = (id: string) => byId.get(id)?.jointStress ?? [];
    expect(stress("back-squat")).toEqual(
      expect.arrayContaining(["loaded_knee_flexion", "deep_knee_flexion", "spinal_axial_load"]),
    );
    expect(stress("overhead-press")).toEqual(expect.arrayContaining(["overhead_shoulder", "spinal_axial_load"]));
    expect(stress("push-up")).toEqual(expect.arrayContaining(["wrist_extension", "horizontal_shoulder_load"]));
    expect(stress("box-jump")).toEqual(expect.arrayContaining(["impact", "knee_impact"]));
    expect(stress("parallel-bar-dip")).toContain("shoulder_extension_loaded");
    expect(stress("deadlift")).toEqual(
      expect.arrayContaining(["spinal_axial_load", "spinal_flexion_load", "grip_load"]),
    );
    for (const e of BUILTIN_EXERCISES.filter((x) => x.tags.includes("plyometric")))
      expect(e.jointStress).toContain("impact");
  });

  it("is frozen so callers cannot mutate the shared catalog", () => {
    const e = BUILTIN_EXERCISES[0]!;
    expect(Object.isFrozen(BUILTIN_EXERCISES)).toBe(true);
    expect(Object.isFrozen(e)).toBe(true);
    expect(Object.isFrozen(e.cues.setup)).toBe(true);
  });
});
