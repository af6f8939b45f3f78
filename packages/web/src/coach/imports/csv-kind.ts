/**
 * Which importer a CSV goes to, from its header line, before anything is sent: an Oura or WHOOP
 * daily export (`/imports/daily`), a velocity file from a VBT device (`/imports/velocity`), or a
 * training app's history (Strong, Hevy, FitNotes: `/imports`). The server checks the header again
 * and answers a 400 naming what is missing, so this only picks the route.
 */
export type CsvKind = "daily" | "velocity" | "history";

const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .replace(/^"|"$/g, "")
    .toLowerCase()
    .replace(/\((m\/s|kg)\)/g, "")
    .replace(/[^a-z0-9#%]+/g, " ")
    .trim();

export function csvKind(headerLine: string): CsvKind {
  const sep = headerLine.split(";").length > headerLine.split(",").length ? ";" : ",";
  const cols = new Set(headerLine.split(sep).map(norm));
  const has = (...names: string[]) => names.some((n) => cols.has(n));
  if (has("wake onset") && has("cycle start time")) return "daily";
  if (has("date") && has("average hrv", "lowest resting heart rate", "readiness score")) return "daily";
  if (has("day") && has("average hrv", "score")) return "daily";
  if (
    has("exercise", "exercise name") &&
    has("rep", "rep #") &&
    has("mean velocity m s", "mean velocity", "avg velocity", "average velocity", "mcv")
  )
    return "velocity";
  return "history";
}

/** The file's first line (a header is short; 4 KB is plenty). */
export async function headerLine(file: Blob): Promise<string> {
  const text = await file.slice(0, 4096).text();
  return text.split(/\r?\n/)[0] ?? "";
}
