import { deriveProgressionStates, exposureBest, exposureE1rm, validateSessionLogs } from "@spotter/engine";
import { describe, expect, it } from "vitest";
import { logOf } from "../fixtures/loads.ts";

describe("one e1RM rule per exposure", () => {
  it("golden: 140 kg × 5 @ RPE 8 → 172.6 kg (RTS chart), RIR 2 the same through rpeFromRir", () => {
    expect(exposureE1rm([{ load: 140, reps: 5, rpe: 8, completed: true }], "kg")).toBeCloseTo(172.626, 2);
    expect(exposureE1rm([{ load: 140, reps: 5, rir: 2, completed: true }], "kg")).toBeCloseTo(172.626, 2);
  });
  it("unrated sets use Epley capped at 10 reps; the best set of the exposure wins", () => {
    expect(exposureE1rm([{ load: 100, reps: 15, completed: true }], "kg")).toBeCloseTo(133.333, 2);
    const best = exposureBest(
      [
        { load: 100, reps: 5, completed: true },
        { load: 140, reps: 5, rpe: 8, completed: true },
        { load: 120, reps: 5, rpe: 9, completed: true },
      ],
      "kg",
    )!;
    expect(best).toMatchObject({ loadKg: 140, reps: 5, rpe: 8, method: "rpe_chart" });
  });
  it("a rating below RPE 6 reads as RPE 6: still a lower bound, tighter than Epley's 'to failure'", () => {
    const light = exposureBest([{ load: 100, reps: 5, rpe: 4, completed: true }], "kg")!;
    expect(light.e1rmKg).toBeCloseTo(100 / 0.762, 2);
    expect(light.e1rmKg).toBeGreaterThan(100 * (1 + 5 / 30));
    expect(light.rpe).toBe(4);
  });
  it("RPE beyond the chart (13+ reps) falls back to Epley", () => {
    expect(exposureBest([{ load: 50, reps: 15, rpe: 8, completed: true }], "kg")!.method).toBe("epley");
  });
  it("counts only loaded sets with reps; timed sets never count; an unticked set with reps counts", () => {
    expect(exposureE1rm([{ reps: 10, completed: true }], "kg")).toBe(0);
    expect(exposureE1rm([{ load: 100, reps: 0, completed: false }], "kg")).toBe(0);
    expect(exposureE1rm([{ load: 32, reps: 0, seconds: 40, completed: true }], "kg")).toBe(0);
    expect(exposureE1rm([{ load: 32, reps: 1, seconds: 40, completed: true }], "kg")).toBe(0);
    // Missed the 5th rep: the 4 done at 140 kg are real.
    expect(exposureE1rm([{ load: 140, reps: 4, rpe: 10, completed: false }], "kg")).toBeCloseTo(140 / 0.892, 1);
  });
  it("lb logs convert to kg", () => {
    expect(exposureE1rm([{ load: 225, reps: 5, rpe: 8, completed: true }], "lb")).toBeCloseTo(
      (225 * 0.45359237) / 0.811,
      2,
    );
  });
  it("progression states use the same rule (last e1RM of an exposure = exposureE1rm)", () => {
    const s = [
      { load: 120, reps: 5, rir: 3, completed: true },
      { load: 130, reps: 3, completed: true },
    ];
    const st = deriveProgressionStates([logOf("2026-03-01", "back-squat", s)])["back-squat"]!;
    expect(st.lastE1rmKg).toBeCloseTo(exposureE1rm(s, "kg"), 9);
    expect(st.e1rmKg).toBeCloseTo(exposureE1rm(s, "kg"), 9);
  });
});

describe("timed loaded work (carries, holds)", () => {
  it("logs load with seconds and no reps; the load is kept to progress from, the e1RM ignores it", () => {
    const log = logOf("2026-03-01", "farmers-carry", [
      { load: 32, reps: 0, seconds: 40, completed: true },
      { load: 32, reps: 0, seconds: 40, completed: true },
    ]);
    expect(() => validateSessionLogs([log], "history")).not.toThrow();
    const st = deriveProgressionStates([log])["farmers-carry"]!;
    expect(st.lastLoadKg).toBe(32);
    expect(st.bestE1rmKg).toBe(0);
    expect(st.lastAllCompleted).toBe(true);
  });
  it("still rejects a completed loaded set with neither reps nor seconds", () => {
    expect(() =>
      validateSessionLogs([logOf("2026-03-01", "back-squat", [{ load: 100, reps: 0, completed: true }])], "h"),
    ).toThrow(/reps/);
  });
});
