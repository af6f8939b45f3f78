import type { ImportedSession, ImportedSet } from "./model.ts";

/**
 * Rows → sessions, keyed by the workout's identity in the export (first appearance order). The
 * session fields come from the first row of each key; sets keep file order.
 */
export function groupSessions<R>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  sessionOf: (row: R, key: string) => Omit<ImportedSession, "sets">,
  setOf: (row: R) => ImportedSet,
): ImportedSession[] {
  const byKey = new Map<string, ImportedSession>();
  for (const row of rows) {
    const key = keyOf(row);
    let session = byKey.get(key);
    if (!session) {
      session = { ...sessionOf(row, key), sets: [] };
      byKey.set(key, session);
    }
    session.sets.push(setOf(row));
  }
  return [...byKey.values()];
}

/** `YYYY-MM-DD` of a `YYYY-MM-DD hh:mm[:ss]` timestamp, or an ImportFileError-worthy undefined. */
export function isoDatePart(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(mo) - 1 ? `${y}-${mo}-${d}` : undefined;
}
