import { readFileSync } from "node:fs";
import { readCsv } from "../../packages/server/src/imports/csv.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");
const hevyTime = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};
const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;

/**
 * A Hevy export of exactly `rows` set rows with the real export's shape: its workouts (exercises,
 * set types, reps, RPE, notes) replayed in order, one every other day from 2021-01-04 at 07:30, loads
 * rising 0.05% per workout (rounded to 0.5 kg) so the history progresses. Deterministic.
 */
export function synthesizeHevy(realPath: string, rows: number): string {
  const table = readCsv(readFileSync(realPath, "utf8"));
  const workouts: Record<string, string>[][] = [];
  const index = new Map<string, Record<string, string>[]>();
  for (const r of table.rows) {
    const key = `${r.cells.start_time}|${r.cells.title}`;
    let w = index.get(key);
    if (!w) {
      w = [];
      index.set(key, w);
      workouts.push(w);
    }
    w.push(r.cells);
  }
  workouts.reverse(); // the export lists the newest first; replay oldest first
  const out = [table.header.map(quote).join(",")];
  const start = Date.UTC(2021, 0, 4, 7, 30);
  for (let i = 0; out.length - 1 < rows; i++) {
    const w = workouts[i % workouts.length] ?? [];
    const t0 = start + i * 2 * 86_400_000;
    const minutes = 60 + (i % 4) * 10;
    const factor = 1 + 0.0005 * i;
    for (const c of w) {
      if (out.length - 1 >= rows) break;
      const weight = c.weight_kg ? String(Math.round(Number(c.weight_kg) * factor * 2) / 2) : "";
      const cells: Record<string, string> = {
        ...c,
        start_time: hevyTime(t0),
        end_time: hevyTime(t0 + minutes * 60_000),
        weight_kg: weight,
      };
      out.push(table.header.map((h) => quote(cells[h] ?? "")).join(","));
    }
  }
  return `${out.join("\n")}\n`;
}
