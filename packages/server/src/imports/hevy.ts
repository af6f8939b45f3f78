import type { CsvRow, CsvTable } from "./csv.ts";
import { groupSessions } from "./group.ts";
import { type ImportedSession, ImportFileError, numberCell, type SetKind, toKg } from "./model.ts";

/**
 * Hevy's workout export: one row per set,
 * `title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe`
 * (`weight_lbs` / `distance_miles` when the account uses imperial units). Times read like
 * `15 Sep 2025, 07:48`; set_type is normal, warmup, failure or dropset. A workout is identified by
 * its start time and title.
 */
export const HEVY_REQUIRED = ["title", "start_time", "exercise_title", "set_type", "reps"] as const;

export function isHevy(header: readonly string[]): boolean {
  return HEVY_REQUIRED.every((c) => header.includes(c));
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** `15 Sep 2025, 07:48` → minutes since the epoch day 0 of that local time (for durations) and the date. */
function readTime(raw: string | undefined, column: string, line: number): { date: string; minutes: number } {
  const text = (raw ?? "").trim();
  const m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4}),? (\d{1,2}):(\d{2})$/.exec(text);
  const month = m ? MONTHS.indexOf((m[2] ?? "").toLowerCase()) : -1;
  if (!m || month < 0)
    throw new ImportFileError(`${column} "${text.slice(0, 30)}" is not like 15 Sep 2025, 07:48`, line);
  const [day, year, hour, minute] = [Number(m[1]), Number(m[3]), Number(m[4]), Number(m[5])];
  const ms = Date.UTC(year, month, day, hour, minute);
  if (new Date(ms).getUTCDate() !== day || hour > 23 || minute > 59)
    throw new ImportFileError(`${column} "${text}" is not a valid time`, line);
  return { date: `${year}-${pad(month + 1)}-${pad(day)}`, minutes: ms / 60_000 };
}

const KINDS: Record<string, SetKind> = { normal: "normal", warmup: "warmup", failure: "failure", dropset: "dropset" };

export function parseHevy(table: CsvTable): ImportedSession[] {
  const { header } = table;
  const weightColumn = header.includes("weight_kg") ? "weight_kg" : header.includes("weight_lbs") ? "weight_lbs" : "";
  if (!weightColumn) throw new ImportFileError("Hevy export without a weight_kg or weight_lbs column");
  const unit = weightColumn === "weight_lbs" ? "lb" : "kg";
  const distanceColumn = header.includes("distance_km") ? "distance_km" : "distance_miles";
  const distanceFactor = distanceColumn === "distance_km" ? 1000 : 1609.344;
  return groupSessions(
    table.rows,
    (r: CsvRow) => `${(r.cells.start_time ?? "").trim()}|${(r.cells.title ?? "").trim()}`,
    (r, key) => {
      const start = readTime(r.cells.start_time, "start_time", r.line);
      const endRaw = (r.cells.end_time ?? "").trim();
      const end = endRaw ? readTime(endRaw, "end_time", r.line) : undefined;
      const durationMin = end && end.minutes > start.minutes ? end.minutes - start.minutes : undefined;
      const notes = (r.cells.description ?? "").trim();
      return {
        externalId: `hevy:${key}`,
        date: start.date,
        title: (r.cells.title ?? "").trim() || "Hevy workout",
        ...(durationMin ? { durationMin } : {}),
        ...(notes ? { notes } : {}),
      };
    },
    (r) => {
      readTime(r.cells.start_time, "start_time", r.line);
      const typeText = (r.cells.set_type ?? "").trim().toLowerCase();
      const kind = KINDS[typeText];
      if (!kind)
        throw new ImportFileError(
          `set_type "${typeText.slice(0, 20)}" is not normal, warmup, failure or dropset`,
          r.line,
        );
      const weight = numberCell(r.cells[weightColumn], weightColumn, r.line);
      const reps = numberCell(r.cells.reps, "reps", r.line);
      const rpe = numberCell(r.cells.rpe, "rpe", r.line);
      const secs = numberCell(r.cells.duration_seconds, "duration_seconds", r.line);
      const distance = numberCell(r.cells[distanceColumn], distanceColumn, r.line);
      return {
        exerciseName: (r.cells.exercise_title ?? "").trim(),
        kind,
        ...(weight ? { weightKg: toKg(weight, unit) } : {}),
        ...(reps !== undefined ? { reps: Math.round(reps) } : {}),
        ...(rpe ? { rpe } : {}),
        ...(secs ? { seconds: secs } : {}),
        ...(distance ? { distanceM: Math.round(distance * distanceFactor) } : {}),
        line: r.line,
      };
    },
  );
}
