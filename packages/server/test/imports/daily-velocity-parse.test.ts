/**
 * The Oura layouts the HTTP test does not send (the data export's sleep.csv and dailyreadiness.csv,
 * `;`-separated as that export writes them) and the velocity file's header spellings: parsers only,
 * no database.
 */
import { describe, expect, it } from "vitest";
import { parseDailyCsv } from "../../src/imports/daily-csv.ts";
import { parseVelocityCsv } from "../../src/imports/velocity-csv.ts";

describe("daily and velocity CSV parsers", () => {
  it("Oura sleep.csv: the main sleep only, seconds to minutes; dailyreadiness.csv: the score as reported", () => {
    const sleep = parseDailyCsv(
      [
        "id;day;type;average_hrv;lowest_heart_rate;total_sleep_duration",
        "a;2026-11-02;long_sleep;48;50;25200",
        "b;2026-11-02;late_nap;30;60;1800",
        "c;2026-11-03;long_sleep;51.5;49;26100",
      ].join("\n"),
    );
    expect(sleep).toMatchObject({ source: "oura", layout: "Oura sleep.csv", rows: 3 });
    expect(sleep.skipped).toEqual(new Map([["not the main sleep (type late_nap)", 1]]));
    expect(sleep.daily.filter((d) => d.day === "2026-11-02")).toEqual([
      { day: "2026-11-02", metric: "hrv_ln_rmssd", value: 3.8712 },
      { day: "2026-11-02", metric: "hrv_rmssd_ms", value: 48 },
      { day: "2026-11-02", metric: "resting_hr_bpm", value: 50 },
      { day: "2026-11-02", metric: "sleep_asleep_min", value: 420 },
    ]);
    const readiness = parseDailyCsv("id;day;score;temperature_deviation\nx;2026-11-02;77;0.1");
    expect(readiness.daily).toEqual([{ day: "2026-11-02", metric: "oura_readiness_score", value: 77 }]);
  });

  it("velocity: bracketed units and device spellings; implausible rows kept aside with why", () => {
    const f = parseVelocityCsv(
      [
        "Date,Exercise,Set #,Rep #,Weight (kg),Mean Velocity (m/s)",
        "2026-11-02T10:01:00,Back Squat,1,1,100,0.61",
        "2026-11-02T10:01:00,Back Squat,1,0,100,0.6",
        "2026-11-02T10:01:00,Back Squat,1,2,100,0.01",
      ].join("\n"),
    );
    expect(f.reps).toEqual([
      { line: 2, date: "2026-11-02", exerciseName: "Back Squat", set: 1, rep: 1, velocity: 0.61, loadKg: 100 },
    ]);
    expect(f.invalid).toEqual([
      { line: 3, reason: "set and rep must be whole numbers from 1" },
      { line: 4, reason: "mean velocity outside 0.05-3 m/s" },
    ]);
  });
});
