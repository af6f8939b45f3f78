/**
 * Oura and WHOOP daily CSV exports (issue 15) as daily wearable values, stored as the vendor
 * reported them and marked with the source. Columns read (header names matched ignoring case and
 * surrounding spaces; every other column is ignored):
 *
 * Oura, "Trends" CSV export of Oura on the Web (one row per day; durations in seconds), as listed in
 * the export's header: `date`, `Average HRV` (ms), `Lowest Resting Heart Rate` (bpm),
 * `Total Sleep Duration` (older exports: `Total Sleep Time`, s), `Readiness Score` (0-100).
 * Oura, the data export's `sleep.csv` (one row per sleep period, the fields of Oura's API v2
 * `sleep` model): `day`, `type` (only `long_sleep`, the main sleep, is read), `average_hrv` (ms),
 * `lowest_heart_rate` (bpm), `total_sleep_duration` (s). And its `dailyreadiness.csv`: `day`,
 * `score` (0-100).
 * WHOOP, `physiological_cycles.csv` of the WHOOP app's "Export WHOOP Data" (support.whoop.com, "How
 * to Export Your Data"): `Wake onset` (the day a recovery belongs to: WHOOP scores recovery on
 * waking), `Recovery score %`, `Resting heart rate (bpm)`, `Heart rate variability (ms)`,
 * `Asleep duration (min)`.
 *
 * HRV: both vendors report rMSSD in ms, but over other windows than a morning reading (Plews et al.
 * IJSPP 2014: a short supine/seated recording on waking): Oura averages the whole night's 5-minute
 * rMSSD samples, WHOOP measures during the night's last slow-wave sleep. Nocturnal values run
 * systematically apart from morning ones, so the raw figure is kept as `hrv_rmssd_ms` and its ln
 * (`hrv_ln_rmssd`, what readiness reads) carries the vendor as source: readiness names the source in
 * its HRV driver, and a client switching devices starts a new normal only as the window turns over.
 * The vendor's readiness/recovery score is stored as reported and never read by Spotter's readiness.
 */
import type { WearableMetric } from "../db/schema-wearables.ts";
import { type CsvRow, type CsvTable, readCsv } from "./csv.ts";
import { ImportFileError, numberCell } from "./model.ts";

export const DAILY_SOURCES = ["oura", "whoop"] as const;
export type DailySource = (typeof DAILY_SOURCES)[number];

export type DailyValue = { day: string; metric: WearableMetric; value: number };
export type DailyCsv = {
  source: DailySource;
  layout: string;
  rows: number;
  daily: DailyValue[];
  skipped: Map<string, number>;
};

/** What a column holds: the metric, the unit conversion to store it in, and the plausible range. */
type Column = { names: string[]; metric: WearableMetric; scale?: number; min: number; max: number };

type Layout = {
  source: DailySource;
  label: string;
  /** Header names that must all be present (lower case). */
  required: string[];
  day: string;
  columns: Column[];
  /** A row that is not the day's value (e.g. an Oura nap), with why. */
  skipRow?: (r: CsvRow, col: (name: string) => string) => string | null;
};

const HRV = { metric: "hrv_rmssd_ms" as const, min: 5, max: 300 };
const RHR = { metric: "resting_hr_bpm" as const, min: 25, max: 130 };
const SLEEP_MIN = { metric: "sleep_asleep_min" as const, min: 0, max: 1440 };

const LAYOUTS: Layout[] = [
  {
    source: "oura",
    label: "Oura trends export",
    required: ["date"],
    day: "date",
    columns: [
      { names: ["average hrv"], ...HRV },
      { names: ["lowest resting heart rate"], ...RHR },
      { names: ["total sleep duration", "total sleep time"], ...SLEEP_MIN, scale: 1 / 60 },
      { names: ["readiness score"], metric: "oura_readiness_score", min: 0, max: 100 },
    ],
  },
  {
    source: "oura",
    label: "Oura sleep.csv",
    required: ["day", "type", "average_hrv"],
    day: "day",
    columns: [
      { names: ["average_hrv"], ...HRV },
      { names: ["lowest_heart_rate"], ...RHR },
      { names: ["total_sleep_duration"], ...SLEEP_MIN, scale: 1 / 60 },
    ],
    skipRow: (_r, col) => (col("type") === "long_sleep" ? null : `not the main sleep (type ${col("type") || "empty"})`),
  },
  {
    source: "oura",
    label: "Oura dailyreadiness.csv",
    required: ["day", "score"],
    day: "day",
    columns: [{ names: ["score"], metric: "oura_readiness_score", min: 0, max: 100 }],
  },
  {
    source: "whoop",
    label: "WHOOP physiological_cycles.csv",
    required: ["cycle start time", "wake onset"],
    day: "wake onset",
    columns: [
      { names: ["heart rate variability (ms)"], ...HRV },
      { names: ["resting heart rate (bpm)"], ...RHR },
      { names: ["asleep duration (min)"], ...SLEEP_MIN },
      { names: ["recovery score %"], metric: "whoop_recovery_pct", min: 0, max: 100 },
    ],
  },
];

