/**
 * Hard exclusions: a food with an allergen the client has, a disliked food, or a food outside a
 * chosen diet never becomes a variable of the model, so no solution can contain it.
 */
import { type Reason, reason } from "../../core/reasons.ts";
import { FOOD_CATEGORIES, type Food, type FoodCategory } from "../foods/vocabulary.ts";
import type { NutritionPreferences } from "./types.ts";

/** Categories meal plans draw from: every category but those kept for intake logging only. */
const INTAKE_ONLY: ReadonlySet<FoodCategory> = new Set(["condiment", "beverage"]);
const PLANNABLE: ReadonlySet<FoodCategory> = new Set(FOOD_CATEGORIES.filter((c) => !INTAKE_ONLY.has(c)));

/** Why a food is excluded, or null when the plan may use it. */
export function exclusionOf(food: Food, prefs: NutritionPreferences): string | null {
  const allergen = food.allergens.find((a) => prefs.allergies.includes(a));
  if (allergen) return `allergy.${allergen}`;
  if (prefs.dislikes.includes(food.id)) return "dislike";
  const diet = prefs.diets.find((d) => !food.dietTags.includes(d));
  if (diet) return `diet.${diet}`;
  return null;
}

export function eligibleFoods(
  foods: readonly Food[],
  prefs: NutritionPreferences,
): { foods: Food[]; reasons: Reason[] } {
  const counts = new Map<string, number>();
  const out: Food[] = [];
  for (const f of foods) {
    if (!PLANNABLE.has(f.category)) continue;
    const why = exclusionOf(f, prefs);
    if (why) counts.set(why, (counts.get(why) ?? 0) + 1);
    else out.push(f);
  }
  const reasons = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([why, n]) =>
      reason(
        `nutrition.meal_plan.excluded.${why}`,
        why.startsWith("allergy.")
          ? `${n} food(s) containing ${why.slice(8).replace("_", " ")} left out (allergy, never planned).`
          : why === "dislike"
            ? `${n} disliked food(s) left out (never planned).`
            : `${n} food(s) not compatible with the ${why.slice(5).replace("_", "-")} diet left out.`,
        { count: n },
      ),
    );
  return { foods: out, reasons };
}
