/**
 * Plans one day: candidate pools per meal and role (seeded, so the week varies and re-runs repeat),
 * the model, the injected solver, the reading of its solution; and, when the band cannot be met,
 * an elastic re-solve that names the targets in conflict.
 */
import { EngineError } from "../../core/errors.ts";
import { createRandom } from "../../core/random.ts";
import type { Food } from "../foods/vocabulary.ts";
import { buildDayModel, type Candidate, type DayModelSpec, NUTRIENTS, type Nutrient } from "./model.ts";
import { GRAM_STEP, MEAL_ROLES, type RoleSpec, type Slot } from "./structure.ts";
import type { DayNutrientTarget, LpResult, LpSolver, PlannedDay, PlannedItem, PlannedMeal } from "./types.ts";

export const DAY_RULES = {
  /** Candidates per meal and role the solver chooses among (widened once when that is infeasible). */
  poolSize: 4,
  widePoolSize: 10,
  /** Objective points per earlier use of the same food this week (variety). */
  repeatPenalty: 4,
  /** Objective points a liked food saves. */
  likeBonus: 2,
  /** A food is offered at most this many times a week while others remain. */
  maxUsesPerWeek: 3,
  /** The model's hard band: ±4% leaves room for rounding amounts to 5 g inside the promised ±5%. */
  band: 0.04,
  promisedPct: 5,
  /** Seconds for the second attempt when the solver's default limit ran out before a plan. */
  retryTimeLimitSec: 10,
} as const;

export type DayContext = {
  target: DayNutrientTarget;
  slots: readonly Slot[];
  foods: readonly Food[];
  likes: ReadonlySet<string>;
  /** Uses of each food on the other days of the week. */
  uses: ReadonlyMap<string, number>;
  dailyBudgetCents: number | null;
  seed: string;
  /** Per slot id: the foods that slot must keep (role → food id), for swaps. */
  fixed?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The one role of a fixed slot that draws fresh candidates (a food swap). */
  open?: { slot: string; role: string };
};

/** How well a food fills a role: the share of its energy from the role's macronutrient (0..1). */
function roleFit(f: Food, role: RoleSpec["role"]): number {
  const p = f.per100g;
  const kcal = Math.max(p.kcal, 1);
  if (role === "protein") return Math.min(1, (4 * p.proteinG) / kcal);
  if (role === "carb") return Math.min(1, (4 * p.carbsG) / kcal);
  if (role === "fat") return Math.min(1, (9 * p.fatG) / kcal);
  return 0;
}

export function dayPools(
  ctx: DayContext,
  poolSize: number = DAY_RULES.poolSize,
): { spec: RoleSpec; foods: Food[] }[][] {
  const rand = createRandom(`${ctx.seed}:${ctx.target.date}`);
  return ctx.slots.map((slot) =>
    MEAL_ROLES[slot.kind].map((spec) => {
      const keep = ctx.fixed?.get(slot.id);
      const open = ctx.open?.slot === slot.id && ctx.open.role === spec.role;
      if (keep && !open) {
        const id = keep.get(spec.role);
        return { spec: { ...spec, optional: id === undefined }, foods: ctx.foods.filter((f) => f.id === id) };
      }
      const all = ctx.foods.filter((f) => spec.categories.includes(f.category));
      const fresh = all.filter((f) => (ctx.uses.get(f.id) ?? 0) < DAY_RULES.maxUsesPerWeek);
      const ranked = (fresh.length >= poolSize ? fresh : all)
        .map((f) => ({
          f,
          score:
            rand.next() * 2 -
            3 * roleFit(f, spec.role) +
            (ctx.uses.get(f.id) ?? 0) * 1.5 -
            (ctx.likes.has(f.id) ? DAY_RULES.likeBonus : 0) +
            (f.priceCentsPer100g ?? 0) / 1000,
        }))
        .sort((a, b) => a.score - b.score || a.f.id.localeCompare(b.f.id));
      // A food swap's one open role is a single choice: offer it more of the table.
      const size = open ? Math.max(poolSize, 2 * DAY_RULES.widePoolSize) : poolSize;
      return { spec, foods: ranked.slice(0, size).map((x) => x.f) };
    }),
  );
}

