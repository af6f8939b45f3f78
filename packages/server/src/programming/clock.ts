/** The server clock as the engine's `now` and "today" (UTC). The one place programming reads the time. */
export const serverNow = (): Date => new Date();
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** Monday (YYYY-MM-DD) of the ISO week a date falls in. */
export function weekStart(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  const shift = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - shift);
  return isoDay(d);
}
