import { AISLES, ALLERGENS, DIET_TAGS, FOOD_CATEGORIES, MEALS, ROLES } from "@spotter/engine";
import { z } from "zod";
import { isoDate } from "../common.ts";
import { reasonSchema } from "../engine/reason.ts";

/**
 * HTTP shapes of the organization's food table, a client's nutrition preferences and the weekly
 * meal plan with its shopping list.
 */

const per100g = {
  kcal: z.number().min(0).max(900),
  proteinG: z.number().min(0).max(100),
  carbsG: z.number().min(0).max(100),
  fatG: z.number().min(0).max(100),
  fibreG: z.number().min(0).max(100),
};

export const foodSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  name: z.string(),
  category: z.enum(FOOD_CATEGORIES),
  aisle: z.enum(AISLES),
  ...per100g,
  portionG: z.number(),
  portionLabel: z.string(),
  priceCentsPer100g: z.number().int().nullable(),
  allergens: z.array(z.enum(ALLERGENS)),
  dietTags: z.array(z.enum(DIET_TAGS)),
  builtin: z.boolean(),
  archived: z.boolean(),
});
export type FoodView = z.infer<typeof foodSchema>;
export const foodListSchema = z.object({ items: z.array(foodSchema) });
export type FoodList = z.infer<typeof foodListSchema>;

/** POST /foods: a coach's own food (diet tags are derived from category, allergens and flags). */
export const foodRequestSchema = z
  .object({
    name: z.string().trim().min(2).max(120),
    category: z.enum(FOOD_CATEGORIES),
    aisle: z.enum(AISLES).optional(),
    ...per100g,
    portionG: z.number().positive().max(2000),
    portionLabel: z.string().trim().min(1).max(60),
    priceCentsPer100g: z.number().int().min(0).max(100000).nullable().optional(),
    allergens: z.array(z.enum(ALLERGENS)).max(14).default([]),
    /** Ingredient flags the diet tags cannot see: pork, alcohol, not_kosher, not_vegan, lactose_free. */
    flags: z
      .array(z.enum(["pork", "alcohol", "not_kosher", "not_vegan", "lactose_free", "meat"]))
      .max(6)
      .default([]),
  })
  .refine((f) => 4 * f.proteinG + 4 * f.carbsG + 9 * f.fatG <= 1.3 * f.kcal + 40, {
    message: "protein, carbohydrate and fat give more energy than kcal states",
    path: ["kcal"],
  })
  .refine((f) => f.proteinG + f.carbsG + f.fatG <= 100, {
    message: "protein + carbohydrate + fat must not exceed 100 g per 100 g",
    path: ["fatG"],
  });
export type FoodRequest = z.infer<typeof foodRequestSchema>;

/** PATCH /foods/:foodId: price, portion, archive. */
export const foodPatchSchema = z
  .object({
    priceCentsPer100g: z.number().int().min(0).max(100000).nullable(),
    portionG: z.number().positive().max(2000),
    portionLabel: z.string().trim().min(1).max(60),
    archived: z.boolean(),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: "send at least one field", path: ["archived"] });
export const foodParamsSchema = z.object({ foodId: z.uuid() });

export const nutritionPreferencesSchema = z.object({
  allergies: z.array(z.enum(ALLERGENS)).max(14),
  /** Food keys (GET /foods `key`). */
  dislikes: z.array(z.string().min(1).max(120)).max(200),
  diets: z.array(z.enum(DIET_TAGS)).max(6),
  likes: z.array(z.string().min(1).max(120)).max(200),
  mealsPerDay: z.number().int().min(2).max(6),
  weeklyBudgetCents: z.number().int().min(0).max(10_000_000).nullable(),
});
export type NutritionPreferencesView = z.infer<typeof nutritionPreferencesSchema>;

const itemSchema = z.object({
  foodId: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  grams: z.number(),
  portionLabel: z.string(),
  portions: z.number(),
  kcal: z.number(),
  proteinG: z.number(),
  carbsG: z.number(),
  fatG: z.number(),
  fibreG: z.number(),
  priceCents: z.number(),
});
const macros = { kcal: z.number(), proteinG: z.number(), carbsG: z.number(), fatG: z.number() };
const daySchema = z.object({
  date: isoDate,
  target: z.object({ date: isoDate, ...macros }),
  totals: z.object({ ...macros, fibreG: z.number() }),
  deviationPct: z.object(macros),
  costCents: z.number(),
  meals: z.array(z.object({ slot: z.string(), kind: z.enum(MEALS), items: z.array(itemSchema), kcal: z.number() })),
});
export const shoppingListSchema = z.object({
  aisles: z.array(
    z.object({
      aisle: z.enum([...AISLES]),
      label: z.string(),
      items: z.array(
        z.object({
          foodId: z.string(),
          name: z.string(),
          grams: z.number(),
          portions: z.number(),
          portionLabel: z.string(),
          priceCents: z.number(),
        }),
      ),
    }),
  ),
  totalCents: z.number(),
});
export const mealPlanSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  weekStart: isoDate,
  days: z.array(daySchema),
  costCents: z.number(),
  reasons: z.array(reasonSchema),
  shoppingList: shoppingListSchema,
  swaps: z.number().int(),
  updatedAt: z.string(),
});
export type MealPlanView = z.infer<typeof mealPlanSchema>;
export const mealPlanResultSchema = z.object({ plan: mealPlanSchema.nullable() });

/** POST .../meal-plans: the week holding `date` (default today). */
export const mealPlanRequestSchema = z.object({ date: isoDate.optional() });
export const mealPlanQuerySchema = z.object({ date: isoDate.optional() });
export const mealPlanSwapSchema = z.object({
  date: isoDate,
  slot: z.string().min(1).max(20),
  /** Swap only this food of the meal (a `foodId` of the plan's items); without it, the whole meal. */
  foodId: z.string().min(1).max(120).optional(),
});
