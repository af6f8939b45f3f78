/**
 * The meal-plan model without a solver: allergens, dislikes and diets never become variables; the
 * food table's facts hold together; the structure follows meals per day; the shopping list sums a
 * plan by aisle. (The solved plan is tested with HiGHS in server/test/nutrition/meal-plan-solver.test.ts.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALLERGENS,
  BUILTIN_FOODS,
  buildDayModel,
  DIET_TAGS,
  dayPools,
  eligibleFoods,
  type Food,
  mealSlots,
  type NutritionPreferences,
  penaltyFor,
} from "../../src/index.ts";

const TARGET = { date: "2026-03-02", kcal: 2200, proteinG: 150, carbsG: 240, fatG: 70 };

const foodArb: fc.Arbitrary<Food> = fc
  .record({
    n: fc.nat(100000),
    base: fc.constantFrom(...BUILTIN_FOODS),
    allergens: fc.subarray([...ALLERGENS]),
    dietTags: fc.subarray([...DIET_TAGS]),
  })
  .map(({ n, base, allergens, dietTags }) => ({ ...base, id: `${base.id}-${n}`, allergens, dietTags }));

const prefsArb = (ids: string[]): fc.Arbitrary<NutritionPreferences> =>
  fc.record({
    allergies: fc.subarray([...ALLERGENS], { maxLength: 5 }),
    dislikes: fc.subarray(ids, { maxLength: 10 }),
    diets: fc.subarray([...DIET_TAGS], { maxLength: 2 }),
    likes: fc.constant([]),
    mealsPerDay: fc.integer({ min: 2, max: 6 }),
    weeklyBudgetCents: fc.option(fc.integer({ min: 0, max: 50000 }), { nil: null }),
  });

describe("hard exclusions", () => {
  it("never offers the model a food with an allergen, a disliked food or one outside a diet (random tables)", () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(foodArb, { minLength: 20, maxLength: 120, selector: (f) => f.id })
          .chain((foods) => fc.tuple(fc.constant(foods), prefsArb(foods.map((f) => f.id)), fc.string())),
        ([foods, prefs, seed]) => {
          const { foods: ok } = eligibleFoods(foods, prefs);
          const slots = mealSlots(prefs.mealsPerDay);
          const ctx = {
            target: TARGET,
            slots,
            foods: ok,
            likes: new Set<string>(),
            uses: new Map(),
            dailyBudgetCents: null,
            seed,
          };
          const { lp, candidates } = buildDayModel({
            target: TARGET,
            slots,
            pools: dayPools(ctx),
            penalty: penaltyFor(ctx),
            dailyBudgetCents: null,
            band: 0.04,
          });
          for (const c of candidates) {
            expect(c.food.allergens.some((a) => prefs.allergies.includes(a))).toBe(false);
            expect(prefs.dislikes).not.toContain(c.food.id);
            for (const d of prefs.diets) expect(c.food.dietTags).toContain(d);
          }
          // The LP names variables only by index; every variable belongs to an allowed candidate.
          const vars = new Set(lp.match(/\b[yq]\d+_\d+_\d+\b/g) ?? []);
          expect([...vars].every((v) => candidates.some((c) => c.y === v || c.q === v))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("the built-in food table", () => {
  it("holds ≥ 300 foods with unique ids, plausible composition, portions and prices", () => {
    expect(BUILTIN_FOODS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(BUILTIN_FOODS.map((f) => f.id)).size).toBe(BUILTIN_FOODS.length);
    for (const f of BUILTIN_FOODS) {
      const p = f.per100g;
      expect(p.proteinG + p.carbsG + p.fatG, f.name).toBeLessThanOrEqual(100.5);
      // Atwater energy within 30% (+ 40 kcal for fibre and alcohol) of the stated energy.
      expect(4 * p.proteinG + 4 * p.carbsG + 9 * p.fatG, f.name).toBeLessThanOrEqual(1.3 * p.kcal + 40);
      expect(f.portionG, f.name).toBeGreaterThan(0);
      expect(f.priceCentsPer100g, f.name).toBeGreaterThanOrEqual(0);
    }
  });

  it("tags diets from ingredients: pork is neither halal nor kosher, shellfish not kosher, milk not vegan", () => {
    const get = (id: string) => BUILTIN_FOODS.find((f) => f.id === id)!;
    expect(get("bacon-pan-fried").dietTags).not.toContain("halal");
    expect(get("shrimp-cooked").dietTags).not.toContain("kosher");
    expect(get("catfish-farmed-baked").dietTags).not.toContain("kosher");
    expect(get("greek-yogurt-plain-nonfat").dietTags).toEqual(expect.arrayContaining(["vegetarian", "gluten_free"]));
    expect(get("greek-yogurt-plain-nonfat").dietTags).not.toContain("vegan");
    expect(get("milk-lactose-free-2-fat").dietTags).toContain("lactose_free");
    expect(get("honey").dietTags).not.toContain("vegan");
    expect(get("lentils-boiled").dietTags).toEqual([
      "vegetarian",
      "vegan",
      "halal",
      "kosher",
      "gluten_free",
      "lactose_free",
    ]);
  });
});

describe("meal structure", () => {
  it("follows meals per day, with shares summing to 1", () => {
    expect(mealSlots(3).map((s) => s.id)).toEqual(["breakfast", "lunch", "dinner"]);
    expect(mealSlots(5).map((s) => s.id)).toEqual(["breakfast", "snack-1", "lunch", "snack-2", "dinner"]);
    for (const n of [2, 3, 4, 5, 6]) expect(mealSlots(n).reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 9);
  });
});
