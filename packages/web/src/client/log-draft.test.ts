import type { StoredSessionItem } from "@spotter/contracts";
import { describe, expect, it } from "vitest";
import { convertDraft, initialDraft, toLogRequest } from "./log-draft.ts";

const base: Pick<
  StoredSessionItem,
  "pattern" | "unit" | "restSeconds" | "tempo" | "cues" | "alternatives" | "estimatedSeconds" | "reasons"
> = {
  pattern: "squat",
  unit: "kg",
  restSeconds: 0,
  tempo: "0-0-0-0",
  cues: [],
  alternatives: [],
  estimatedSeconds: 60,
  reasons: [],
};
const warmup: StoredSessionItem = {
  ...base,
  id: "warmup-0",
  exerciseId: "leg-swings",
  name: "Leg Swings",
  role: "general",
  sets: 1,
  seconds: 60,
};
const squat: StoredSessionItem = {
  ...base,
  id: "main-0",
  exerciseId: "back-squat",
  name: "Back Squat",
  role: "main",
  sets: 2,
  reps: 5,
  load: 100,
  effort: { scale: "rir", value: 2 },
};
const items = [warmup, squat];

describe("client log draft", () => {
  it("converts typed loads when the unit is toggled", () => {
    const d = initialDraft(items, "kg");
    const lb = convertDraft(d, "lb");
    expect(lb.unit).toBe("lb");
    expect(lb.sets["main-0"]?.[0]?.load).toBe("220");
    expect(toLogRequest(lb, items).sets[1]?.load).toBeCloseTo(99.79, 2);
  });

  it("prefills every set with the prescription in the display unit", () => {
    const d = initialDraft(items, "lb");
    expect(d.sets["main-0"]).toEqual([
      { load: "220", reps: "5", effort: "2", done: false },
      { load: "220", reps: "5", effort: "2", done: false },
    ]);
    expect(d.sets["warmup-0"]).toEqual([{ load: "", reps: "60", effort: "", done: false }]);
  });

  it("reads effort as data: an RPE target prefills RPE, a %1RM target prefills nothing", () => {
    const rpe = { ...squat, effort: { scale: "rpe" as const, value: 8.5 } };
    const pct = { ...squat, effort: { scale: "percent_1rm" as const, value: 75 } };
    expect(initialDraft([rpe], "kg").sets["main-0"]?.[0]?.effort).toBe("8.5");
    expect(initialDraft([pct], "kg").sets["main-0"]?.[0]?.effort).toBe("");
    const d = initialDraft([rpe], "kg");
    d.sets["main-0"]![0]!.done = true;
    expect(toLogRequest(d, [rpe]).sets[0]).toMatchObject({ rpe: 8.5 });
  });

  it("builds the API body: kg loads, rir on RIR items, seconds for timed work, pain by item", () => {
    const d = initialDraft(items, "lb");
    d.sets["main-0"]![0]!.done = true;
    d.pain["main-0"] = { region: "knee", severity: "3" };
    d.sessionRpe = 7;
    d.feel = 4;
    d.notes = "  good  ";
    const body = toLogRequest(d, items);
    expect(body.unit).toBe("kg");
    expect(body.sets[0]).toEqual({ itemId: "warmup-0", setIndex: 0, load: 0, reps: 0, seconds: 60, completed: false });
    expect(body.sets[1]).toEqual({ itemId: "main-0", setIndex: 0, load: 99.79, reps: 5, rir: 2, completed: true });
    expect(body.pain).toEqual([{ itemId: "main-0", exerciseId: "back-squat", region: "knee", severity: 3 }]);
    expect(body).toMatchObject({ sessionRpe: 7, feel: 4, notes: "good" });
  });
});
