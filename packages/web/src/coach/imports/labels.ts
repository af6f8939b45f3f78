import type { ImportSummary } from "@spotter/contracts";

export const FORMAT_LABEL: Record<ImportSummary["format"] | "apple-health", string> = {
  strong: "Strong",
  hevy: "Hevy",
  fitnotes: "FitNotes",
  fit: "FIT activity",
  "apple-health": "Apple Health",
};

/** What the wearable metrics are, in words; HRV from Apple is SDNN and says so. */
export const METRIC_LABEL: Record<string, string> = {
  resting_hr_bpm: "Resting heart rate",
  hrv_sdnn_ms: "HRV (SDNN, Apple's measure; kept apart from ln rMSSD)",
  hrv_ln_rmssd: "HRV (ln rMSSD, morning recording)",
  sleep_asleep_min: "Sleep (minutes asleep)",
  steps: "Steps",
};

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** "lines 3, 5, 9 …" for a skip reason's first lines in the file. */
export function linesLabel(lines: readonly number[], total: number): string {
  if (lines.length === 0) return "";
  return `line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}${total > lines.length ? " …" : ""}`;
}
