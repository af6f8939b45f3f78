import { mkdirSync } from "node:fs";
import { profileInput } from "@spotter/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./browser.ts";
import { signIn, startWorld, type World } from "./world.ts";

const SHOTS = "/tmp/meal-plan-e2e";
const ALLERGIES = ["peanuts", "milk", "crustaceans"];
const DISLIKES = ["banana", "broccoli-boiled", "tuna-canned-in-water-drained", "apple", "white-rice-long-grain-cooked"];

type Plan = { days: { date: string; meals: { slot: string; items: { foodId: string }[] }[] }[] };

/**
 * The meal plan in the browser: the coach generates a week for a client with three allergies and
 * five dislikes, swaps a lunch, prints the shopping list (print media: only the list shows); the
 * client sees today's meals and the list on a 375 px phone. Seeded through the HTTP API.
 */
describe("meal plan: generate, swap, print the shopping list", () => {
  let w: World;
  let plan: Plan;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    w = await startWorld({
      org: "Plate Gym",
      client: {
        name: "Mia Meals",
        extra: { profile: profileInput({ heightCm: 165, birthYear: 1992, sex: "female", bodyMassKg: 64 }) },
      },
    });
    const prefs = await w.owner.request("PUT", `/api/clients/${w.clientId}/nutrition/preferences`, {
      allergies: ALLERGIES,
      dislikes: DISLIKES,
      diets: [],
      likes: [],
      mealsPerDay: 4,
      weeklyBudgetCents: null,
    });
    expect(prefs.status, JSON.stringify(prefs.body)).toBe(200);
  });

  afterAll(() => w?.close());

  it("lets the coach generate a week that leaves out the allergies and dislikes", async () => {
    await signIn(w.desk, w.ownerEmail);
    const page = w.desk.page;
    await page.goto(`/clients/${w.clientId}`);
    const card = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Nutrition" }) });
    await card.getByText("No meal plan for this week yet.").waitFor();
    const made = page.waitForResponse(
      (r) => r.url().endsWith(`/api/clients/${w.clientId}/nutrition/meal-plan`) && r.request().method() === "POST",
    );
    await card.getByRole("button", { name: "Generate 7-day plan" }).click();
    const res = await made;
    expect(res.status()).toBe(200);
    plan = await res.json();
    expect(plan.days).toHaveLength(7);
    for (const d of plan.days)
      for (const m of d.meals) for (const i of m.items) expect(DISLIKES).not.toContain(i.foodId);
    await card.getByRole("heading", { name: /^Lunch/ }).waitFor();
    await card.getByRole("region", { name: "Shopping list" }).waitFor();
    await page.screenshot({ path: `${SHOTS}/coach-plan.png`, fullPage: true });
    await card.locator(".meal-plan").screenshot({ path: `${SHOTS}/coach-meal-plan.png` });
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
  });

  it("swaps the shown day's lunch for other foods in one tap", async () => {
    const page = w.desk.page;
    const card = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Nutrition" }) });
    const swapped = page.waitForResponse(
      (r) => r.url().endsWith(`/api/clients/${w.clientId}/nutrition/meal-plan/swap`) && r.request().method() === "POST",
    );
    await card.getByRole("button", { name: /^Swap lunch on / }).click();
    const res = await swapped;
    expect(res.status()).toBe(200);
    const sent = JSON.parse(res.request().postData() ?? "{}") as { date: string; slot: string };
    expect(sent.slot).toBe("lunch");
    const next = (await res.json()) as Plan;
    const lunch = (p: Plan) =>
      p.days
        .find((d) => d.date === sent.date)!
        .meals.find((m) => m.slot === "lunch")!
        .items.map((i) => i.foodId);
    for (const f of lunch(next)) expect(lunch(plan)).not.toContain(f);
  });

  it("prints only the shopping list, grouped by aisle", async () => {
    const page = w.desk.page;
    await page.emulateMedia({ media: "print" });
    const list = page.getByRole("region", { name: "Shopping list" });
    expect(await list.isVisible()).toBe(true);
    expect(await list.getByRole("heading", { level: 4 }).count()).toBeGreaterThan(3);
    // Everything else is hidden in print.
    expect(
      await page
        .getByRole("heading", { name: /^Lunch/ })
        .first()
        .isVisible(),
    ).toBe(false);
    await page.screenshot({ path: `${SHOTS}/shopping-list-print.png`, fullPage: true });
    await page.emulateMedia({ media: "screen" });
  });

  it("shows the client today's meals and the shopping list on a phone", async () => {
    await signIn(w.phone, w.clientEmail);
    const page = w.phone.page;
    await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Nutrition" }).click();
    const card = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Meal plan" }) });
    await card.getByRole("heading", { name: /^Breakfast \d/ }).waitFor();
    await card.getByRole("region", { name: "Shopping list" }).waitFor();
    expect(await card.getByRole("button", { name: /Generate/ }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/client-phone.png`, fullPage: true });
    await card.screenshot({ path: `${SHOTS}/client-phone-plan.png` });
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
  });
});
