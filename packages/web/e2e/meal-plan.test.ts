import { mkdirSync } from "node:fs";
import { createClient, inviteAndAccept, PASSWORD, profileInput, signup, TestClient } from "@spotter/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";

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
  let server: RunningServer;
  let ownerEmail = "";
  let clientEmail = "";
  let clientId = "";
  let desk: Browser;
  let phone: Browser;
  let plan: Plan;

  async function signIn(b: Browser, email: string) {
    await b.page.goto("/");
    await b.page.getByLabel("Email").fill(email);
    await b.page.getByLabel("Password").fill(PASSWORD);
    const button = b.page.getByRole("button", { name: "Sign in" });
    await button.click();
    await button.waitFor({ state: "detached" });
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer();
    const owner = new TestClient(server.baseUrl);
    ownerEmail = (await signup(owner, "Plate Gym")).email;
    clientId = await createClient(owner, "Mia Meals", {
      profile: profileInput({ heightCm: 165, birthYear: 1992, sex: "female", bodyMassKg: 64 }),
    });
    const prefs = await owner.request("PUT", `/api/clients/${clientId}/nutrition/preferences`, {
      allergies: ALLERGIES,
      dislikes: DISLIKES,
      diets: [],
      likes: [],
      mealsPerDay: 4,
      weeklyBudgetCents: null,
    });
    expect(prefs.status, JSON.stringify(prefs.body)).toBe(200);
    clientEmail = (await inviteAndAccept(owner, new TestClient(server.baseUrl), { role: "client", clientId })).email;
    desk = await launchBrowser({ baseUrl: server.baseUrl });
    phone = await launchBrowser({ baseUrl: server.baseUrl, viewport: { width: 375, height: 812 } });
  });

  afterAll(async () => {
    await desk?.close();
    await phone?.close();
    await server?.close();
  });

  it("lets the coach generate a week that leaves out the allergies and dislikes", async () => {
    await signIn(desk, ownerEmail);
    const page = desk.page;
    await page.goto(`/clients/${clientId}`);
    const card = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Nutrition" }) });
    await card.getByText("No meal plan for this week yet.").waitFor();
    const made = page.waitForResponse(
      (r) => r.url().endsWith(`/api/clients/${clientId}/nutrition/meal-plan`) && r.request().method() === "POST",
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
    const page = desk.page;
    const card = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Nutrition" }) });
    const swapped = page.waitForResponse(
      (r) => r.url().endsWith(`/api/clients/${clientId}/nutrition/meal-plan/swap`) && r.request().method() === "POST",
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
    const page = desk.page;
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
    await signIn(phone, clientEmail);
    const page = phone.page;
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