const r1 = (x: number) => Math.round(x * 10) / 10;

function item(c: Candidate, steps: number): PlannedItem {
  const grams = steps * GRAM_STEP;
  const p = c.food.per100g;
  return {
    foodId: c.food.id,
    name: c.food.name,
    role: c.spec.role,
    grams,
    portionLabel: c.food.portionLabel,
    portions: r1(grams / c.food.portionG),
    kcal: r1((p.kcal * grams) / 100),
    proteinG: r1((p.proteinG * grams) / 100),
    carbsG: r1((p.carbsG * grams) / 100),
    fatG: r1((p.fatG * grams) / 100),
    fibreG: r1((p.fibreG * grams) / 100),
    priceCents: Math.round(((c.food.priceCentsPer100g ?? 0) * grams) / 100),
  };
}

/** The day as planned from a solution (amounts from the exact per-100 g values, then rounded). */
export function readDay(target: DayNutrientTarget, slots: readonly Slot[], chosen: [Candidate, number][]): PlannedDay {
  const meals: PlannedMeal[] = slots.map((slot) => {
    const items = chosen.filter(([c]) => c.slot.id === slot.id).map(([c, steps]) => item(c, steps));
    return { slot: slot.id, kind: slot.kind, items, kcal: Math.round(items.reduce((s, i) => s + i.kcal, 0)) };
  });
  const exact = (n: Nutrient | "fibreG") =>
    chosen.reduce((s, [c, steps]) => s + (c.food.per100g[n] * steps * GRAM_STEP) / 100, 0);
  const dev = (n: Nutrient) => r1(((exact(n) - target[n]) / Math.max(target[n], 1)) * 100);
  return {
    date: target.date,
    target,
    totals: {
      kcal: Math.round(exact("kcal")),
      proteinG: r1(exact("proteinG")),
      carbsG: r1(exact("carbsG")),
      fatG: r1(exact("fatG")),
      fibreG: r1(exact("fibreG")),
    },
    deviationPct: { kcal: dev("kcal"), proteinG: dev("proteinG"), carbsG: dev("carbsG"), fatG: dev("fatG") },
    costCents: meals.reduce((s, m) => s + m.items.reduce((t, i) => t + i.priceCents, 0), 0),
    meals,
  };
}

/** Worst |% off target| over the four nutrients for these amounts. */
function worstPct(target: DayNutrientTarget, chosen: readonly [Candidate, number][]): number {
  return Math.max(
    ...NUTRIENTS.map((n) => {
      const v = chosen.reduce((s, [c, steps]) => s + (c.food.per100g[n] * steps * GRAM_STEP) / 100, 0);
      return (Math.abs(v - target[n]) / Math.max(target[n], 1)) * 100;
    }),
  );
}

/**
 * Amounts rounded to whole 5 g steps, then nudged one step at a time (within each food's range)
 * while that lowers the worst deviation; null if the day cannot be brought inside ±5%.
 */
function roundSteps(target: DayNutrientTarget, chosen: [Candidate, number][]): [Candidate, number][] | null {
  const cur = chosen.map(([c, q]) => [c, Math.min(c.hi, Math.max(c.lo, Math.round(q)))] as [Candidate, number]);
  let worst = worstPct(target, cur);
  for (let iter = 0; iter < 20 && worst > DAY_RULES.promisedPct - 0.05; iter++) {
    let best: { i: number; d: number; w: number } | null = null;
    cur.forEach(([c, q], i) => {
      for (const d of [-1, 1]) {
        if (q + d < c.lo || q + d > c.hi) continue;
        cur[i] = [c, q + d];
        const w = worstPct(target, cur);
        cur[i] = [c, q];
        if (w < (best?.w ?? worst)) best = { i, d, w };
      }
    });
    if (!best) break;
    const b: { i: number; d: number; w: number } = best;
    cur[b.i] = [cur[b.i]![0], cur[b.i]![1] + b.d];
    worst = b.w;
  }
  return worst <= DAY_RULES.promisedPct - 0.05 ? cur : null;
}

const LABEL: Record<Nutrient, [string, string]> = {
  kcal: ["energy", "kcal"],
  proteinG: ["protein", "g"],
  carbsG: ["carbohydrate", "g"],
  fatG: ["fat", "g"],
};

