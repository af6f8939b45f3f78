/** Today in the person's own time zone (YYYY-MM-DD): a late-evening weigh-in belongs to that evening's day. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
