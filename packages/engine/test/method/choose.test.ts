import {
  BUILTIN_METHODS,
  type ClientProfile,
  defaultMethodFor,
  defaultMethodForProfile,
  EQUIPMENT,
  findMethod,
  GOALS,
  type Goal,
  LEVELS,
  type Level,
  type Method,
} from "@spotter/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const pick = (goal: Goal, level: Level, daysPerWeek: number, extra = {}) =>
  defaultMethodFor({ goal, level, daysPerWeek, ...extra })!.method.id;

const NLP = "novice-linear-full-body";
const GZ = "gzclp-tiered-novice";
const W531 = "training-max-531";
const UL = "upper-lower-hypertrophy";
const PPL = "push-pull-legs-hypertrophy";
const GF = "general-fitness-beginner";
const FL = "fat-loss-strength-conditioning";

/**
 * The default for every goal × level at 2-6 sessions a week (no event, no age, any equipment).
 * Each row was read as a coach would: novices get a novice program, the method's goal matches
 * the client's, and the days fit the template.
 */
const TABLE: Record<Goal, Record<Level, [string, string, string, string, string]>> = {
  strength: {
    beginner: [NLP, NLP, GZ, GZ, GZ],
    intermediate: [W531, W531, W531, W531, W531],
    advanced: [W531, W531, W531, W531, W531],
  },
  performance: {
    beginner: [NLP, NLP, GZ, GZ, GZ],
    intermediate: [W531, W531, W531, W531, W531],
    advanced: [W531, W531, W531, W531, W531],
  },
  hypertrophy: {
    beginner: [GF, UL, UL, UL, UL],
    intermediate: [UL, UL, UL, UL, PPL],
    advanced: [UL, UL, UL, UL, PPL],
  },
  general_health: {
    beginner: [GF, GF, GF, GF, GF],
    intermediate: [GF, FL, FL, FL, FL],
    advanced: [GF, FL, FL, FL, FL],
  },
  fat_loss: {
    beginner: [GF, FL, FL, FL, FL],
    intermediate: [FL, FL, FL, FL, FL],
    advanced: [FL, FL, FL, FL, FL],
  },
  endurance: {
    beginner: [FL, FL, FL, FL, FL],
    intermediate: [FL, FL, FL, FL, FL],
    advanced: [FL, FL, FL, FL, FL],
  },
};