export function penaltyFor(ctx: DayContext) {
  return (food: Food, _slot: Slot, _spec: RoleSpec) =>
    (ctx.uses.get(food.id) ?? 0) * DAY_RULES.repeatPenalty - (ctx.likes.has(food.id) ? DAY_RULES.likeBonus : 0);
}

/** Solves one model (retrying once with more time when the first limit ran out); a day or why not. */
function tryModel(ctx: DayContext, spec: DayModelSpec, solve: LpSolver): { day: PlannedDay | null; result: LpResult } {
  const { lp, candidates } = buildDayModel(spec);
  let result = solve(lp);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (result.status === "optimal" || result.status === "time_limit") {
      const chosen = candidates
        .filter((c) => (result.columns[c.y] ?? 0) > 0.5)
        .map((c) => [c, result.columns[c.q] ?? 0] as [Candidate, number]);
      const steps = roundSteps(ctx.target, chosen);
      if (steps) return { day: readDay(ctx.target, ctx.slots, steps), result };
    }
    if (result.status !== "time_limit") break;
    result = solve(lp, { timeLimitSec: DAY_RULES.retryTimeLimitSec });
  }
  return { day: null, result };
}

/** Plans one day; throws `unsatisfiable` naming the targets that cannot all be met. */
export function planDay(ctx: DayContext, solve: LpSolver, dayIndex: number): PlannedDay {
  const pools = dayPools(ctx);
  const base = {
    target: ctx.target,
    slots: ctx.slots,
    pools,
    penalty: penaltyFor(ctx),
    dailyBudgetCents: ctx.dailyBudgetCents,
    band: DAY_RULES.band,
  };
  const missing = ctx.slots.flatMap((slot, s) =>
    pools[s]!.filter((p) => !p.spec.optional && !p.foods.length).map((p) => `${slot.id} ${p.spec.role}`),
  );
  if (missing.length)
    throw new EngineError(
      "unsatisfiable",
      `No allowed food fills ${missing.join(", ")}: the allergies, dislikes and diets leave nothing in those categories.`,
      [{ path: "preferences", message: `nothing left for ${missing.join(", ")}` }],
    );
  const first = tryModel(ctx, base, solve);
  if (first.day) return first.day;
  // The seeded candidates may not combine into the band: widen the choice once before giving up.
  const wide = { ...base, pools: dayPools(ctx, DAY_RULES.widePoolSize) };
  const second = tryModel(ctx, wide, solve);
  if (second.day) return second.day;
  const result = second.result;
  // Infeasible: the elastic model says which bands had to give.
  const elastic = buildDayModel({ ...wide, elastic: true });
  const er = solve(elastic.lp);
  const conflicts = NUTRIENTS.flatMap((n, j) => {
    const below = er.columns[`sl${j}`] ?? 0;
    const above = er.columns[`su${j}`] ?? 0;
    if (below < 1e-6 && above < 1e-6) return [];
    const t = ctx.target[n];
    const reached = below > above ? t * (1 - DAY_RULES.band) - below : t * (1 + DAY_RULES.band) + above;
    const pct = Math.round(((reached - t) / t) * 100);
    return [
      {
        n,
        text: `${LABEL[n][0]} ${Math.round(t)} ${LABEL[n][1]} (closest ${Math.round(reached)} ${LABEL[n][1]}, ${pct > 0 ? "+" : ""}${pct}%)`,
      },
    ];
  });
  const what = conflicts.length
    ? `the targets ${conflicts.map((c) => c.text).join(" and ")} cannot be met together with the others within ±5%`
    : result.status === "time_limit" || er.status === "optimal"
      ? `no plan was found in time for the ${ctx.slots.length}-meal structure (the targets themselves can be met)`
      : `the ${ctx.slots.length}-meal structure cannot split the day's energy with the allowed foods`;
  throw new EngineError(
    "unsatisfiable",
    `${ctx.target.date}: with the allowed foods, ${what}. Widen the diet or food choices, or review the targets.`,
    (conflicts.length ? conflicts : [{ n: "kcal" as Nutrient }]).map((c) => ({
      path: `days.${dayIndex}.${c.n}`,
      message: "cannot be met within ±5% with the allowed foods",
    })),
  );
}
