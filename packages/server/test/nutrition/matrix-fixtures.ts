/** The nutrition routes' bodies for the authorization matrix (spread into ../matrix-fixtures.ts). */
import type { Org } from "../support.ts";

type World = { a: Org; b: Org };
// The matrix runs on the system clock; the routes refuse dates more than a day ahead of it.
const today = () => new Date().toISOString().slice(0, 10);
const measurement = () => ({
  date: today(),
  weight: { value: 176, unit: "lb" },
  circumferences: { waist: { value: 33, unit: "in" } },
});
const intake = () => ({ date: today(), kcal: 2200, proteinG: 150, carbsG: 230, fatG: 70 });

const preferences = () => ({
  allergies: ["peanuts"],
  dislikes: ["banana"],
  diets: [],
  likes: [],
  mealsPerDay: 4,
  weeklyBudgetCents: null,
});
let foodCount = 0;
const swap = () => ({ date: today(), slot: "breakfast" });

export const NUTRITION_SAMPLE_BODIES: Record<string, (w: World) => unknown> = {
  "POST /api/clients/{id}/nutrition/measurements": measurement,
  "POST /api/clients/{id}/nutrition/intake": intake,
  "PUT /api/clients/{id}/nutrition/settings": () => ({ goal: "lose", ratePctPerWeek: 0.5 }),
  "POST /api/me/nutrition/measurements": measurement,
  "POST /api/me/nutrition/intake": intake,
  "POST /api/foods": () => ({
    name: `Matrix bean stew ${++foodCount}`,
    category: "legume",
    kcal: 120,
    proteinG: 7,
    carbsG: 18,
    fatG: 2,
    fibreG: 6,
    portionG: 250,
    portionLabel: "1 bowl",
    allergens: ["celery"],
  }),
  "PATCH /api/foods/{foodId}": () => ({ priceCentsPer100g: 55 }),
  "PUT /api/clients/{id}/nutrition/preferences": preferences,
  "PUT /api/me/nutrition/preferences": preferences,
  // The world's client has no height or birth year: generating answers 400 (not a refusal).
  "POST /api/clients/{id}/nutrition/meal-plan": () => ({}),
  // No plan yet: 409 (not a refusal).
  "POST /api/clients/{id}/nutrition/meal-plan/swap": swap,
  "POST /api/me/nutrition/meal-plan/swap": swap,
};

/** `{measurementId}`: a fresh weigh-in of org A's client each call (deleting one leaves the next). */
const foodIds = new WeakMap<object, string>();
export const NUTRITION_PARAM_VALUES: Record<string, (w: World) => Promise<string>> = {
  /** `{foodId}`: a food of org A's table (seeded on first read). */
  foodId: async (w) => {
    const known = foodIds.get(w.a);
    if (known) return known;
    const res = await w.a.coach.get<{ items: { id: string }[] }>("/api/foods");
    if (res.status !== 200 || !res.body.items[0]) throw new Error(`matrix: foods failed ${res.status}`);
    foodIds.set(w.a, res.body.items[0].id);
    return res.body.items[0].id;
  },
  measurementId: async (w) => {
    const res = await w.a.coach.post<{ id: string }>(`/api/clients/${w.a.ids.clientId}/nutrition/measurements`, {
      date: today(),
      weight: { value: 80, unit: "kg" },
    });
    if (res.status !== 201) throw new Error(`matrix: measurement failed ${res.status}`);
    return res.body.id;
  },
};
