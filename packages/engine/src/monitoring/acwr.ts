/** Zones of the acute:chronic ratio; labels, not verdicts. */
export type AcwrZone = "low" | "sweet_spot" | "caution" | "high" | "very_high";

/**
 * Zone edges: 0.8-1.3 "sweet spot", ≥ 1.5 "danger zone" (Gabbett, BJSM 2016;50:273-280, figure values
 * as commonly reproduced); > 2.0 "very high" (Murray et al. BJSM 2017;51:749-754). A ratio at or above
 * `high` is a caution for the coach, never a red on its own (Impellizzeri et al. Sports Med 2021).
 */
export const ACWR_THRESHOLDS = { low: 0.8, caution: 1.3, high: 1.5, veryHigh: 2.0 } as const;

/** Shown next to every ratio: ACWR is context, never a hard gate on its own. */
export const ACWR_CAVEATS = [
  "The acute:chronic ratio is a rough context signal, not an injury predictor: acute load is part of chronic load (Lolli et al. BJSM 2019), and random chronic loads give similar injury odds (Impellizzeri et al. Sports Med 2021).",
  "It is never used alone to change a plan; it only adds weight when fatigue or low readiness point the same way.",
] as const;

export type Acwr = {
  acute: number;
  chronic: number;
  /**
   * null until 28 days of data (the chronic EWMA's span, Williams et al. BJSM 2017;51:209-210), or
   * when chronic load is 0 (a ratio over nothing means nothing).
   */
  ratio: number | null;
  zone: AcwrZone | null;
  daysOfData: number;
  caveats: readonly string[];
};

export const ACWR_MIN_DAYS = 28;

/**
 * EWMA acute:chronic workload ratio (Williams et al. BJSM 2017;51:209-210):
 * `EWMA_t = λ·L_t + (1 − λ)·EWMA_{t−1}`, λ = 2/(N+1), N = 7 (acute) and 28 (chronic),
 * both seeded with the first day's load. Days before `fromIndex` are ignored (no data yet).
 * Golden: 28 days × 100 AU then 7 × 150 AU → acute 143.326, chronic 119.680, ACWR 1.1976.
 */
export function ewmaAcwr(loads: ArrayLike<number>, fromIndex = 0, acuteDays = 7, chronicDays = 28): Acwr {
  const la = 2 / (acuteDays + 1);
  const lc = 2 / (chronicDays + 1);
  let acute = 0;
  let chronic = 0;
  const start = Math.max(0, fromIndex);
  for (let i = start; i < loads.length; i++) {
    const l = loads[i]!;
    if (i === start) {
      acute = l;
      chronic = l;
    } else {
      acute = la * l + (1 - la) * acute;
      chronic = lc * l + (1 - lc) * chronic;
    }
  }
  const daysOfData = Math.max(0, loads.length - start);
  const ratio = daysOfData >= ACWR_MIN_DAYS && chronic > 0 ? acute / chronic : null;
  return { acute, chronic, ratio, zone: ratio === null ? null : acwrZone(ratio), daysOfData, caveats: ACWR_CAVEATS };
}

/**
 * The same EWMA recurrence as {@link ewmaAcwr}, kept for every day so it can be drawn: element i is
 * the acute and chronic load after day i. Seeded with the first day's load, like the ratio.
 */
export function ewmaSeries(
  loads: readonly number[],
  acuteDays = 7,
  chronicDays = 28,
): { acute: number[]; chronic: number[] } {
  const la = 2 / (acuteDays + 1);
  const lc = 2 / (chronicDays + 1);
  const acute: number[] = [];
  const chronic: number[] = [];
  loads.forEach((l, i) => {
    acute.push(i === 0 ? l : la * l + (1 - la) * acute[i - 1]!);
    chronic.push(i === 0 ? l : lc * l + (1 - lc) * chronic[i - 1]!);
  });
  return { acute, chronic };
}

export function acwrZone(r: number): AcwrZone {
  if (r < ACWR_THRESHOLDS.low) return "low";
  if (r < ACWR_THRESHOLDS.caution) return "sweet_spot";
  if (r < ACWR_THRESHOLDS.high) return "caution";
  if (r <= ACWR_THRESHOLDS.veryHigh) return "high";
  return "very_high";
}
