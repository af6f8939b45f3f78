import { invalid } from "../session/engine-error.ts";

const DAY_MS = 86_400_000;

/** Parses YYYY-MM-DD to a UTC day number (days since 1970-01-01). */
export function dayNumber(iso: string, path = "date"): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) invalid(path, "expected a date as YYYY-MM-DD");
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== iso) invalid(path, "not a real calendar date");
  return Math.floor(ms / DAY_MS);
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
