/** Calendar helpers for the server side of monitoring (UTC days; the engine keeps its own). */
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` (or longer ISO) string, in UTC. */
export function dayIndex(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
}

export function isoFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO timestamp `hours` after `now` (ISO string or epoch ms). */
export function addHours(now: string | number, hours: number): string {
  const ms = typeof now === "number" ? now : Date.parse(now);
  return new Date(ms + hours * 3_600_000).toISOString();
}
