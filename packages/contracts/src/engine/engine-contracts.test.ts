import {
  applySessionEdit,
  BUILTIN_EXERCISES,
  buildRoadmap,
  createCatalog,
  createTrainerProfile,
  generateSession,
  roadmapPosition,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";
import { clientProfileSchema } from "../client-profile.ts";
import {
  engineSessionInputSchema,
  roadmapSchema,
  sessionEditSchema,
  sessionLogSchema,
  todayParamsSchema,
  trainerProfileSchema,
  trainingSessionSchema,
} from "./index.ts";

const client = clientProfileSchema.parse({
  goals: { primary: "strength" },
  trainingAgeMonths: 24,
  locations: [
    { id: "gym", name: "Gym", equipment: ["barbell", "squat_rack", "bench", "dumbbells", "pullup_bar", "mat"] },
  ],
  defaultLocationId: "gym",
  schedule: { daysPerWeek: 3, sessionMinutes: 60 },
});

describe("engine contracts", () => {
  it("an empty trainer profile parses to the engine defaults", () => {
    expect(trainerProfileSchema.parse({})).toEqual(createTrainerProfile());
  });
  it("engine outputs satisfy the published schemas, and an edit round-trips", () => {
    const trainer = trainerProfileSchema.parse({});
    const roadmap = roadmapSchema.parse(
      buildRoadmap(client, trainer, { startDate: "2026-03-02", now: "2026-03-02T08:00:00Z" }),
    );
    const catalog = createCatalog(BUILTIN_EXERCISES);
    const session = generateSession({
      trainer,
      client,
      catalog,
      roadmap,
      position: roadmapPosition(roadmap, "2026-03-02"),
      history: [],
      today: todayParamsSchema.parse({ durationMinutes: 45 }),
      now: "2026-03-02T08:00:00Z",
      seed: 3,
    });
    expect(trainingSessionSchema.parse(session)).toEqual(session);
    const main = session.main[0]!;
    const edit = sessionEditSchema.parse({ op: "swap", section: "main", index: 0, exerciseId: main.alternatives[0] });
    const edited = applySessionEdit(session, edit, { catalog, trainer });
    expect(edited.main[0]!.exerciseId).toBe(main.alternatives[0]);
    expect(edited.main[0]!.reasons.at(-1)!.ruleId).toBe("edit.swap");
    expect(trainingSessionSchema.parse(edited)).toEqual(edited);
  });
  it("bad logs fail with the field path", () => {
    const bad = sessionLogSchema.safeParse({
      date: "2026-03-01",
      unit: "kg",
      exercises: [
        {
          exerciseId: "back-squat",
          sets: [
            { load: -1, reps: 5 },
            { load: 100, reps: 0 },
            { reps: 5, rpe: 11 },
          ],
        },
      ],
    });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["exercises.0.sets.0.load", "exercises.0.sets.1.reps", "exercises.0.sets.2.rpe"]),
    );
  });
  it("session edits need a change and a known op", () => {
    expect(sessionEditSchema.safeParse({ op: "change", section: "main", index: 0 }).success).toBe(false);
    expect(sessionEditSchema.safeParse({ op: "delete", section: "main", index: 0 }).success).toBe(false);
  });
  it("CLI session input fills defaults", () => {
    const x = engineSessionInputSchema.parse({ client, today: { durationMinutes: 30 }, now: "2026-03-02T08:00:00Z" });
    expect(x.trainer.effortScale).toBe("rpe");
    expect(x.seed).toBe(0);
    expect(x.history).toEqual([]);
  });
});
