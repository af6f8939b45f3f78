/**
 * The client's meal structure: which meals a day has, which roles each meal fills (a protein, a
 * carbohydrate, vegetables...), which food categories fill each role, the portion range per role,
 * and each meal's rough share of the day's energy.
 */
import type { FoodCategory, MealKind } from "../foods/vocabulary.ts";
import type { Role } from "./types.ts";

export type Slot = { id: string; kind: MealKind; share: number };
export type RoleSpec = {
  role: Role;
  categories: readonly FoodCategory[];
  optional: boolean;
  portions: [number, number];
};

const BASE_SHARE: Record<MealKind, number> = { breakfast: 0.25, lunch: 0.3, dinner: 0.32, snack: 0.12 };

/** Meals per day → the day's meals, in eating order. */
export function mealSlots(mealsPerDay: number): Slot[] {
  const n = Math.min(6, Math.max(2, Math.round(mealsPerDay)));
  const kinds: MealKind[][] = [
    ["lunch", "dinner"],
    ["breakfast", "lunch", "dinner"],
    ["breakfast", "lunch", "snack", "dinner"],
    ["breakfast", "snack", "lunch", "snack", "dinner"],
    ["breakfast", "snack", "lunch", "snack", "dinner", "snack"],
  ];
  const list = kinds[n - 2]!;
  const total = list.reduce((s, k) => s + BASE_SHARE[k], 0);
  let snack = 0;
  return list.map((kind) => ({
    id: kind === "snack" ? `snack-${++snack}` : kind,
    kind,
    share: BASE_SHARE[kind] / total,
  }));
}

const MAIN_PROTEIN: FoodCategory[] = ["meat", "poultry", "fish", "seafood", "egg", "plant_protein", "legume"];
const MAIN_CARB: FoodCategory[] = ["grain", "pasta", "bread", "starchy_veg", "legume"];

export const MEAL_ROLES: Record<MealKind, RoleSpec[]> = {
  breakfast: [
    { role: "carb", categories: ["cereal", "bread"], optional: false, portions: [0.5, 2] },
    {
      role: "protein",
      categories: ["egg", "dairy", "plant_protein", "cheese", "nut_seed"],
      optional: false,
      portions: [0.5, 2],
    },
    { role: "fruit", categories: ["fruit"], optional: false, portions: [0.5, 1.5] },
  ],
  lunch: [
    { role: "protein", categories: MAIN_PROTEIN, optional: false, portions: [0.5, 2] },
    { role: "carb", categories: MAIN_CARB, optional: false, portions: [0.5, 2] },
    { role: "veg", categories: ["vegetable"], optional: false, portions: [0.5, 2.5] },
    { role: "fat", categories: ["fat_oil", "nut_seed"], optional: true, portions: [0.5, 2] },
  ],
  dinner: [
    { role: "protein", categories: MAIN_PROTEIN, optional: false, portions: [0.5, 2] },
    { role: "carb", categories: MAIN_CARB, optional: false, portions: [0.5, 2] },
    { role: "veg", categories: ["vegetable"], optional: false, portions: [0.5, 2.5] },
    { role: "fat", categories: ["fat_oil", "nut_seed"], optional: true, portions: [0.5, 2] },
  ],
  snack: [
    {
      role: "item",
      categories: ["fruit", "dairy", "nut_seed", "snack", "cheese"],
      optional: false,
      portions: [0.5, 2],
    },
  ],
};

/** Grams move in steps of 5 (what a kitchen scale and a recipe can follow). */
export const GRAM_STEP = 5;