describe("defaultMethodFor", () => {
  const rows = GOALS.flatMap((goal) =>
    LEVELS.flatMap((level) => [2, 3, 4, 5, 6].map((days, i) => [goal, level, days, TABLE[goal][level][i]!] as const)),
  );
  it.each(rows)("%s, %s, %i days → %s", (goal, level, days, expected) => {
    expect(pick(goal, level, days)).toBe(expected);
  });

  it("never gives a beginner a method written only for intermediates and advanced lifters", () => {
    for (const goal of GOALS)
      for (const days of [2, 3, 4, 5, 6]) {
        const m = findMethod(pick(goal, "beginner", days))!;
        expect(m.levels, `${goal} ${days}`).toContain("beginner");
      }
  });

  it("a meet date brings the peaking block for strength at 3-6 days, never without one", () => {
    const eventDate = "2027-03-06";
    for (const level of ["intermediate", "advanced"] as const)
      for (const days of [3, 4, 5, 6])
        expect(pick("strength", level, days, { eventDate })).toBe("powerlifting-peaking");
    for (const goal of GOALS) for (const level of LEVELS) expect(pick(goal, level, 4)).not.toBe("powerlifting-peaking");
    // A bodybuilding show is an event too, but not a reason to peak the powerlifts.
    expect(pick("hypertrophy", "advanced", 4, { eventDate })).toBe(UL);
    // A novice keeps the novice progression into a first meet.
    expect(pick("strength", "beginner", 3, { eventDate })).toBe(NLP);
  });

  it("from 65 the older-adult method for general health, strength and fat loss; never before", () => {
    for (const goal of ["general_health", "strength", "fat_loss"] as const) {
      expect(pick(goal, "beginner", 2, { age: 70 })).toBe("older-adult-strength-balance");
      expect(pick(goal, "beginner", 3, { age: 64 })).not.toBe("older-adult-strength-balance");
    }
    for (const goal of GOALS) expect(pick(goal, "beginner", 3)).not.toBe("older-adult-strength-balance");
  });

  it("no known strength: a strength or performance client gets the RPE method, not a %-of-max wave", () => {
    for (const goal of ["strength", "performance"] as const)
      for (const level of ["intermediate", "advanced"] as const)
        for (const days of [3, 4]) {
          expect(pick(goal, level, days, { knownMaxes: false }), `${goal} ${level} ${days}`).toBe("rpe-strength");
          expect(pick(goal, level, days, { knownMaxes: true })).toBe(W531);
        }
    const choice = defaultMethodFor({ goal: "strength", level: "intermediate", daysPerWeek: 3, knownMaxes: false })!;
    expect(choice.reason.message).toMatch(/Strength by RPE/);
  });

  it("defaultMethodForProfile: no baselines and no logged lifts → RPE method; a baseline → the wave", () => {
    const profile: ClientProfile = {
      goals: { primary: "strength", secondary: [] },
      trainingAgeMonths: 10,
      injuries: [],
      locations: [{ id: "gym", name: "Gym", equipment: [...EQUIPMENT] }],
      defaultLocationId: "gym",
      schedule: { daysPerWeek: 3, sessionMinutes: 60, preferredDays: [] },
      preferences: { likes: [], dislikes: [] },
      baselines: { repMaxes: [], fieldTests: [] },
      units: "kg",
    };
    expect(defaultMethodForProfile(profile, "2026-03-02")!.method.id).toBe("rpe-strength");
    expect(defaultMethodForProfile(profile, "2026-03-02", BUILTIN_METHODS, true)!.method.id).toBe(W531);
    const squat = { exerciseId: "back-squat", loadKg: 100, reps: 5, rpe: 8, date: "2026-02-20" };
    const tested = { ...profile, baselines: { repMaxes: [squat], fieldTests: [] } };
    expect(defaultMethodForProfile(tested, "2026-03-02")!.method.id).toBe(W531);
  });

  it("equipment: a method whose main lifts need a barbell loses to one that fits the location", () => {
    const barbellOnly: Method = {
      ...findMethod(W531)!,
      id: "barbell-only",
      days: findMethod(W531)!.days.map((d) => ({
        ...d,
        slots: d.slots.map((s) => (s.role === "main" ? { ...s, exerciseIds: s.exerciseIds!.slice(0, 1) } : s)),
      })),
    };
    const methods = [barbellOnly, findMethod(W531)!];
    const input = { goal: "strength", level: "intermediate", daysPerWeek: 4 } as const;
    expect(defaultMethodFor({ ...input, equipment: ["barbell", "squat_rack", "bench"] }, methods)!.method.id).toBe(
      "barbell-only",
    );
    const home = defaultMethodFor({ ...input, equipment: ["dumbbells", "bench"] }, methods)!;
    expect(home.method.id).toBe(W531);
  });

  it("explains itself with a machine-readable reason", () => {
    const choice = defaultMethodFor({ goal: "strength", level: "advanced", daysPerWeek: 4, eventDate: "2027-03-06" })!;
    expect(choice.reason.ruleId).toBe("method.default");
    expect(choice.reason.inputs).toMatchObject({ methodId: "powerlifting-peaking", goal: "strength", daysPerWeek: 4 });
    expect(choice.reason.message).toMatch(
      /^Powerlifting peak into a meet: written for strength; .*peaks for the event on 2027-03-06\.$/,
    );
  });

  it("is deterministic and always picks one of the given methods", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GOALS),
        fc.constantFrom(...LEVELS),
        fc.integer({ min: 1, max: 7 }),
        fc.option(fc.integer({ min: 18, max: 95 }), { nil: undefined }),
        fc.subarray([...BUILTIN_METHODS], { minLength: 1 }),
        (goal, level, daysPerWeek, age, methods) => {
          const input = { goal, level, daysPerWeek, ...(age === undefined ? {} : { age }) };
          const a = defaultMethodFor(input, methods)!;
          expect(methods).toContain(a.method);
          expect(defaultMethodFor(input, methods)).toEqual(a);
        },
      ),
    );
    expect(defaultMethodFor({ goal: "strength", level: "beginner", daysPerWeek: 3 }, [])).toBeUndefined();
  });

  it("findMethod looks a method up by id", () => {
    expect(findMethod(GZ)?.name).toMatch(/GZCLP/);
    expect(findMethod("nope")).toBeUndefined();
    const org = { ...findMethod(NLP)!, id: "org:house-novice" };
    expect(findMethod("org:house-novice", [org])).toBe(org);
  });
});
