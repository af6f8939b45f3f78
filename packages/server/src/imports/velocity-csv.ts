/**
 * A velocity-based-training export as per-rep mean concentric velocities (issue 15). Spotter's
 * documented generic layout, one row per rep:
 *
 *   date,exercise,set,rep,load_kg,mean_velocity_m_s
 *   2026-11-02,Back Squat,1,1,100,0.62
 *
 * `date` YYYY-MM-DD (a timestamp's first 10 characters are read), `exercise` the device's name (mapped
 * to the catalog like app imports: exact, alias, or the organization's mapping), `set` and `rep`
 * 1-based as the device numbered them, `load_kg` optional, `mean_velocity_m_s` the rep's mean
 * concentric velocity. Header names are matched ignoring case, spaces, and a unit in brackets, and a
 * few spellings devices use are accepted (`Set #`, `Rep #`, `Weight`, `Load (kg)`, `Mean Velocity
 * (m/s)`, `Avg Velocity`). No vendor's column list could be verified from its own documentation, so
 * no device layout is claimed beyond these aliases.
 */
import { readCsv } from "./csv.ts";
import { ImportFileError, numberCell } from "./model.ts";

export type VelocityRep = {
  line: number;
  date: string;
  exerciseName: string;
  set: number;
  rep: number;
  velocity: number;
  loadKg?: number;
};

export type VelocityFile = { rows: number; reps: VelocityRep[]; invalid: { line: number; reason: string }[] };

/** Column → accepted header spellings, normalized (lower case, brackets and non-letters removed). */
const COLUMNS = {
  date: ["date", "session date", "timestamp"],
  exercise: ["exercise", "exercise name"],
  set: ["set", "set #", "set number"],
  rep: ["rep", "rep #", "rep number"],
  load: ["load_kg", "load", "load (kg)", "weight", "weight (kg)"],
  velocity: ["mean_velocity_m_s", "mean velocity", "mean velocity (m/s)", "avg velocity", "average velocity", "mcv"],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ["date", "exercise", "set", "rep", "velocity"];

const norm = (h: string) =>
  h
    .toLowerCase()
    .replace(/\((m\/s|kg)\)/g, "")
    .replace(/[^a-z0-9#]+/g, " ")
    .trim();

/** Header name → which column it is. */
function columnsOf(header: readonly string[]): Partial<Record<Column, string>> {
  const out: Partial<Record<Column, string>> = {};
  for (const h of header)
    for (const [col, names] of Object.entries(COLUMNS) as [Column, readonly string[]][])
      if (!out[col] && names.some((n) => norm(n) === norm(h))) out[col] = h;
  return out;
}

/** True when the header has every column the velocity import needs (the web app routes CSVs by it). */
export const isVelocityHeader = (header: readonly string[]): boolean => {
  const cols = columnsOf(header);
  return REQUIRED.every((c) => cols[c]);
};

/** Mean concentric velocities outside this are not a barbell rep (1RM squats ~0.3, jumps < 3 m/s). */
const MIN_V = 0.05;
const MAX_V = 3;

/**
 * Reads the file; a header without the columns names the missing ones, a cell that is not a number
 * names its line and column. Rows with an implausible velocity or numbering are kept aside as
 * invalid with why (the preview lists them), never dropped silently.
 */
export function parseVelocityCsv(text: string): VelocityFile {
  const table = readCsv(text);
  const cols = columnsOf(table.header);
  const missing = REQUIRED.filter((c) => !cols[c]);
  if (missing.length)
    throw new ImportFileError(
      `not a velocity export: the header has no ${missing.join(", ")} column (expected date, exercise, set, rep, load_kg, mean_velocity_m_s)`,
      1,
    );
  if (table.rows.length === 0) throw new ImportFileError("the file has a header but no rows");
  const reps: VelocityRep[] = [];
  const invalid: VelocityFile["invalid"] = [];
  for (const row of table.rows) {
    const cell = (c: Column) => (row.cells[cols[c] ?? ""] ?? "").trim();
    const date = cell("date").slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
      throw new ImportFileError(`${cols.date} "${cell("date").slice(0, 40)}" is not a date (YYYY-MM-DD)`, row.line);
    const exerciseName = cell("exercise");
    const set = numberCell(cell("set"), cols.set ?? "set", row.line);
    const rep = numberCell(cell("rep"), cols.rep ?? "rep", row.line);
    const velocity = numberCell(cell("velocity"), cols.velocity ?? "velocity", row.line);
    const loadKg = cols.load ? numberCell(cell("load"), cols.load, row.line) : undefined;
    let reason: string | null = null;
    if (!exerciseName) reason = "no exercise name";
    else if (
      set === undefined ||
      rep === undefined ||
      !Number.isInteger(set) ||
      !Number.isInteger(rep) ||
      set < 1 ||
      rep < 1
    )
      reason = "set and rep must be whole numbers from 1";
    else if (velocity === undefined) reason = "no mean velocity";
    else if (velocity < MIN_V || velocity > MAX_V) reason = `mean velocity outside ${MIN_V}-${MAX_V} m/s`;
    if (reason || set === undefined || rep === undefined || velocity === undefined) {
      invalid.push({ line: row.line, reason: reason ?? "incomplete row" });
      continue;
    }
    reps.push({
      line: row.line,
      date,
      exerciseName,
      set,
      rep,
      velocity: Math.round(velocity * 1000) / 1000,
      ...(loadKg !== undefined && loadKg >= 0 ? { loadKg } : {}),
    });
  }
  return { rows: table.rows.length, reps, invalid };
}
