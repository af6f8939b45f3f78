/**
 * The 7-day meal plan: days planned in order, each day's solve seeing what the earlier days used
 * (variety), and a one-tap swap that re-plans as little of one day as keeps it within its targets.
 */
import { EngineError, invalid } from "../../core/errors.ts";
import { type Reason, reason } from "../../core/reasons.ts";
import { eligibleFoods } from "./eligibility.ts";
import { type DayContext, planDay } from "./solve-day.ts";
import { mealSlots } from "./structure.ts";
import type { LpSolver, MealPlan, MealPlanInput, PlannedDay } from "./types.ts";

function check(input: MealPlanInput) {
  const p = input.preferences;
  if (!(p.mealsPerDay >= 2 && p.mealsPerDay <= 6)) invalid("preferences.mealsPerDay", "must be between 2 and 6");
  if (p.weeklyBudgetCents !== null && !(p.weeklyBudgetCents >= 0))
    invalid("preferences.weeklyBudgetCents", "must be ≥ 0");
  if (!input.days.length || input.days.length > 14) invalid("days", "must hold 1 to 14 days");
  input.days.forEach((d, i) => {
    for (const k of ["kcal", "proteinG", "carbsG", "fatG"] as const)
      if (!(Number.isFinite(d[k]) && d[k] > 0 && d[k] < 10000)) invalid(`days.${i}.${k}`, "must be in (0, 10000)");
  });
}

function usesOf(days: readonly PlannedDay[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const d of days)
    for (const m of d.meals) for (const i of m.items) uses.set(i.foodId, (uses.get(i.foodId) ?? 0) + 1);
  return uses;
}

function baseContext(input: MealPlanInput) {
  const eligible = eligibleFoods(input.foods, input.preferences);
  const p = input.preferences;
  return {
    eligible,
    slots: mealSlots(p.mealsPerDay),
    likes: new Set(p.likes),
    dailyBudgetCents: p.weeklyBudgetCents === null ? null : p.weeklyBudgetCents / 7,
  };
}

function planReasons(input: MealPlanInput, days: PlannedDay[], excluded: Reason[]): Reason[] {
  const p = input.preferences;
  const cost = days.reduce((s, d) => s + d.costCents, 0);
  const distinct = usesOf(days).size;
  const out = [
    ...excluded,
    reason(
      "nutrition.meal_plan.within_targets",
      `Every day within ±5% of its energy, protein, carbohydrate and fat targets (carbohydrate follows the day's planned training).`,
      { days: days.length },
      { bandPct: 5 },
    ),
    reason("nutrition.meal_plan.structure", `${p.mealsPerDay} meals a day, as the client chose.`, {
      mealsPerDay: p.mealsPerDay,
    }),
    reason("nutrition.meal_plan.variety", `${distinct} different foods across the week.`, { distinctFoods: distinct }),
  ];
  if (p.weeklyBudgetCents !== null)
    out.push(
      reason(
        cost <= p.weeklyBudgetCents ? "nutrition.meal_plan.budget.within" : "nutrition.meal_plan.budget.over",
        cost <= p.weeklyBudgetCents
          ? `Estimated cost ${(cost / 100).toFixed(2)} within the weekly budget of ${(p.weeklyBudgetCents / 100).toFixed(2)}.`
          : `Estimated cost ${(cost / 100).toFixed(2)} is over the weekly budget of ${(p.weeklyBudgetCents / 100).toFixed(2)}: the targets come first.`,
        { costCents: cost, budgetCents: p.weeklyBudgetCents },
      ),
    );
  return out;
}

/** Plans every day of `input.days`; throws `unsatisfiable` naming the first day and targets in conflict. */
export function planWeek(input: MealPlanInput, solve: LpSolver): MealPlan {
  check(input);
  const base = baseContext(input);
  const days: PlannedDay[] = [];
  input.days.forEach((target, i) => {
    const ctx: DayContext = {
      target,
      slots: base.slots,
      foods: base.eligible.foods,
      likes: base.likes,
      uses: usesOf(days),
      dailyBudgetCents: base.dailyBudgetCents,
      seed: input.seed,
    };
    days.push(planDay(ctx, solve, i));
  });
  return {
    days,
    costCents: days.reduce((s, d) => s + d.costCents, 0),
    reasons: planReasons(input, days, base.eligible.reasons),
  };
}

export type SwapRequest = { date: string; slot: string; foodId?: string | undefined };

