/**
 * Food table, preferences and the weekly meal plan over HTTP on a fixed clock: the table is seeded
 * per organization and extended by coaches; a plan never holds an allergen or a disliked food, each
 * day lands within ±5% of its targets, a swap keeps the day there, the shopping list sums the week
 * by aisle; a plan that cannot be met answers 422 naming the targets. PGlite, and PostgreSQL with
 * TEST_DATABASE_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/programming/clock.ts";
import { createClient, createTestApp, createWorld, type Org, profileInput, type TestApp } from "../support.ts";

const TODAY = "2026-03-04"; // a Wednesday: the plan's week starts Monday 2026-03-02
let t: TestApp;
let a: Org;
let b: Org;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${TODAY}T12:00:00Z`) });
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

type Food = {
  id: string;
  key: string;
  name: string;
  allergens: string[];
  dietTags: string[];
  builtin: boolean;
  aisle: string;
};
type Item = { foodId: string; name: string; grams: number; role: string };
type Day = {
  date: string;
  deviationPct: Record<"kcal" | "proteinG" | "carbsG" | "fatG", number>;
  meals: { slot: string; kind: string; items: Item[] }[];
};
type Plan = {
  id: string;
  weekStart: string;
  days: Day[];
  reasons: { ruleId: string; message: string; inputs: Record<string, unknown> }[];
  shoppingList: { aisles: { aisle: string; label: string; items: { foodId: string; grams: number }[] }[] };
  swaps: number;
};

const profile = () =>
  profileInput({
    goals: { primary: "fat_loss", secondary: [] },
    birthYear: 1990,
    sex: "female",
    heightCm: 168,
    bodyMassKg: 68,
  });

const PREFS = {
  allergies: ["peanuts", "milk", "crustaceans"],
  dislikes: [
    "banana",
    "broccoli-boiled",
    "tuna-canned-in-water-drained",
    "salmon-atlantic-farmed-baked",
    "oats-rolled-dry",
  ],
  diets: [],
  likes: ["chicken-breast-roasted-skinless"],
  mealsPerDay: 4,
  weeklyBudgetCents: 9000,
};

describe("food table", () => {
  it("is seeded per organization, read by every member, extended and archived by coaches", async () => {
    const list = await a.client.get<{ items: Food[] }>("/api/foods");
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThanOrEqual(300);
    const almonds = list.body.items.find((f) => f.key === "almonds")!;
    expect(almonds.allergens).toEqual(["tree_nuts"]);
    expect(almonds.dietTags).toEqual(
      expect.arrayContaining(["vegan", "halal", "kosher", "gluten_free", "lactose_free"]),
    );
    const bacon = list.body.items.find((f) => f.key === "bacon-pan-fried")!;
    expect(bacon.dietTags).not.toContain("halal");
    expect(bacon.dietTags).not.toContain("vegetarian");

    const created = await a.coach.post<Food>("/api/foods", {
      name: "House lentil dal",
      category: "legume",
      kcal: 130,
      proteinG: 7,
      carbsG: 18,
      fatG: 3.5,
      fibreG: 5,
      portionG: 250,
      portionLabel: "1 bowl",
      allergens: ["mustard"],
    });
    expect(created.status).toBe(201);
    expect(created.body.key).toBe("custom-house-lentil-dal");
    expect(created.body.aisle).toBe("canned_dried");
    expect(created.body.dietTags).toContain("vegan");
    // Other organizations never see it; a client may not add foods.
    const other = await b.coach.get<{ items: Food[] }>("/api/foods");
    expect(other.body.items.some((f) => f.key === "custom-house-lentil-dal")).toBe(false);
    expect((await a.client.post("/api/foods", { name: "x" })).status).toBe(403);
    const archived = await a.coach.patch<Food>(`/api/foods/${created.body.id}`, { archived: true });
    expect(archived.status).toBe(200);
    const after = await a.coach.get<{ items: Food[] }>("/api/foods");
    expect(after.body.items.some((f) => f.id === created.body.id)).toBe(false);
    expect((await b.coach.patch(`/api/foods/${created.body.id}`, { archived: false })).status).toBe(404);
  });

  it("refuses a food whose macronutrients exceed its energy, naming the field", async () => {
    const res = await a.coach.post<{ details: { path: string }[] }>("/api/foods", {
      name: "Impossible bar",
      category: "snack",
      kcal: 50,
      proteinG: 40,
      carbsG: 40,
      fatG: 10,
      fibreG: 0,
      portionG: 50,
      portionLabel: "1 bar",
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("kcal");
  });
});

describe("meal plan", () => {
  let id: string;
  let plan: Plan;
  beforeAll(async () => {
    id = await createClient(a.coach, "Planner", { profile: profile() });
    const prefs = await a.coach.request("PUT", `/api/clients/${id}/nutrition/preferences`, PREFS);
    expect(prefs.status).toBe(200);
    const res = await a.coach.post<Plan>(`/api/clients/${id}/nutrition/meal-plan`, {});
    expect(res.status).toBe(200);
    plan = res.body;
  });

  it("plans the week (Monday first) within ±5% of each day's targets, in the client's 4 meals", () => {
    expect(plan.weekStart).toBe("2026-03-02");
    expect(plan.days.map((d) => d.date)).toEqual([
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
    ]);
    for (const d of plan.days) {
      expect(d.meals.map((m) => m.kind)).toEqual(["breakfast", "lunch", "snack", "dinner"]);
      for (const v of Object.values(d.deviationPct)) expect(Math.abs(v)).toBeLessThanOrEqual(5);
    }
  });

  it("never plans an allergen or a disliked food", async () => {
    const foods = (await a.coach.get<{ items: Food[] }>("/api/foods")).body.items;
    const byKey = new Map(foods.map((f) => [f.key, f]));
    for (const d of plan.days)
      for (const m of d.meals)
        for (const i of m.items) {
          expect(PREFS.dislikes).not.toContain(i.foodId);
          const allergens = byKey.get(i.foodId)!.allergens;
          for (const al of PREFS.allergies) expect(allergens).not.toContain(al);
        }
    expect(plan.reasons.map((r) => r.ruleId)).toContain("nutrition.meal_plan.excluded.allergy.milk");
  });

  it("sums the week's shopping by aisle", () => {
    const grams = new Map<string, number>();
    for (const d of plan.days)
      for (const m of d.meals) for (const i of m.items) grams.set(i.foodId, (grams.get(i.foodId) ?? 0) + i.grams);
    const listed = plan.shoppingList.aisles.flatMap((a) => a.items);
    expect(listed.map((i) => i.foodId).sort()).toEqual([...grams.keys()].sort());
    for (const i of listed) expect(i.grams).toBeGreaterThanOrEqual(grams.get(i.foodId)!);
    expect(plan.shoppingList.aisles.length).toBeGreaterThan(3);
  });

  it("swaps a meal for other foods and keeps the day within ±5%; one food swaps alone", async () => {
    const day = plan.days[2]!;
    const before = day.meals.find((m) => m.slot === "lunch")!.items.map((i) => i.foodId);
    const res = await a.coach.post<Plan>(`/api/clients/${id}/nutrition/meal-plan/swap`, {
      date: day.date,
      slot: "lunch",
    });
    expect(res.status).toBe(200);
    const after = res.body.days[2]!;
    const lunch = after.meals.find((m) => m.slot === "lunch")!.items;
    for (const i of lunch) expect(before).not.toContain(i.foodId);
    for (const v of Object.values(after.deviationPct)) expect(Math.abs(v)).toBeLessThanOrEqual(5);
    // Other meals of the day keep their foods, except those a widened swap names.
    const named = res.body.reasons.find((r) => r.ruleId === "nutrition.meal_plan.swap.widened");
    const changed = String(named?.inputs.changedSlots ?? "").split(",");
    const foods = (d: Day, slot: string) => d.meals.find((m) => m.slot === slot)!.items.map((i) => i.foodId);
    for (const slot of ["breakfast", "snack-1", "dinner"])
      if (!changed.includes(slot)) expect(foods(after, slot)).toEqual(foods(day, slot));
    expect(res.body.swaps).toBe(1);
    const food = after.meals.find((m) => m.slot === "dinner")!.items[0]!;
    const one = await a.coach.post<Plan>(`/api/clients/${id}/nutrition/meal-plan/swap`, {
      date: day.date,
      slot: "dinner",
      foodId: food.foodId,
    });
    expect(one.status).toBe(200);
    expect(one.body.days[2]!.meals.find((m) => m.slot === "dinner")!.items.map((i) => i.foodId)).not.toContain(
      food.foodId,
    );
    expect(
      (await a.coach.post(`/api/clients/${id}/nutrition/meal-plan/swap`, { date: day.date, slot: "brunch" })).status,
    ).toBe(400);
  });

  it("is read by the coach and the client's own login, not by another organization", async () => {
    const got = await a.coach.get<{ plan: Plan | null }>(`/api/clients/${id}/nutrition/meal-plan?date=2026-03-08`);
    expect(got.body.plan?.weekStart).toBe("2026-03-02");
    const none = await a.coach.get<{ plan: Plan | null }>(`/api/clients/${id}/nutrition/meal-plan?date=2026-03-09`);
    expect(none.body.plan).toBeNull();
    expect((await b.coach.get(`/api/clients/${id}/nutrition/meal-plan`)).status).toBe(404);
  });

  it("the client export carries the preferences and the plan", async () => {
    const res = await a.owner.get<{ records: Record<string, unknown[]> }>(`/api/clients/${id}/export`);
    expect(res.status).toBe(200);
    expect(res.body.records.nutritionPreferences).toHaveLength(1);
    expect(res.body.records.mealPlans).toHaveLength(1);
  });

  it("answers 422 naming what no allowed food can fill", async () => {
    // Deterministic whatever the plan's seed (it includes the client id): every fruit disliked
    // leaves breakfast's fruit with nothing, found before the solver runs. Conflicting targets
    // found by the solver are covered by the HiGHS solver tests.
    const narrow = await createClient(a.coach, "Narrow", { profile: profile() });
    const foods = await a.coach.get<{ items: (Food & { category: string })[] }>("/api/foods");
    const fruit = foods.body.items.filter((f) => f.category === "fruit").map((f) => f.key);
    expect(fruit.length).toBeGreaterThan(5);
    const prefs = await a.coach.request("PUT", `/api/clients/${narrow}/nutrition/preferences`, {
      ...PREFS,
      likes: [],
      dislikes: fruit,
      mealsPerDay: 3,
    });
    expect(prefs.status).toBe(200);
    const res = await a.coach.post<{ error: { code: string; message: string } }>(
      `/api/clients/${narrow}/nutrition/meal-plan`,
      {},
    );
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/No allowed food fills .*fruit/);
  });

  it("refuses preferences naming an unknown food (400 naming the index)", async () => {
    const res = await a.coach.request("PUT", `/api/clients/${id}/nutrition/preferences`, {
      ...PREFS,
      dislikes: ["no-such-food"],
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("dislikes.0");
  });
});
