/** Dates as the week view shows them: "Mon 2 Mar" (UTC: the API's dates are calendar days). */
const DAY = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
const SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export const dayName = (iso: string) => DAY.format(new Date(`${iso}T00:00:00Z`));
export const shortDate = (iso: string) => SHORT.format(new Date(`${iso}T00:00:00Z`));

/** `iso` plus `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const BLOCK_NAMES: Record<string, string> = {
  accumulation: "Accumulation",
  intensification: "Intensification",
  realization: "Realization",
  deload: "Deload",
  taper: "Taper",
};
