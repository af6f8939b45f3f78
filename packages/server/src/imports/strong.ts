import type { CsvRow, CsvTable } from "./csv.ts";
import { groupSessions, isoDatePart } from "./group.ts";
import { type ImportedSession, ImportFileError, numberCell, type SetKind, toKg } from "./model.ts";

/**
 * Strong (iOS/Android) exports, both forms seen in the wild:
 *  - classic: `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE`
 *    (duration like `1h 5m`, weight in the app's unit: kg unless the caller says lb; an older
 *    variant adds a `Weight Unit` column);
 *  - 2025: `;`-separated, `"Workout #";"Date";...;"Duration (sec)";...;"Weight (kg)"` (or `(lbs)`).
 * Set Order is a number, or `W` (warm-up), `D` (drop set), `F` (failure) in Strong's own notation.
 * A workout is identified by its start timestamp and name.
 */
export const STRONG_REQUIRED = ["Date", "Workout Name", "Exercise Name", "Set Order", "Reps"] as const;

export function isStrong(header: readonly string[]): boolean {
  return STRONG_REQUIRED.every((c) => header.includes(c));
}

function durationMinutes(raw: string | undefined, seconds: boolean, line: number): number | undefined {
  const text = (raw ?? "").trim();
  if (text === "") return undefined;
  if (seconds) {
    const s = numberCell(text, "Duration (sec)", line);
    return s === undefined ? undefined : Math.round(s / 60);
  }
  const m = /^(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$/.exec(text);
  if (!m || text === "") throw new ImportFileError(`Duration "${text.slice(0, 20)}" is not like 1h 5m`, line);
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Math.round(Number(m[3] ?? 0) / 60);
}

function kindOf(order: string, line: number): SetKind {
  const t = order.trim().toUpperCase();
  if (t === "W") return "warmup";
  if (t === "D") return "dropset";
  if (t === "F") return "failure";
  if (/^\d+$/.test(t)) return "normal";
  throw new ImportFileError(`Set Order "${order.slice(0, 20)}" is not a number, W, D or F`, line);
}

export function parseStrong(table: CsvTable, defaultUnit: "kg" | "lb"): ImportedSession[] {
  const { header } = table;
  const weightColumn = header.find((h) => /^Weight( \((kg|lbs?)\))?$/i.test(h));
  if (!weightColumn) throw new ImportFileError("Strong export without a Weight column");
  const columnUnit = /lbs?\)/i.test(weightColumn) ? "lb" : /kg\)/i.test(weightColumn) ? "kg" : undefined;
  const seconds = header.includes("Duration (sec)");
  const distanceColumn = header.find((h) => h.startsWith("Distance"));
  const unitOf = (r: CsvRow): "kg" | "lb" => {
    const u = (r.cells["Weight Unit"] ?? "").trim().toLowerCase();
    if (u === "") return columnUnit ?? defaultUnit;
    if (u.startsWith("lb")) return "lb";
    if (u.startsWith("kg")) return "kg";
    throw new ImportFileError(`Weight Unit "${u.slice(0, 10)}" is neither kg nor lbs`, r.line);
  };
  const dateOf = (r: CsvRow) => {
    const raw = r.cells.Date ?? "";
    const date = isoDatePart(raw);
    if (!date) throw new ImportFileError(`Date "${raw.slice(0, 30)}" is not a date like 2024-11-28 17:36:08`, r.line);
    return date;
  };
  return groupSessions(
    table.rows,
    (r) => `${(r.cells.Date ?? "").trim()}|${(r.cells["Workout Name"] ?? "").trim()}`,
    (r, key) => {
      const durationMin = durationMinutes(r.cells[seconds ? "Duration (sec)" : "Duration"], seconds, r.line);
      const notes = (r.cells["Workout Notes"] ?? "").trim();
      return {
        externalId: `strong:${key}`,
        date: dateOf(r),
        title: (r.cells["Workout Name"] ?? "").trim() || "Strong workout",
        ...(durationMin ? { durationMin } : {}),
        ...(notes ? { notes } : {}),
      };
    },
    (r) => {
      dateOf(r);
      const weight = numberCell(r.cells[weightColumn], weightColumn, r.line);
      const reps = numberCell(r.cells.Reps, "Reps", r.line);
      const rpe = numberCell(r.cells.RPE, "RPE", r.line);
      const secs = numberCell(r.cells.Seconds, "Seconds", r.line);
      const distance = distanceColumn ? numberCell(r.cells[distanceColumn], distanceColumn, r.line) : undefined;
      // Classic exports write distance in the app's unit; the 2025 form names metres.
      return {
        exerciseName: (r.cells["Exercise Name"] ?? "").trim(),
        kind: kindOf(r.cells["Set Order"] ?? "", r.line),
        ...(weight ? { weightKg: toKg(weight, unitOf(r)) } : {}),
        ...(reps !== undefined ? { reps: Math.round(reps) } : {}),
        ...(rpe ? { rpe } : {}),
        ...(secs ? { seconds: secs } : {}),
        ...(distance ? { distanceM: distance } : {}),
        line: r.line,
      };
    },
  );
}
