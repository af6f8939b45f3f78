/**
 * Benchmark: a 7-day meal plan for a client with 3 allergies and 5 dislikes from the built-in table
 * (≥ 300 foods), solved by HiGHS as the server does (one integer program per day, in order), against
 * the same week's LP relaxations (binaries continuous) measured in the same run. Issue 13's budget:
 * ≤ 1 s per week on this machine. Run: `npx tsx bench/nutrition/meal-plan.ts`. Prints the WASM load,
 * the first (cold) week, then medians of 7 warm weeks with different seeds, and the load average.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import {
  BUILTIN_FOODS,
  buildDayModel,
  DAY_RULES,
  dayPools,
  eligibleFoods,
  mealSlots,
  type NutritionPreferences,
  penaltyFor,
  planWeek,
} from "@spotter/engine";
import { highsSolver, loadHighs, SOLVE_OPTIONS } from "../../packages/server/src/nutrition/highs-solver.ts";

const PREFS: NutritionPreferences = {
  allergies: ["peanuts", "milk", "crustaceans"],
  dislikes: ["banana", "broccoli-boiled", "tuna-canned-in-water-drained", "apple", "white-rice-long-grain-cooked"],
  diets: [],
  likes: [],
  mealsPerDay: 4,
  weeklyBudgetCents: 9000,
};
// A training week: carbohydrate (and energy) move with the day's session, protein and fat hold.
const DAYS = [0, 60, -40, 60, -40, 20, -60].map((dc, i) => ({
  date: `2026-03-0${i + 2}`,
  kcal: 2300 + 4 * dc,
  proteinG: 150,
  carbsG: 255 + dc,
  fatG: 72,
}));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const load0 = loadavg()[0]!;
const t0 = performance.now();
const highs = await loadHighs();
const loadMs = performance.now() - t0;
const solve = highsSolver(highs);

const week = (seed: string) => {
  const t = performance.now();
  const plan = planWeek({ foods: BUILTIN_FOODS, preferences: PREFS, days: DAYS, seed }, solve);
  const ms = performance.now() - t;
  const worst = Math.max(...plan.days.flatMap((d) => Object.values(d.deviationPct).map(Math.abs)));
  return { ms, worst };
};
/** The same week's day models with the binaries relaxed (what the LP bound costs). */
const relaxed = (seed: string) => {
  const foods = eligibleFoods(BUILTIN_FOODS, PREFS).foods;
  const slots = mealSlots(PREFS.mealsPerDay);
  const models = DAYS.map((target) => {
    const ctx = { target, slots, foods, likes: new Set<string>(), uses: new Map(), dailyBudgetCents: 9000 / 7, seed };
    return buildDayModel({
      target,
      slots,
      pools: dayPools(ctx),
      penalty: penaltyFor(ctx),
      dailyBudgetCents: ctx.dailyBudgetCents,
      band: DAY_RULES.band,
      relax: true,
    }).lp;
  });
  const t = performance.now();
  for (const lp of models) highs.solve(lp, SOLVE_OPTIONS);
  return performance.now() - t;
};

const cold = week("cold");
const mip: number[] = [];
const lp: number[] = [];
let worst = cold.worst;
for (let i = 0; i < 7; i++) {
  const w = week(`warm-${i}`);
  mip.push(w.ms);
  worst = Math.max(worst, w.worst);
  lp.push(relaxed(`warm-${i}`));
}
const eligible = eligibleFoods(BUILTIN_FOODS, PREFS).foods.length;
console.log(`foods ${BUILTIN_FOODS.length} (${eligible} plannable after 3 allergies, 5 dislikes), 4 meals/day, 7 days`);
console.log(`HiGHS WASM load           ${loadMs.toFixed(0)} ms`);
console.log(`first week (cold)         ${cold.ms.toFixed(0)} ms`);
console.log(`7-day plan, MIP (median)  ${median(mip).toFixed(0)} ms   [${mip.map((x) => x.toFixed(0)).join(", ")}]`);
console.log(
  `same week, LP relaxation  ${median(lp).toFixed(0)} ms   (MIP / LP ${(median(mip) / median(lp)).toFixed(1)}×)`,
);
console.log(`worst day off target      ${worst.toFixed(1)} % (budget ±5 %)`);
console.log(
  `budget ≤ 1000 ms: ${median(mip) <= 1000 ? "met" : "MISSED"}; load average ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} (2 cores)`,
);
