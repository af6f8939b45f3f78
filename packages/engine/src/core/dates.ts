/**
 * Calendar arithmetic on ISO dates. A day is an integer: days since 1970-01-01 (UTC, proleptic
 * Gregorian), so the daily pass can parse tens of records per client without allocating `Date`s.
 *
 * Two readers of a date string, on purpose: {@link dayNumber} validates (entry points, user input:
 * it raises an `invalid_input` EngineError naming the field), {@link dayIndex} trusts records that
 * were validated at the boundary and only checks that the digits are digits.
 */
import { invalid } from "./errors.ts";

/**
 * Day number of a `YYYY-MM-DD` string (a longer ISO timestamp is cut to its date part).
 * Formula: Howard Hinnant's `days_from_civil` (public-domain date algorithms).
 */
export function dayIndex(iso: string): number {
  const y0 = num(iso, 0, 4);
  const m = num(iso, 5, 2);
  const d = num(iso, 8, 2);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link dayIndex}: `YYYY-MM-DD`. */
export function isoFromDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/**
 * Monday (YYYY-MM-DD) of the ISO week a date falls in (ISO 8601 weeks start on Monday; day 0,
 * 1970-01-01, was a Thursday).
 */
export function weekStart(iso: string): string {
  const day = dayIndex(iso);
  return isoFromDay(day - ((((day + 3) % 7) + 7) % 7));
}

/** A point in time given to the engine: an ISO date/timestamp string or epoch milliseconds. */
export type Instant = string | number;

const MS_PER_DAY = 86_400_000;

/** Epoch milliseconds of an {@link Instant}; a bare date means its UTC midnight. */
export function toEpochMs(now: Instant): number {
  if (typeof now === "number") return now;
  const ms = Date.parse(now.length === 10 ? `${now}T00:00:00Z` : now);
  if (Number.isNaN(ms)) throw new RangeError(`now: not a valid ISO date or timestamp: ${now}`);
  return ms;
}

/** The UTC calendar day of an {@link Instant}. */
export function dayOfInstant(now: Instant): number {
  return typeof now === "number" || now.length > 10 ? Math.floor(toEpochMs(now) / MS_PER_DAY) : dayIndex(now);
}

/** ISO timestamp `hours` after `now`. */
export function addHours(now: Instant, hours: number): string {
  return new Date(toEpochMs(now) + hours * 3_600_000).toISOString();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Parses YYYY-MM-DD to a day number; rejects impossible dates as `invalid_input` at `path`. */
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
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** `now` as ISO date-time or epoch ms → UTC day number; a bad value is `invalid_input` at `path`. */
export function dayFromNow(now: string | number, path = "now"): number {
  const ms = typeof now === "number" ? now : Date.parse(now);
  if (!Number.isFinite(ms)) invalid(path, "expected an ISO date-time or epoch milliseconds");
  return Math.floor(ms / MS_PER_DAY);
}

/** The ISO date `days` after `iso` (validated). */
export function addDays(iso: string, days: number): string {
  return isoFromDay(dayNumber(iso) + days);
}

function num(s: string, from: number, len: number): number {
  let n = 0;
  for (let i = from; i < from + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${s}`);
    n = n * 10 + c;
  }
  return n;
}
