import { describe, expect, it } from "vitest";
import { normalizeSession } from "../api/session-types.ts";
import { initialDraft, toLogRequest } from "./log-draft.ts";

const session = normalizeSession({
  id: "s1",
  plan: {
    unit: "kg",
    warmup: [{ id: "warmup-0", exerciseId: "leg-swings", name: "Leg Swings", sets: 1, seconds: 60 }],
    main: [
      {
        id: "main-0",
        exerciseId: "back-squat",
        name: "Back Squat",
        sets: 2,
        reps: 5,
        load: 100,
        effort: { scale: "rir", value: 2 },
      },
    ],
  },
});
const items = [...session.plan.warmup, ...session.plan.main];

describe("client log draft", () => {
  it("converts typed loads when the unit is toggled", async () => {
    const { convertDraft } = await import("./log-draft.ts");
    const d = initialDraft(session, items, "kg");
    const lb = convertDraft(d, "lb");
    expect(lb.unit).toBe("lb");
    expect(lb.sets["main-0"]?.[0]?.load).toBe("220");
    expect(toLogRequest(lb, items).sets[1]?.load).toBeCloseTo(99.79, 2);
  });

  it("prefills every set with the prescription in the display unit", () => {
    const d = initialDraft(session, items, "lb");
    expect(d.sets["main-0"]).toEqual([
      { load: "220", reps: "5", effort: "2", done: false },
      { load: "220", reps: "5", effort: "2", done: false },
    ]);
    expect(d.sets["warmup-0"]).toEqual([{ load: "", reps: "60", effort: "", done: false }]);
  });

  it("builds the API body: kg loads, rir on RIR items, seconds for timed work, pain by item", () => {
    const d = initialDraft(session, items, "lb");
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
