/** The weekly meal plan: an integer program per day (built here, solved by the caller's solver). */
export { eligibleFoods, exclusionOf } from "./eligibility.ts";
export { buildDayModel, type DayModelSpec, NUTRIENTS, PLAN_WEIGHTS } from "./model.ts";
export { type ShoppingAisle, type ShoppingItem, type ShoppingList, shoppingList } from "./shopping.ts";
export { DAY_RULES, dayPools, penaltyFor, planDay } from "./solve-day.ts";
export { GRAM_STEP, MEAL_ROLES, mealSlots } from "./structure.ts";
export {
  type DayNutrientTarget,
  type LpResult,
  type LpSolver,
  type MealPlan,
  type MealPlanInput,
  type NutrientTotals,
  type NutritionPreferences,
  type PlannedDay,
  type PlannedItem,
  type PlannedMeal,
  ROLES,
  type Role,
} from "./types.ts";
export { planWeek, type SwapRequest, swapInPlan } from "./week.ts";
