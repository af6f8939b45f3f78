/** The week's shopping list: every planned food summed over the week, grouped by aisle. */
import { AISLE_LABELS, AISLES, type Aisle, type Food } from "../foods/vocabulary.ts";
import type { MealPlan } from "./types.ts";

export type ShoppingItem = {
  foodId: string;
  name: string;
  grams: number;
  portions: number;
  portionLabel: string;
  priceCents: number;
};
export type ShoppingAisle = { aisle: Aisle; label: string; items: ShoppingItem[] };
export type ShoppingList = { aisles: ShoppingAisle[]; totalCents: number };

/** Foods the plan names but the table no longer holds go under "other". Amounts round up to 10 g. */
export function shoppingList(plan: MealPlan, foods: readonly Food[]): ShoppingList {
  const byId = new Map(foods.map((f) => [f.id, f]));
  const sums = new Map<string, { name: string; grams: number; priceCents: number; portionLabel: string }>();
  for (const d of plan.days)
    for (const m of d.meals)
      for (const i of m.items) {
        const s = sums.get(i.foodId) ?? { name: i.name, grams: 0, priceCents: 0, portionLabel: i.portionLabel };
        s.grams += i.grams;
        s.priceCents += i.priceCents;
        sums.set(i.foodId, s);
      }
  const groups = new Map<Aisle, ShoppingItem[]>();
  for (const [foodId, s] of sums) {
    const food = byId.get(foodId);
    const aisle = food?.aisle ?? "other";
    const grams = Math.ceil(s.grams / 10) * 10;
    groups.set(aisle, [
      ...(groups.get(aisle) ?? []),
      {
        foodId,
        name: s.name,
        grams,
        portions: food ? Math.round((s.grams / food.portionG) * 10) / 10 : 0,
        portionLabel: s.portionLabel,
        priceCents: s.priceCents,
      },
    ]);
  }
  const aisles = AISLES.filter((a) => groups.has(a)).map((aisle) => ({
    aisle,
    label: AISLE_LABELS[aisle],
    items: groups.get(aisle)!.sort((a, b) => a.name.localeCompare(b.name)),
  }));
  return { aisles, totalCents: [...sums.values()].reduce((s, x) => s + x.priceCents, 0) };
}
