/**
 * Where the triage feature (issue 5) plugs in. Until it lands, rows carry no level and show
 * "No data yet"; when the server adds `triage: {level}` (or `level`) to a client summary, the
 * roster's status lights pick it up without further change.
 */
export type Level = "green" | "yellow" | "red" | "unknown";

export function triageLevel(row: unknown): Level {
  const r = row as { triage?: { level?: string }; level?: string };
  const l = r.triage?.level ?? r.level;
  return l === "green" || l === "yellow" || l === "red" ? l : "unknown";
}
