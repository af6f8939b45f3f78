import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The shared real exports (../shared/realdata from the repository root); never copied into the repo. */
export const REALDATA = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../../shared/realdata");

export const readReal = (path: string): string => readFileSync(resolve(REALDATA, path), "utf8");

/**
 * Each real CSV export with what was counted by hand once (Python's csv module over the files):
 * workouts, set rows, and the heaviest weight of one named exercise.
 */
export const REAL_CSV = [
  {
    file: "strong/strong_export_classic-comma.csv",
    format: "strong",
    workouts: 15,
    sets: 250,
    heaviest: { name: "Leg Press", kg: 20, sets: 12 },
  },
  {
    file: "strong/strong_export_2025-semicolon.csv",
    format: "strong",
    workouts: 10,
    sets: 166,
    heaviest: { name: "Seated Row (Cable)", kg: 29, sets: 24 },
  },
  {
    file: "strong/strong_export_legacy-snippet.csv",
    format: "strong",
    workouts: 3,
    sets: 6,
    heaviest: { name: "Bench Press (Barbell)", kg: 85, sets: 2 },
  },
  {
    file: "hevy/hevy_workouts_export.csv",
    format: "hevy",
    workouts: 335,
    sets: 7211,
    heaviest: { name: "Squat (Barbell)", kg: 77.5, sets: 153 },
  },
  {
    file: "fitnotes/FitNotes_Export.csv",
    format: "fitnotes",
    workouts: 124,
    sets: 2495,
    heaviest: { name: "Seated Cable Row", kg: 66, sets: 120 },
  },
] as const;
