import type { CsvRow, CsvTable } from "./csv.ts";
import { groupSessions, isoDatePart } from "./group.ts";
import { type ImportedSession, ImportFileError, numberCell, toKg } from "./model.ts";

/**
 * FitNotes (Android) export: `Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time`
 * (older exports: `Weight (kgs)` / `Weight (lbs)` and no unit column). No workout name, set type or
 * RPE; a training day is one session, identified by its date. Time is `h:mm:ss` or seconds.
 */
export function isFitNotes(header: readonly string[]): boolean {
  return ["Date", "Exercise", "Category", "Reps"].every((c) => header.includes(c));
}

function seconds(raw: string | undefined, line: number): number | undefined {
  const text = (raw ?? "").trim();
  if (text === "") return undefined;
  const parts = text.split(":");
  if (parts.length > 1) {
    const n = parts.map((p) => Number(p));
    if (n.some((v) => !Number.isFinite(v)))
      throw new ImportFileError(`Time "${text.slice(0, 20)}" is not h:mm:ss`, line);
    return n.reduce((acc, v) => acc * 60 + v, 0);
  }
  return numberCell(text, "Time", line);
}

export function parseFitNotes(table: CsvTable): ImportedSession[] {
  const { header } = table;
  const weightColumn = header.find((h) => /^Weight( \((kgs|lbs)\))?$/.test(h));
  if (!weightColumn) throw new ImportFileError("FitNotes export without a Weight column");
  const columnUnit = weightColumn.includes("lbs") ? "lb" : "kg";
  const unitOf = (r: CsvRow): "kg" | "lb" => {
    const u = (r.cells["Weight Unit"] ?? "").trim().toLowerCase();
    if (u === "") return columnUnit;
    if (u.startsWith("lb")) return "lb";
    if (u.startsWith("kg")) return "kg";
    throw new ImportFileError(`Weight Unit "${u.slice(0, 10)}" is neither kgs nor lbs`, r.line);
  };
  const dateOf = (r: CsvRow) => {
    const raw = r.cells.Date ?? "";
    const date = isoDatePart(raw);
    if (!date) throw new ImportFileError(`Date "${raw.slice(0, 30)}" is not a date like 2023-11-21`, r.line);
    return date;
  };
  return groupSessions(
    table.rows,
    (r) => dateOf(r),
    (r, key) => ({ externalId: `fitnotes:${key}`, date: dateOf(r), title: "FitNotes training day" }),
    (r) => {
      const weight = numberCell(r.cells[weightColumn], weightColumn, r.line);
      const reps = numberCell(r.cells.Reps, "Reps", r.line);
      const secs = seconds(r.cells.Time, r.line);
      const distance = numberCell(r.cells.Distance, "Distance", r.line);
      const distUnit = (r.cells["Distance Unit"] ?? "").trim().toLowerCase();
      const metres = distUnit === "km" ? 1000 : distUnit.startsWith("mi") ? 1609.344 : distUnit === "ft" ? 0.3048 : 1;
      return {
        exerciseName: (r.cells.Exercise ?? "").trim(),
        kind: "normal" as const,
        ...(weight ? { weightKg: toKg(weight, unitOf(r)) } : {}),
        ...(reps !== undefined ? { reps: Math.round(reps) } : {}),
        ...(secs ? { seconds: secs } : {}),
        ...(distance ? { distanceM: Math.round(distance * metres) } : {}),
        line: r.line,
      };
    },
  );
}
