import {
  applySessionEdit,
  createTrainerProfile,
  EngineError,
  generateSession,
  type Session,
  type SessionLog,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";
import { catalog, client, input } from "../fixtures/programming.ts";

const c = client({ schedule: { daysPerWeek: 1, sessionMinutes: 60, preferredDays: [] } });
const trainer = createTrainerProfile({ progressionMethods: ["rpe"] });
const squatLog = (date: string, load: number, completed = true): SessionLog => ({
  date,
  unit: "kg",
  benchmarks: [],
  exercises: [
    {
      exerciseId: "back-squat",
      sets: [1, 2, 3].map((k) => ({ load, reps: 5, rpe: 8, completed: k < 3 || completed })),
    },
  ],
});
const history = [squatLog("2026-02-26", 140)];
const gen = (over = {}) => generateSession(input({ history, ...over }, trainer, c));

describe("low readiness", () => {
  const normal = gen();
  it("sleep < 6 h with HRV below baseline lowers loads ~10% and RPE by 1, with a reason", () => {
    const low = gen({ today: { durationMinutes: 60, newPain: [], readiness: { sleepHours: 5, hrvStatus: "below" } } });
    expect(low.main[0]!.exerciseId).toBe("back-squat");
    const ratio = low.main[0]!.load! / normal.main[0]!.load!;
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(0.95);
    expect(low.main[0]!.effort!.value).toBe(normal.main[0]!.effort!.value - 1);
    const why = low.reasons.find((r) => r.ruleId === "readiness.lower_intensity")!;
    expect(why.inputs).toMatchObject({ sleepHours: 5, hrvStatus: "below" });
    expect(why.thresholds).toMatchObject({ sleepHoursBelow: 6 });
  });
  it("short sleep alone (HRV within baseline) changes nothing", () => {
    const ok = gen({ today: { durationMinutes: 60, newPain: [], readiness: { sleepHours: 5, hrvStatus: "within" } } });
    expect(ok.main[0]!.load).toBe(normal.main[0]!.load);
  });
  it("with high soreness too, the heavy bilateral squat is swapped for a lower-stress variant", () => {
    const s = gen({
      today: { durationMinutes: 60, newPain: [], readiness: { sleepHours: 5, hrvStatus: "below", soreness: 8 } },
    });
    const main = s.main[0]!;
    expect(main.exerciseId).not.toBe("back-squat");
    expect(catalog.get(main.exerciseId)!.jointStress).not.toContain("spinal_axial_load");
    expect(main.reasons.map((r) => r.ruleId)).toContain("readiness.swap");
  });
});

describe("the loop: a log changes the next session, and says why", () => {
  it("completed sets → the RPE model recomputes from the new e1RM (bounded ≤ 10%)", () => {
    const next = gen({ history: [...history, squatLog("2026-03-01", 150)] });
    expect(next.main[0]!.load!).toBeGreaterThan(gen().main[0]!.load!);
    expect(next.main[0]!.load!).toBeLessThanOrEqual(165);
    expect(next.main[0]!.reasons.map((r) => r.ruleId)).toContain("progression.rpe.chart");
  });
  it("a missed set holds the load", () => {
    const next = gen({ history: [...history, squatLog("2026-03-01", 150, false)] });
    expect(next.main[0]!.load!).toBeLessThanOrEqual(150);
    expect(next.main[0]!.reasons.map((r) => r.ruleId)).toContain("progression.failed_hold");
  });
  it("a real stall (no upward e1RM trend over the advanced lifter's 8 exposures) changes the variation", () => {
    const dates = ["01", "04", "07", "10", "13", "16", "19", "22", "25"].map((d) => `2026-01-${d}`);
    const stalls = dates.map((d) => squatLog(d, 140, false));
    const s = gen({ history: stalls });
    expect(s.main[0]!.exerciseId).not.toBe("back-squat");
    expect(s.main[0]!.reasons.map((r) => r.ruleId)).toContain("progression.stall.variation");
  });
  it("accessories vary against the last sessions", () => {
    const first = gen();
    const log: SessionLog = {
      date: "2026-03-01",
      unit: "kg",
      benchmarks: [],
      exercises: first.main.map((i) => ({
        exerciseId: i.exerciseId,
        sets: [{ load: i.load ?? 0, reps: i.reps ?? 1, completed: true }],
      })),
    };
    const second = gen({ history: [...history, log] });
    const acc = (s: Session) => s.main.filter((i) => i.role === "accessory").map((i) => i.exerciseId);
    const repeated = acc(second).filter((id) => acc(first).includes(id));
    expect(repeated.length).toBeLessThan(acc(second).length);
  });
});

describe("coach edits", () => {
  const s = gen();
  it("swap to an offered alternative; anything else is refused with the field", () => {
    const alt = s.main[0]!.alternatives[0]!;
    const edited = applySessionEdit(
      s,
      { op: "swap", section: "main", index: 0, exerciseId: alt },
      { catalog, trainer },
    );
    expect(edited.main[0]!.exerciseId).toBe(alt);
    expect(edited.main[0]!.load).toBeUndefined();
    expect(s.main[0]!.exerciseId).toBe("back-squat"); // the input is not mutated
    expect(() =>
      applySessionEdit(s, { op: "swap", section: "main", index: 0, exerciseId: "burpee" }, { catalog, trainer }),
    ).toThrow(expect.objectContaining({ code: "invalid_input", path: "exerciseId" }));
  });
  it("change sets and load: load rounded to the plates, duration re-estimated", () => {
    const edited = applySessionEdit(
      s,
      { op: "change", section: "main", index: 0, sets: 6, load: 101.1 },
      { catalog, trainer },
    );
    expect(edited.main[0]!.load).toBe(100);
    expect(edited.main[0]!.sets).toBe(6);
    expect(edited.estimatedMinutes).toBeGreaterThan(s.estimatedMinutes);
    expect(() =>
      applySessionEdit(s, { op: "change", section: "main", index: 0, load: -1 }, { catalog, trainer }),
    ).toThrow(EngineError);
  });
});