const key = (h: string) => h.trim().toLowerCase();

/** The layout whose required columns and at least one value column the header has. */
function layoutOf(header: readonly string[]): Layout | undefined {
  const have = new Set(header.map(key));
  return LAYOUTS.find(
    (l) => l.required.every((n) => have.has(n)) && l.columns.some((c) => c.names.some((n) => have.has(n))),
  );
}

/** True when the header is an Oura or WHOOP daily export (the web app routes CSVs with it too). */
export const isDailyHeader = (header: readonly string[]): boolean => layoutOf(header) !== undefined;

/**
 * Reads the export. A file that is not one of the layouts is an ImportFileError naming the columns
 * each needs; a value that is not a number names its line and column; a value outside the plausible
 * range, an empty cell, a second row for a day and a nap are skipped and counted by reason.
 */
export function parseDailyCsv(text: string, want?: DailySource): DailyCsv {
  const table: CsvTable = readCsv(text);
  const layout = layoutOf(table.header);
  if (!layout || (want && layout.source !== want))
    throw new ImportFileError(
      `${layout ? `this is a ${layout.label}, not a ${want} export` : "not an Oura or WHOOP daily export"}: the header needs ${LAYOUTS.filter(
        (l) => !want || l.source === want,
      )
        .map((l) => `${l.label} (${[...l.required, l.columns[0]?.names[0]].join(", ")})`)
        .join(" or ")}`,
      1,
    );
  if (table.rows.length === 0) throw new ImportFileError("the file has a header but no rows");
  const byKey = new Map(table.header.map((h) => [key(h), h]));
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  const seen = new Set<string>();
  const daily: DailyValue[] = [];
  for (const row of table.rows) {
    const col = (name: string) => (row.cells[byKey.get(name) ?? ""] ?? "").trim();
    const rawDay = col(layout.day);
    if (rawDay === "") {
      skip(`no ${layout.day} (${layout.source === "whoop" ? "a cycle without a sleep" : "empty day"})`);
      continue;
    }
    if (!/^\d{4}-\d{2}-\d{2}/.test(rawDay) || Number.isNaN(Date.parse(rawDay.slice(0, 10))))
      throw new ImportFileError(`${layout.day} "${rawDay.slice(0, 40)}" is not a date (YYYY-MM-DD)`, row.line);
    const day = rawDay.slice(0, 10);
    const why = layout.skipRow?.(row, col);
    if (why) {
      skip(why);
      continue;
    }
    for (const c of layout.columns) {
      const name = c.names.find((n) => byKey.has(n));
      if (!name) continue;
      const header = byKey.get(name) ?? name;
      const raw = numberCell(col(name), header, row.line);
      if (raw === undefined) {
        skip(`${header}: empty`);
        continue;
      }
      const value = Math.round(raw * (c.scale ?? 1) * 100) / 100;
      if (value < c.min || value > c.max || (c.metric === "sleep_asleep_min" && value === 0)) {
        skip(`${header}: outside ${c.min}-${c.max}${c.scale ? " after conversion" : ""}`);
        continue;
      }
      if (seen.has(`${c.metric}|${day}`)) {
        skip(`${header}: a second row for the same day`);
        continue;
      }
      seen.add(`${c.metric}|${day}`);
      daily.push({ day, metric: c.metric, value });
      if (c.metric === "hrv_rmssd_ms")
        daily.push({ day, metric: "hrv_ln_rmssd", value: Math.round(Math.log(value) * 10000) / 10000 });
    }
  }
  daily.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.metric < b.metric ? -1 : 1));
  return { source: layout.source, layout: layout.label, rows: table.rows.length, daily, skipped };
}
