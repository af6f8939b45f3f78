import type { SessionDto, StoredSessionItem } from "@spotter/contracts";
import { describe, expect, it } from "vitest";
import { allItems, effortText, estimatedMinutes, exerciseName, loadKg, prescription, shownTempo } from "./plan-view.ts";

const item: StoredSessionItem = {
  id: "main-0",
  exerciseId: "back-squat",
  name: "Back Squat",
  pattern: "squat",
  role: "main",
  sets: 3,
  reps: 5,
  load: 100,
  unit: "kg",
  effort: { scale: "rpe", value: 8 },
  restSeconds: 180,
  tempo: "3-1-1-0",
  cues: ["Brace"],
  alternatives: ["goblet-squat"],
  estimatedSeconds: 600,
  reasons: [],
};

describe("plan view", () => {
  it("shows loads in kg whatever unit the plan is written in", () => {
    expect(loadKg(item)).toBe(100);
    expect(loadKg({ ...item, load: 225, unit: "lb" })).toBeCloseTo(102.058, 3);
    expect(loadKg({ ...item, load: undefined })).toBeUndefined();
  });

  it("words effort on its own scale", () => {
    expect(effortText(item.effort)).toBe("RPE 8");
    expect(effortText({ scale: "rir", value: 2 })).toBe("2 RIR");
    expect(effortText({ scale: "percent_1rm", value: 75 })).toBe("75% 1RM");
    expect(effortText(undefined)).toBeUndefined();
  });

  it("hides the catalog's 0-0-0-0 tempo and writes timed and AMRAP work", () => {
    expect(shownTempo(item)).toBe("3-1-1-0");
    expect(shownTempo({ ...item, tempo: "0-0-0-0" })).toBeUndefined();
    expect(prescription(item)).toBe("3 × 5");
    expect(prescription({ ...item, amrap: true })).toBe("3 × 5+");
    expect(prescription({ ...item, reps: undefined, seconds: 60, sets: 1 })).toBe("1 × 60 s");
  });

  it("names alternatives from their ids and lists items in section order", () => {
    expect(exerciseName("goblet-squat")).toBe("Goblet squat");
    expect(exerciseName("org:sled_push")).toBe("Sled push");
    const warm = { ...item, id: "warmup-0", role: "general" as const };
    const s = {
      plan: { warmup: [warm], main: [item], finisher: [], cooldown: [], estimatedMinutes: 43.9 },
    } as unknown as SessionDto;
    expect(allItems(s).map((i) => i.id)).toEqual(["warmup-0", "main-0"]);
    expect(estimatedMinutes(s)).toBe(44);
  });
});
