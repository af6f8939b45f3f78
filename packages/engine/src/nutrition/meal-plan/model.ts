/**
 * One day of the meal plan as a mixed-integer program in CPLEX LP text (read by HiGHS, or any LP
 * solver). For every meal and role a binary picks one candidate food and an integer picks its
 * amount in 5 g steps within the role's portion range; the day's energy, protein, carbohydrate and
 * fat stay within the band around the day's targets (hard), each meal keeps a plausible share of the
 * day's energy, a food appears at most once a day. Soft goals in the objective: closeness to each
 * target, variety (foods used earlier in the week cost more), liked foods, price and the budget.
 * Stigler (J Farm Econ 1945) posed the diet problem; this is its integer, multi-meal form.
 */
import type { Food } from "../foods/vocabulary.ts";
import { GRAM_STEP, type RoleSpec, type Slot } from "./structure.ts";
import type { DayNutrientTarget } from "./types.ts";

export const NUTRIENTS = ["kcal", "proteinG", "carbsG", "fatG"] as const;
export type Nutrient = (typeof NUTRIENTS)[number];

export type Candidate = {
  slot: Slot;
  spec: RoleSpec;
  food: Food;
  y: string;
  q: string;
  lo: number;
  hi: number;
  /** Objective cost of choosing this food here (variety, likes); ≥ − a few points. */
  penalty: number;
};

export type DayModelSpec = {
  target: DayNutrientTarget;
  slots: readonly Slot[];
  /** Candidate foods per slot and role (same order as `roles`); an empty list drops the role. */
  pools: readonly (readonly { spec: RoleSpec; foods: readonly Food[] }[])[];
  penalty: (food: Food, slot: Slot, spec: RoleSpec) => number;
  dailyBudgetCents: number | null;
  /** Half-width of the hard band as a fraction (0.04 leaves room for rounding to 5 g inside ±5%). */
  band: number;
  /** Elastic: the band may be broken at a large cost, to find which targets conflict. */
  elastic?: boolean;
  /** LP relaxation: integers and binaries become continuous. */
  relax?: boolean;
};

export const PLAN_WEIGHTS = {
  /** Objective points per 1% distance from a target (inside the band). */
  perPctOffTarget: 1,
  /** Points per cent of food cost (1,000 cents a day ≈ 3 points). */
  perCent: 0.003,
  /** Points per cent over the daily budget. */
  perCentOverBudget: 0.05,
  /** Points per % beyond the band in the elastic (diagnostic) model. */
  perPctBeyondBand: 1000,
  mealShareMin: 0.5,
  mealShareMax: 1.7,
} as const;

const num = (x: number) => {
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? "0" : String(r);
};
function sum(terms: [number, string][]): string {
  const parts: string[] = [];
  for (const [c, v] of terms) {
    if (c === 0) continue;
    parts.push(`${c < 0 ? "-" : "+"} ${num(Math.abs(c))} ${v}`);
  }
  return parts.length ? parts.join(" ") : "0 zero";
}
const per = (f: Food, n: Nutrient) => (f.per100g[n] * GRAM_STEP) / 100;
const price = (f: Food) => ((f.priceCentsPer100g ?? 0) * GRAM_STEP) / 100;

