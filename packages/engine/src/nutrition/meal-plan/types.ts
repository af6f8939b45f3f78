/** The weekly meal plan's inputs and outputs, and the solver the caller injects. */
import type { Reason } from "../../core/reasons.ts";
import type { Allergen, DietTag, Food, MealKind } from "../foods/vocabulary.ts";

/** What the client chose: hard exclusions (allergies, dislikes, diets) and soft wishes. */
export type NutritionPreferences = {
  allergies: Allergen[];
  /** Food ids the client will not eat. */
  dislikes: string[];
  /** Diets every planned food must be compatible with. */
  diets: DietTag[];
  /** Food ids the client likes: planned more often (soft). */
  likes: string[];
  mealsPerDay: number;
  /** Weekly food budget in cents; null = no budget (soft). */
  weeklyBudgetCents: number | null;
};

export type NutrientTotals = { kcal: number; proteinG: number; carbsG: number; fatG: number; fibreG: number };
export type DayNutrientTarget = { date: string; kcal: number; proteinG: number; carbsG: number; fatG: number };

export type PlannedItem = {
  foodId: string;
  name: string;
  role: Role;
  grams: number;
  portionLabel: string;
  portions: number;
  kcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
  fibreG: number;
  priceCents: number;
};
export type PlannedMeal = { slot: string; kind: MealKind; items: PlannedItem[]; kcal: number };
export type PlannedDay = {
  date: string;
  target: DayNutrientTarget;
  totals: NutrientTotals;
  /** Signed % distance from the target per nutrient (within ±5 when the plan is feasible). */
  deviationPct: { kcal: number; proteinG: number; carbsG: number; fatG: number };
  costCents: number;
  meals: PlannedMeal[];
};
export type MealPlan = {
  days: PlannedDay[];
  costCents: number;
  /** Why foods were left out (counts per rule) and what the soft goals did. */
  reasons: Reason[];
};

/** Roles a food can fill in a meal. */
export const ROLES = ["protein", "carb", "veg", "fruit", "fat", "item"] as const;
export type Role = (typeof ROLES)[number];

export type MealPlanInput = {
  foods: readonly Food[];
  preferences: NutritionPreferences;
  /** One target per day, in order (usually a Monday-to-Sunday week). */
  days: readonly DayNutrientTarget[];
  seed: string;
};

/** A solver result, read from whatever ran the model (HiGHS in the server). */
export type LpResult = {
  status: "optimal" | "infeasible" | "time_limit" | "other";
  columns: Record<string, number>;
  objective: number;
};
/** Solves a model in CPLEX LP text; `timeLimitSec` overrides the solver's default time limit. */
export type LpSolver = (lp: string, opts?: { timeLimitSec?: number }) => LpResult;
