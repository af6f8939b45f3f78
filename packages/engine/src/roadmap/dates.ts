import { invalid } from "../session/engine-error.ts";

const DAY_MS = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Parses YYYY-MM-DD to a UTC day number (days since 1970-01-01); rejects impossible dates. */
export function dayNumber(iso: string, path = "date"): number {
  // Hand-rolled rather than a regex + Date round trip: it runs for every logged session.
  if (typeof iso !== "string" || iso.length !== 10 || iso[4] !== "-" || iso[7] !== "-")
    invalid(path, "expected a date as YYYY-MM-DD");
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const c = iso.charCodeAt(i);
    if (c < 48 || c > 57) invalid(path, "expected a date as YYYY-MM-DD");
  }
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const days = m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1];
  if (days === undefined || d < 1 || d > days) invalid(path, "not a real calendar date");
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** UTC day number → YYYY-MM-DD. */
export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `now` as ISO date-time or epoch ms → UTC day number. */
export function dayFromNow(now: string | number, path = "now"): number {
  const ms = typeof now === "number" ? now : Date.parse(now);
  if (!Number.isFinite(ms)) invalid(path, "expected an ISO date-time or epoch milliseconds");
  return Math.floor(ms / DAY_MS);
}

export function addDays(iso: string, days: number): string {
  return isoFromDay(dayNumber(iso) + days);
}