/**
 * Replaces one meal (or one food of it) with an alternative, changing as little else as it must:
 * first only the swapped meal (or food) with the day's other foods kept and their amounts free;
 * when that cannot stay within ±5% (swapping out a day's main protein source often cannot), a food
 * swap may also change the rest of its meal, and last the whole day is re-planned. The replaced
 * foods are never offered again that day, and a reason names every meal that changed besides the
 * one asked for. `input.days` must hold the plan's targets (the day's target is read from the plan).
 */
export function swapInPlan(input: MealPlanInput, plan: MealPlan, req: SwapRequest, solve: LpSolver): MealPlan {
  const di = plan.days.findIndex((d) => d.date === req.date);
  if (di < 0) invalid("date", "is not a day of this plan");
  const day = plan.days[di]!;
  const meal = day.meals.find((m) => m.slot === req.slot);
  if (!meal) invalid("slot", `must be one of ${day.meals.map((m) => m.slot).join(", ")}`);
  const target = meal.items.find((i) => i.foodId === req.foodId);
  if (req.foodId !== undefined && !target) invalid("foodId", "is not in this meal");
  const base = baseContext({ ...input, days: [day.target] });
  if (base.slots.length !== day.meals.length)
    throw new EngineError(
      "unsatisfiable",
      "The meal structure changed since this plan was made: generate a new plan.",
      [{ path: "preferences.mealsPerDay", message: "differs from the plan's" }],
    );
  const replaced = new Set((target ? [target] : meal.items).map((i) => i.foodId));
  const seed = `${input.seed}:swap:${req.slot}:${req.foodId ?? ""}:${meal.items.map((i) => i.foodId).join(",")}`;
  const context = (keepOthers: boolean, keepOwnRoles: boolean): DayContext => {
    const fixed = new Map<string, Map<string, string>>();
    for (const m of day.meals) {
      if (m.slot === req.slot) {
        if (!keepOwnRoles) continue;
        const roles = new Map(m.items.map((i) => [i.role, i.foodId] as const));
        roles.delete(target!.role);
        fixed.set(m.slot, roles);
      } else if (keepOthers) fixed.set(m.slot, new Map(m.items.map((i) => [i.role, i.foodId] as const)));
    }
    return {
      target: day.target,
      slots: base.slots,
      foods: base.eligible.foods.filter((f) => !replaced.has(f.id)),
      likes: base.likes,
      uses: usesOf(plan.days.filter((_, i) => i !== di)),
      dailyBudgetCents: base.dailyBudgetCents,
      seed,
      fixed,
      ...(target && keepOwnRoles ? { open: { slot: req.slot, role: target.role } } : {}),
    };
  };
  // Narrowest first: the swapped food alone, then its whole meal, then the whole day.
  const attempts: DayContext[] = [
    ...(target ? [context(true, true)] : []),
    context(true, false),
    context(false, false),
  ];
  let next: PlannedDay | null = null;
  let failure: unknown = null;
  for (const ctx of attempts) {
    try {
      next = planDay(ctx, solve, di);
      break;
    } catch (e) {
      if (!(e instanceof EngineError) || e.code !== "unsatisfiable") throw e;
      failure ??= e;
    }
  }
  if (!next) throw failure;
  const days = plan.days.map((d, i) => (i === di ? next : d));
  return {
    ...plan,
    days,
    costCents: days.reduce((s, d) => s + d.costCents, 0),
    reasons: [
      ...plan.reasons.filter((r) => !(r.ruleId === SWAP_WIDENED && r.inputs.date === req.date)),
      ...swapReasons(req, day, next),
    ],
  };
}

const SWAP_WIDENED = "nutrition.meal_plan.swap.widened";

/** Names the meals a swap had to change besides the one asked for (none when only that one changed). */
function swapReasons(req: SwapRequest, before: PlannedDay, after: PlannedDay): Reason[] {
  const foods = (d: PlannedDay, slot: string) =>
    d.meals
      .find((m) => m.slot === slot)!
      .items.map((i) => i.foodId)
      .join(",");
  const changed = before.meals
    .map((m) => m.slot)
    .filter((slot) => slot !== req.slot && foods(before, slot) !== foods(after, slot));
  if (!changed.length) return [];
  return [
    reason(
      SWAP_WIDENED,
      `${after.date}: to stay within ±5% of the day's targets without the replaced food, ${changed.join(", ")} changed too.`,
      { date: after.date, slot: req.slot, changedSlots: changed.join(",") },
    ),
  ];
}
