import type { CheckInRecord } from "@spotter/contracts";
import { buildCheckInSeries, type CheckIn, READINESS_BANDS, readinessAt } from "@spotter/engine";

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export type ReadinessPoint = { date: string; score: number | null; band: string };

/**
 * Readiness for each of the last `days` days ending `endDate`, scored by the engine's own
 * `readinessAt` over the client's check-ins (the server's view carries only the last 7 days).
 * Same function, same inputs as the server's daily pass, so the numbers agree.
 */
export function readinessHistory(records: readonly CheckInRecord[], endDate: string, days = 42): ReadinessPoint[] {
  const checkIns: CheckIn[] = records.map(({ id: _id, ...c }) => c as CheckIn);
  const end = dayOf(endDate);
  // The series needs the 28-60 day baselines behind the first charted day.
  const s = buildCheckInSeries(checkIns, end, days + 75);
  const out: ReadinessPoint[] = [];
  for (let i = s.length - days; i < s.length; i++) {
    const r = readinessAt(s, i, false);
    out.push({ date: isoOf(s.startDay + i), score: r.score, band: r.band });
  }
  return out;
}

/**
 * Acute (7-day) and chronic (28-day) EWMA of daily load, λ = 2/(N+1), seeded with the first day
 * (Williams et al. BJSM 2017), the same recurrence as the engine's `ewmaAcwr`, kept per day here
 * so it can be drawn. Over the charted window only: the server's ratio uses the longer history.
 */
export function ewmaSeries(loads: readonly number[]): { acute: number[]; chronic: number[] } {
  const la = 2 / 8;
  const lc = 2 / 29;
  const acute: number[] = [];
  const chronic: number[] = [];
  loads.forEach((l, i) => {
    acute.push(i === 0 ? l : la * l + (1 - la) * (acute[i - 1] ?? 0));
    chronic.push(i === 0 ? l : lc * l + (1 - lc) * (chronic[i - 1] ?? 0));
  });
  return { acute, chronic };
}

export { READINESS_BANDS };
