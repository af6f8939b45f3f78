/**
 * The neutral model every importer (Strong, Hevy, FitNotes CSV; FIT) parses into, before any
 * exercise mapping or storage: one imported session per workout, its sets in file order with the
 * app's exercise name as written. Loads are kilograms whatever the file's unit.
 */
import type { FitWearable } from "./fit-wearable.ts";

export const CSV_FORMATS = ["strong", "hevy", "fitnotes"] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];
export const IMPORT_FORMATS = [...CSV_FORMATS, "fit"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Set types the apps record; warm-ups are kept apart from working sets. */
export type SetKind = "normal" | "warmup" | "failure" | "dropset";

export type ImportedSet = {
  /** The exercise as the app names it, trimmed. */
  exerciseName: string;
  kind: SetKind;
  weightKg?: number;
  reps?: number;
  rpe?: number;
  seconds?: number;
  distanceM?: number;
  /** 1-based line of the file's row, for skip reasons. */
  line: number;
};

export type ImportedSession = {
  /** Stable within the app's export: the same workout reads the same id in every export. */
  externalId: string;
  /** YYYY-MM-DD, the workout's local start date. */
  date: string;
  title: string;
  durationMin?: number;
  notes?: string;
  sets: ImportedSet[];
};

export type ParsedImport = {
  format: ImportFormat;
  rows: number;
  sessions: ImportedSession[];
  /** FIT only: monitoring, HRV and weigh-ins (fit-wearable.ts). */
  wearable?: FitWearable;
};

/** A file that cannot be read as the format: a 400 naming what is wrong; nothing is stored. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = "ImportFileError";
  }
}

const LB_KG = 0.45359237;

/** Kilograms rounded to 0.01 (exports carry float noise such as 12.900000000000034). */
export function toKg(value: number, unit: "kg" | "lb"): number {
  return Math.round((unit === "lb" ? value * LB_KG : value) * 100) / 100;
}

/** A number cell: empty → undefined; anything else must parse, or the file is broken at `line`. */
export function numberCell(raw: string | undefined, column: string, line: number): number | undefined {
  const text = (raw ?? "").trim();
  if (text === "") return undefined;
  const value = Number(text.replace(",", "."));
  if (!Number.isFinite(value)) throw new ImportFileError(`${column} "${text.slice(0, 40)}" is not a number`, line);
  return value;
}
