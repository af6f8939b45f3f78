/** The months a business report covers: `from`..`to` inclusive, YYYY-MM, at most 24. */
export const MAX_MONTHS = 24;
export const DEFAULT_MONTHS = 6;

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;

export type Period = { from: string; to: string; months: string[] };

/**
 * The period to report on: the given months, or the last {@link DEFAULT_MONTHS} ending with the
 * month of `now` (UTC). Returns the field to name when the span is too long.
 */
export function periodOf(query: { from?: string; to?: string }, now: Date): Period | { tooLong: true } {
  const to = query.to ?? now.toISOString().slice(0, 7);
  const from = query.from ?? monthOf(monthIndex(to) - (DEFAULT_MONTHS - 1));
  const span = monthIndex(to) - monthIndex(from) + 1;
  if (span > MAX_MONTHS) return { tooLong: true };
  return { from, to, months: Array.from({ length: span }, (_, i) => monthOf(monthIndex(from) + i)) };
}
