/**
 * A client's local clock from their IANA time zone (Intl's tz data; no library). The engine gets
 * only the offset at `now`, so it stays pure; the offset is recomputed on every run, so daylight
 * saving changes take effect at the next run.
 */
import { localClock } from "@spotter/engine";

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** Minutes the zone is ahead of UTC at `now` (an unknown zone counts as UTC). */
export function utcOffsetMinutes(timeZone: string, now: Date): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = format(timeZone).formatToParts(now);
  } catch {
    return 0;
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  const nowMinute = Math.floor(now.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - nowMinute) / 60_000);
}

/** The client's local date (YYYY-MM-DD) at `now`. */
export const localToday = (timeZone: string, now: Date): string =>
  localClock(now.getTime(), utcOffsetMinutes(timeZone, now)).localDate;

export const minuteToHhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
export const hhmmToMinute = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
