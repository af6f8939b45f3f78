import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runEngineCommand } from "./engine.ts";

const client = {
  goals: { primary: "hypertrophy" },
  trainingAgeMonths: 12,
  locations: [{ id: "home", name: "Home", equipment: ["dumbbells", "bench", "pullup_bar", "bands", "mat"] }],
  defaultLocationId: "home",
  schedule: { daysPerWeek: 3, sessionMinutes: 45 },
};
const now = "2026-03-02T07:00:00Z";
const json = (x: unknown) => JSON.stringify(x);

describe("spotter engine", () => {
  it("roadmap → blocks", () => {
    const r = runEngineCommand("roadmap", json({ client, startDate: "2026-03-02", now }));
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout!).blocks[0].kind).toBe("accumulation");
  });
  it("session → a fitted, explained session; same input, same output", () => {
    const input = json({ client, today: { durationMinutes: 45 }, now, seed: 5 });
    const a = runEngineCommand("session", input);
    expect(a.exitCode).toBe(0);
    const s = JSON.parse(a.stdout!);
    expect(s.main.length).toBeGreaterThan(0);
    expect(s.estimatedMinutes).toBeGreaterThanOrEqual(40.5);
    expect(s.estimatedMinutes).toBeLessThanOrEqual(49.5);
    expect(runEngineCommand("session", input).stdout).toBe(a.stdout);
  });
  it("progress → state per exercise", () => {
    const history = [
      {
        date: "2026-03-01",
        unit: "kg",
        exercises: [{ exerciseId: "back-squat", sets: [{ load: 140, reps: 5, rpe: 8 }] }],
      },
    ];
    const r = runEngineCommand("progress", json({ history }));
    expect(JSON.parse(r.stdout!)["back-squat"].bestE1rmKg).toBeCloseTo(172.626, 2);
  });
  it("errors are JSON naming the field, exit code 1", () => {
    const bad = runEngineCommand("session", json({ client, today: { durationMinutes: 45, locationId: "moon" }, now }));
    expect(bad.exitCode).toBe(1);
    expect(JSON.parse(bad.stderr!).error.fields[0].path).toBe("today.locationId");
    const unknown = runEngineCommand(
      "progress",
      json({ history: [{ date: "2026-03-01", unit: "kg", exercises: [{ exerciseId: "x", sets: [] }] }] }),
    );
    expect(JSON.parse(unknown.stderr!).error.fields[0].path).toBe("history.0.exercises.0.exerciseId");
    expect(JSON.parse(runEngineCommand("e1rm", "{oops").stderr!).error.code).toBe("validation_error");
  });
  it("the real binary reads stdin and writes stdout", () => {
    const bin = fileURLToPath(new URL("../../bin/spotter.js", import.meta.url));
    const r = spawnSync(process.execPath, [bin, "engine", "e1rm"], {
      input: json({ load: 140, reps: 5, rpe: 8 }),
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).e1rm).toBeCloseTo(172.626, 2);
    const e = spawnSync(process.execPath, [bin, "engine", "e1rm"], {
      input: json({ load: 100, reps: 0 }),
      encoding: "utf8",
    });
    expect(e.status).toBe(1);
    expect(JSON.parse(e.stderr).error.fields[0].path).toBe("reps");
  });
});
