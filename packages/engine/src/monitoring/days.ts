/**
 * Calendar arithmetic on ISO dates without allocating `Date` objects. The daily pass parses tens
 * of records per client, so a day is an integer: days since 1970-01-01 (UTC, proleptic Gregorian).
 */

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

function num(s: string, from: number, len: number): number {
  let n = 0;
  for (let i = from; i < from + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${s}`);
    n = n * 10 + c;
  }
  return n;
}
