import {
  buildRoadmap,
  createTrainerProfile,
  generateSession,
  roadmapPosition,
  type Session,
  type SessionItem,
  type SessionLog,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";
import { catalog, client, input, NOW, START } from "../fixtures/programming.ts";

const items = (s: Session): SessionItem[] => [...s.warmup, ...s.main, ...s.finisher, ...s.cooldown];
const log = (
  date: string,
  exerciseId: string,
  load: number,
  extra: Partial<SessionLog["exercises"][0]> = {},
): SessionLog => ({
  date,
  unit: "kg",
  benchmarks: [],
  exercises: [{ exerciseId, sets: [{ load, reps: 5, rpe: 8, completed: true }], ...extra }],
});

describe("scenario: shoulder pain with overhead pressing", () => {
  const trainer = createTrainerProfile({ preferredExercises: ["overhead-press"] });
  const c = client({ schedule: { daysPerWeek: 4, sessionMinutes: 60, preferredDays: [] } });
  // Squat, bench and deadlift were trained this week, so the vertical-press day is next.
  const history = [
    log("2026-02-27", "back-squat", 100),
    log("2026-02-28", "barbell-bench-press", 80),
    log("2026-03-01", "deadlift", 140),
  ];
  const base = input({ history }, trainer, c);

  it("without pain the preferred overhead press is the main lift", () => {
    const s = generateSession(base);
    expect(s.dayLabel).toMatch(/vertical/i);
    expect(s.main[0]!.exerciseId).toBe("overhead-press");
  });

  it("with shoulder pain 3/10 no overhead pressing is prescribed and the swap is explained", () => {
    const s = generateSession({
      ...base,
      today: { durationMinutes: 60, newPain: [{ region: "shoulder", severity: 3 }] },
    });
    for (const i of items(s)) expect(catalog.get(i.exerciseId)!.jointStress).not.toContain("overhead_shoulder");
    const main = s.main[0]!;
    expect(main.pattern).toBe("vertical_push");
    const why = main.reasons.find((r) => r.ruleId === "pain.substitute")!;
    expect(why.inputs).toMatchObject({
      original: "overhead-press",
      region: "shoulder",
      severity: 3,
      tag: "overhead_shoulder",
    });
    expect(why.thresholds).toEqual({ maxSeverity: 2 });
    expect(why.message).toMatch(/Barbell Overhead Press|overhead/i);
    for (const alt of main.alternatives) expect(catalog.get(alt)!.jointStress).not.toContain("overhead_shoulder");
  });
});

describe("scenario: hotel gym, dumbbells only, 30 minutes", () => {
  const s = generateSession(input({ today: { durationMinutes: 30, locationId: "hotel", newPain: [] } }));
  it("uses only what the hotel has and fits 30 minutes ±10%", () => {
    for (const i of items(s))
      expect(catalog.isAvailable(catalog.get(i.exerciseId)!, ["dumbbells", "bench", "mat"])).toBe(true);
    expect(s.estimatedMinutes).toBeGreaterThanOrEqual(27);
    expect(s.estimatedMinutes).toBeLessThanOrEqual(33);
    expect(s.main.length).toBeGreaterThanOrEqual(2);
  });
  it("dumbbell loads sit on the 2 kg grid", () => {
    for (const i of items(s)) if (i.load !== undefined) expect(i.load % 2).toBe(0);
  });
});

describe("scenario: a beginner's first week", () => {
  const trainer = createTrainerProfile();
  const c = client({ trainingAgeMonths: 0, goals: { primary: "general_health", secondary: [] } });
  const roadmap = buildRoadmap(c, trainer, { startDate: START, now: NOW });
  const days = ["2026-03-02", "2026-03-04", "2026-03-06"];
  const history: SessionLog[] = [];
  const sessions: Session[] = [];
  for (const date of days) {
    const s = generateSession({
      ...input({}, trainer, c),
      roadmap,
      position: roadmapPosition(roadmap, date),
      history: [...history],
      now: `${date}T10:00:00Z`,
    });
    sessions.push(s);
    // The client does what was prescribed, choosing light loads where asked to find them.
    history.push({
      date,
      unit: "kg",
      benchmarks: [],
      exercises: s.main.map((i) => ({
        exerciseId: i.exerciseId,
        target: { sets: i.sets, reps: i.reps },
        sets: Array.from({ length: i.sets }, () => ({
          load: i.load ?? 10,
          reps: i.reps ?? 1,
          rpe: 6,
          completed: true,
        })),
      })),
    });
  }
  it("starts with linear progression in an accumulation block at easy effort", () => {
    expect(roadmap.blocks[0]!.kind).toBe("accumulation");
    expect(roadmap.blocks[0]!.progression.kind).toBe("linear");
    expect(roadmap.blocks[0]!.effort.mainRpe).toBeLessThanOrEqual(7.5);
  });
  it("first exposures are conservative: no load or the empty bar, RPE ≤ 6.5, with a find-your-weight note", () => {
    for (const i of sessions[0]!.main) {
      expect(i.effort!.value).toBeLessThanOrEqual(6.5);
      if (catalog.get(i.exerciseId)!.loadType === "barbell") expect(i.load).toBe(20);
      const external = !["bodyweight", "band"].includes(catalog.get(i.exerciseId)!.loadType);
      if (i.load === undefined && external) expect(i.note).toMatch(/working weight|Pick a load/);
    }
  });
  it("only beginner exercises, and the three days rotate through the split", () => {
    for (const s of sessions) for (const i of s.main) expect(catalog.get(i.exerciseId)!.level).toBe("beginner");
    expect(new Set(sessions.map((s) => s.dayLabel)).size).toBe(3);
  });
});

describe("scenario: knee pain logged after a newly introduced exercise", () => {
  const trainer = createTrainerProfile({ preferredExercises: ["goblet-squat"] });
  const c = client({ schedule: { daysPerWeek: 1, sessionMinutes: 45, preferredDays: [] } });
  const today = { durationMinutes: 45, locationId: "hotel", newPain: [] };
  const first = generateSession(input({ today, now: "2026-03-02T09:00:00Z" }, trainer, c));
  it("the new exercise is introduced first", () => {
    expect(first.main[0]!.exerciseId).toBe("goblet-squat");
    expect(first.main[0]!.reasons.some((r) => r.message.includes("new exercise"))).toBe(true);
  });
  it("after knee pain is logged on it, the next session substitutes it and says why", () => {
    const history: SessionLog[] = [
      {
        date: "2026-03-02",
        unit: "kg",
        benchmarks: [],
        exercises: [
          {
            exerciseId: "goblet-squat",
            sets: [{ load: 16, reps: 8, rpe: 7, completed: true }],
            pain: { region: "knee", severity: 2 },
          },
        ],
      },
    ];
    const next = generateSession(input({ today, history, now: "2026-03-09T09:00:00Z" }, trainer, c));
    expect(items(next).map((i) => i.exerciseId)).not.toContain("goblet-squat");
    const main = next.main[0]!;
    expect(main.pattern).toBe("squat");
    const why = main.reasons.find((r) => r.ruleId === "pain.logged_on_exercise")!;
    expect(why.inputs).toMatchObject({ original: "goblet-squat", region: "knee", severity: 2, loggedOn: "2026-03-02" });
    expect(why.message).toMatch(/Goblet Squat was swapped/);
  });
});

describe("client likes and dislikes", () => {
  const c = client({ schedule: { daysPerWeek: 1, sessionMinutes: 60, preferredDays: [] } });
  const main = (likes: string[], dislikes: string[]) =>
    generateSession(input({}, createTrainerProfile(), { ...c, preferences: { likes, dislikes } })).main[0]!;
  it("a disliked exercise (by id or name) is never chosen; a liked one is favoured", () => {
    const usual = main([], []).exerciseId;
    expect(main([], [usual]).exerciseId).not.toBe(usual);
    expect(main([], [catalog.get(usual)!.name]).exerciseId).not.toBe(usual);
    const liked = main(["goblet-squat"], []);
    expect(liked.exerciseId).toBe("goblet-squat");
    expect(liked.reasons[0]!.message).toMatch(/client likes it/);
  });
});