export function buildDayModel(spec: DayModelSpec): { lp: string; candidates: Candidate[] } {
  const { target, band } = spec;
  const candidates: Candidate[] = [];
  const rows: string[] = [];
  spec.pools.forEach((roles, s) => {
    const slot = spec.slots[s]!;
    roles.forEach(({ spec: role, foods }, r) => {
      if (!foods.length) return;
      const ys: [number, string][] = [];
      foods.forEach((food, i) => {
        const lo = Math.max(1, Math.round((role.portions[0] * food.portionG) / GRAM_STEP));
        const hi = Math.max(lo, Math.round((role.portions[1] * food.portionG) / GRAM_STEP));
        const c: Candidate = {
          slot,
          spec: role,
          food,
          y: `y${s}_${r}_${i}`,
          q: `q${s}_${r}_${i}`,
          lo,
          hi,
          penalty: spec.penalty(food, slot, role),
        };
        candidates.push(c);
        ys.push([1, c.y]);
        rows.push(
          ` lo_${c.q}: ${sum([
            [1, c.q],
            [-lo, c.y],
          ])} >= 0`,
        );
        rows.push(
          ` hi_${c.q}: ${sum([
            [1, c.q],
            [-hi, c.y],
          ])} <= 0`,
        );
      });
      rows.push(` pick${s}_${r}: ${sum(ys)} ${role.optional ? "<=" : "="} 1`);
    });
  });
  // A food at most once a day.
  const byFood = new Map<string, string[]>();
  for (const c of candidates) byFood.set(c.food.id, [...(byFood.get(c.food.id) ?? []), c.y]);
  let k = 0;
  for (const ys of byFood.values())
    if (ys.length > 1) rows.push(` once${k++}: ${sum(ys.map((y) => [1, y] as [number, string]))} <= 1`);

  const obj: [number, string][] = [];
  const extraBounds: string[] = [];
  NUTRIENTS.forEach((n, j) => {
    const t = target[n];
    const terms = candidates.map((c) => [per(c.food, n), c.q] as [number, string]);
    const w = (PLAN_WEIGHTS.perPctOffTarget * 100) / Math.max(t, 1);
    rows.push(` ctr${j}: ${sum([...terms, [-1, `dp${j}`], [1, `dm${j}`]])} = ${num(t)}`);
    obj.push([w, `dp${j}`], [w, `dm${j}`]);
    if (spec.elastic) {
      rows.push(` min${j}: ${sum([...terms, [1, `sl${j}`]])} >= ${num(t * (1 - band))}`);
      rows.push(` max${j}: ${sum([...terms, [-1, `su${j}`]])} <= ${num(t * (1 + band))}`);
      const we = (PLAN_WEIGHTS.perPctBeyondBand * 100) / Math.max(t, 1);
      obj.push([we, `sl${j}`], [we, `su${j}`]);
    } else {
      rows.push(` min${j}: ${sum(terms)} >= ${num(t * (1 - band))}`);
      rows.push(` max${j}: ${sum(terms)} <= ${num(t * (1 + band))}`);
    }
  });
  if (!spec.elastic)
    spec.slots.forEach((slot, s) => {
      const terms = candidates
        .filter((c) => c.slot === slot)
        .map((c) => [per(c.food, "kcal"), c.q] as [number, string]);
      if (!terms.length) return;
      rows.push(` share_lo${s}: ${sum(terms)} >= ${num(PLAN_WEIGHTS.mealShareMin * slot.share * target.kcal)}`);
      rows.push(` share_hi${s}: ${sum(terms)} <= ${num(PLAN_WEIGHTS.mealShareMax * slot.share * target.kcal)}`);
    });
  for (const c of candidates) {
    if (c.penalty) obj.push([c.penalty, c.y]);
    obj.push([PLAN_WEIGHTS.perCent * price(c.food), c.q]);
  }
  if (spec.dailyBudgetCents !== null) {
    rows.push(
      ` budget: ${sum([...candidates.map((c) => [price(c.food), c.q] as [number, string]), [-1, "over"]])} <= ${num(spec.dailyBudgetCents)}`,
    );
    obj.push([PLAN_WEIGHTS.perCentOverBudget, "over"]);
  }
  for (const c of candidates) extraBounds.push(` 0 <= ${c.q} <= ${c.hi}`, ` 0 <= ${c.y} <= 1`);
  const lp = [
    "Minimize",
    ` obj: ${sum(obj)}`,
    "Subject To",
    ...rows,
    "Bounds",
    ...extraBounds,
    ...(spec.relax || !candidates.length ? [] : ["Binary", ...candidates.map((c) => ` ${c.y}`)]),
    "End",
    "",
  ].join("\n");
  return { lp, candidates };
}
