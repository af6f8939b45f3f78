import type { Reason } from "../core/reasons.ts";
import type { TierFacts } from "./counts.ts";

export const FIGURE_IDS = [
  "retention",
  "adherence",
  "check_ins",
  "response_yellow",
  "response_red",
  "response_message",
  "escalation",
  "satisfaction",
  "revenue",
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** percent: 0-100; nps: −100..100; money: minor units (cents) of `currency`. */
export type FigureUnit = "percent" | "nps" | "money";

/** One value with what it was computed from (value = numerator / denominator × scale, or money). */
export type FigureValue = {
  value: number | null;
  numerator: number;
  denominator: number;
  /** Figure-specific extras (median hours, promise hours, churned clients, mean score…). */
  detail: Record<string, number | null>;
};

export type FigurePoint = {
  value: number | null;
  numerator: number;
  denominator: number;
  detail: Record<string, number | null>;
  month: string;
  tier: string;
};
export type FigureTier = Omit<FigurePoint, "month">;

export type BusinessFigure = {
  id: FigureId;
  title: string;
  /** One line: how the number is computed, with the assumptions in force. */
  how: string;
  unit: FigureUnit;
  /** The whole period, every tier. */
  headline: FigureValue;
  headlineLabel: string;
  /** By month and tier (the chart: one line per tier). */
  points: FigurePoint[];
  /** By tier over the whole period. */
  byTier: FigureTier[];
  currency: string | null;
  /** Said when the figure cannot be measured (e.g. no messaging) or needs a caveat. */
  note: string | null;
  reasons: Reason[];
};

/** The name shown for a tier id; a deleted client's tier is not known any more. */
export const UNKNOWN_TIER = "Tier unknown (deleted clients)";

export function tierName(tiers: readonly TierFacts[], id: string | null): string {
  return tiers.find((t) => t.id === id)?.name ?? UNKNOWN_TIER;
}

export type Tally = { num: number; den: number; detail: Record<string, number | null> };

/** value = num / den × scale, null when nothing was counted (no rate from zero items). */
export function rateOf(t: Tally, scale: number): FigureValue {
  return {
    value: t.den > 0 ? (t.num / t.den) * scale : null,
    numerator: t.num,
    denominator: t.den,
    detail: t.detail,
  };
}

/**
 * Sums rows into month × tier cells, per-tier totals and one grand total, keeping the tier order
 * of `tiers` (unknown last) and every month of the period (a month without items has a null value).
 */
export function tally<R>(
  rows: readonly R[],
  key: (r: R) => { month: string; tierId: string | null },
  add: (into: Tally, r: R) => void,
): { cells: Map<string, Tally>; perTier: Map<string | null, Tally>; all: Tally } {
  const empty = (): Tally => ({ num: 0, den: 0, detail: {} });
  const cells = new Map<string, Tally>();
  const perTier = new Map<string | null, Tally>();
  const all = empty();
  for (const r of rows) {
    const k = key(r);
    const cellKey = `${k.month}|${k.tierId ?? ""}`;
    const cell = cells.get(cellKey) ?? empty();
    cells.set(cellKey, cell);
    const tier = perTier.get(k.tierId) ?? empty();
    perTier.set(k.tierId, tier);
    for (const t of [cell, tier, all]) add(t, r);
  }
  return { cells, perTier, all };
}

/** Adds `x` to a detail counter. */
export function bump(t: Tally, name: string, x: number): void {
  t.detail[name] = (t.detail[name] ?? 0) + x;
}

/** The tiers that appear in the rows, in the organization's order, unknown last. */
export function tiersSeen(tiers: readonly TierFacts[], ids: Iterable<string | null>): (string | null)[] {
  const seen = new Set(ids);
  const known = tiers.filter((t) => seen.has(t.id)).map((t) => t.id as string | null);
  return seen.has(null) ? [...known, null] : known;
}

/** Points for every month × tier seen (months without rows carry a null value). */
export function pointsOf(
  months: readonly string[],
  tiers: readonly TierFacts[],
  cells: Map<string, Tally>,
  perTier: Map<string | null, Tally>,
  value: (t: Tally) => FigureValue,
): { points: FigurePoint[]; byTier: FigureTier[] } {
  const ids = tiersSeen(tiers, perTier.keys());
  const points: FigurePoint[] = [];
  for (const id of ids)
    for (const month of months) {
      const cell = cells.get(`${month}|${id ?? ""}`) ?? { num: 0, den: 0, detail: {} };
      points.push({ month, tier: tierName(tiers, id), ...value(cell) });
    }
  const byTier = ids.map((id) => ({
    tier: tierName(tiers, id),
    ...value(perTier.get(id) ?? { num: 0, den: 0, detail: {} }),
  }));
  return { points, byTier };
}
