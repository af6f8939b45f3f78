import {
  buildRoadmap,
  createTrainerProfile,
  DEFAULT_INCREMENTS,
  generateSession,
  type Session,
  type SessionItem,
  type SessionLog,
  type TrainerProfile,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";
import { client, input, NOW, START } from "../fixtures/programming.ts";

/** A trained client with a squat history, so loads and progressions are in play. */
const c = client({ schedule: { daysPerWeek: 1, sessionMinutes: 60, preferredDays: [] } });
const history: SessionLog[] = [
  {
    date: "2026-02-26",
    unit: "kg",
    benchmarks: [],
    exercises: [
      {
        exerciseId: "back-squat",
        // Done as prescribed (RPE 8 of 8), so each progression model takes its own normal step.
        target: { sets: 3, reps: 5, rpe: 8 },
        sets: [1, 2, 3].map(() => ({ load: 102.5, reps: 5, rpe: 8, completed: true })),
      },
    ],
  },
];
const gen = (t: Partial<TrainerProfile>): Session => generateSession(input({ history }, createTrainerProfile(t), c));
const mainOf = (s: Session): SessionItem => s.main[0]!;
const all = (s: Session) => [...s.warmup, ...s.main, ...s.finisher, ...s.cooldown];

describe("every Trainer Profile field changes the output", () => {
  it("trainingStyles: the style sets accessory reps and volume; main reps follow the client's goal", () => {
    const strength = gen({ trainingStyles: ["strength"] });
    const hypertrophy = gen({ trainingStyles: ["hypertrophy"] });
    expect(mainOf(strength).reps).toBe(mainOf(hypertrophy).reps);
    const accessoryReps = (t: TrainerProfile["trainingStyles"]) =>
      buildRoadmap(c, createTrainerProfile({ trainingStyles: t }), { startDate: START, now: NOW }).blocks[0]!.accessory
        .reps;
    expect(accessoryReps(["strength"])).toBeLessThan(accessoryReps(["hypertrophy"]));
    const mainSets = (t: TrainerProfile["trainingStyles"]) =>
      buildRoadmap(c, createTrainerProfile({ trainingStyles: t }), { startDate: START, now: NOW }).blocks[0]!.main.sets;
    expect(mainSets(["conditioning"])).toBeLessThan(mainSets(["strength"]));
  });
  it("progressionMethods: the block's progression rule follows what the trainer allows", () => {
    const kind = (m: TrainerProfile["progressionMethods"]) =>
      buildRoadmap(c, createTrainerProfile({ progressionMethods: m }), { startDate: START, now: NOW }).blocks[0]!
        .progression.kind;
    expect(kind(["linear"])).toBe("linear");
    expect(kind(["rpe"])).toBe("rpe");
    expect(mainOf(gen({ progressionMethods: ["linear"] })).load).not.toBe(
      mainOf(gen({ progressionMethods: ["rpe"] })).load,
    );
  });
  it("effortScale: targets are written as RPE, RIR or %1RM", () => {
    const e = (effortScale: TrainerProfile["effortScale"]) => mainOf(gen({ effortScale })).effort!;
    expect(e("rpe")).toEqual({ scale: "rpe", value: 7.5 });
    expect(e("rir")).toEqual({ scale: "rir", value: 2.5 });
    expect(e("percent_1rm").scale).toBe("percent_1rm");
    expect(e("percent_1rm").value).toBeGreaterThan(50);
  });
  it("warmupStyle: ramp_only has no general drills, movement_prep ramps in more steps", () => {
    const roles = (s: Session) => s.warmup.map((i) => i.role);
    expect(roles(gen({ warmupStyle: "general_then_ramp" }))).toContain("general");
    expect(roles(gen({ warmupStyle: "ramp_only" }))).not.toContain("general");
    const ramps = (w: TrainerProfile["warmupStyle"]) =>
      gen({ warmupStyle: w }).warmup.filter((i) => i.role === "ramp").length;
    expect(ramps("movement_prep")).toBeGreaterThan(ramps("general_then_ramp"));
  });
  it("finisherStyle: none, conditioning, core or carry", () => {
    // A long session, so duration fitting has no reason to trim the finisher.
    const long = (t: Partial<TrainerProfile>) =>
      generateSession(input({ history, today: { durationMinutes: 90, newPain: [] } }, createTrainerProfile(t), c));
    expect(long({ finisherStyle: "none" }).finisher).toEqual([]);
    expect(long({ finisherStyle: "conditioning" }).finisher[0]!.pattern).toBe("conditioning");
    expect(long({ finisherStyle: "carry" }).finisher[0]!.pattern).toBe("carry");
    expect(long({ finisherStyle: "core" }).finisher[0]!.pattern).toMatch(/^core_/);
  });
  it("preferredExercises: a preferred exercise is chosen for a new lift; a lift in progress is kept", () => {
    const fresh = (t: Partial<TrainerProfile>) => mainOf(generateSession(input({}, createTrainerProfile(t), c)));
    expect(fresh({ preferredExercises: ["front-squat"] }).exerciseId).toBe("front-squat");
    expect(fresh({ preferredExercises: ["goblet-squat"] }).exerciseId).toBe("goblet-squat");
    // With a back-squat history the main lift stays put so it can progress (continuity wins).
    expect(mainOf(gen({ preferredExercises: ["front-squat"] })).exerciseId).toBe("back-squat");
  });
  it("bannedExercises: a banned exercise never appears", () => {
    const s = gen({ bannedExercises: ["back-squat"] });
    expect(all(s).map((i) => i.exerciseId)).not.toContain("back-squat");
  });
  it("restSecondsByGoal: main-lift rest follows the trainer's table", () => {
    const rest = createTrainerProfile().restSecondsByGoal;
    const s = gen({ restSecondsByGoal: { ...rest, strength: { main: 240, accessory: 90 } } });
    const why = mainOf(s).reasons.find((r) => r.ruleId === "rest.goal")!;
    expect(why.thresholds).toEqual({ restSeconds: 240 });
    expect(mainOf(gen({})).reasons.find((r) => r.ruleId === "rest.goal")!.thresholds).toEqual({ restSeconds: 180 });
  });
  it("deloadEveryWeeks: the deload week moves", () => {
    const firstDeload = (n: number) =>
      buildRoadmap(c, createTrainerProfile({ deloadEveryWeeks: n }), { startDate: START, now: NOW }).blocks.findIndex(
        (b) => b.kind === "deload",
      );
    const weeksBefore = (n: number) => {
      const r = buildRoadmap(c, createTrainerProfile({ deloadEveryWeeks: n }), { startDate: START, now: NOW });
      return r.blocks.slice(0, firstDeload(n)).reduce((w, b) => w + b.weeks, 0);
    };
    expect(weeksBefore(4)).toBe(3);
    expect(weeksBefore(6)).toBe(5);
  });
  it("units: the trainer can force lb plates regardless of the client's kg", () => {
    const s = gen({ units: "lb" });
    expect(mainOf(s).unit).toBe("lb");
    expect((mainOf(s).load! - 45) % 5).toBe(0);
    expect(mainOf(gen({})).unit).toBe("kg");
  });
  it("loadIncrements: a gym with only 5 kg jumps rounds to them", () => {
    const s = gen({ loadIncrements: { kg: { ...DEFAULT_INCREMENTS.kg, barbellStep: 5 }, lb: DEFAULT_INCREMENTS.lb } });
    expect((mainOf(s).load! - 20) % 5).toBe(0);
    expect(mainOf(s).load).not.toBe(mainOf(gen({})).load);
  });
  it("voice.cueVerbosity: minimal gives fewer cues than detailed", () => {
    const n = (v: "minimal" | "detailed") => mainOf(gen({ voice: { cueVerbosity: v, tone: "direct" } })).cues.length;
    expect(n("minimal")).toBe(1);
    expect(n("detailed")).toBeGreaterThan(3);
  });
  it("voice.tone: technical cues add tempo, encouraging ones add a closer", () => {
    const cues = (tone: "technical" | "encouraging" | "direct") =>
      mainOf(gen({ voice: { cueVerbosity: "standard", tone } })).cues;
    expect(cues("technical").some((x) => x.startsWith("Tempo"))).toBe(true);
    expect(cues("encouraging").at(-1)).toMatch(/got this/);
    expect(cues("direct").join(" ")).not.toMatch(/Tempo|got this/);
  });
});
