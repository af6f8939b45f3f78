import { mkdirSync } from "node:fs";
import { profileInput } from "@spotter/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./browser.ts";
import { signIn, startWorld, type World } from "./world.ts";

const SHOTS = "/tmp/nutrition-e2e";
const DAY_MS = 86_400_000;

/**
 * Nutrition in the browser: a client on a phone (375 px) logs this morning's weight in pounds in the
 * portal's Nutrition tab; the coach opens the client page and sees that weigh-in in kilograms in the
 * trend, with today's five targets and their reasons. Seeded through the HTTP API (a profile with
 * height and birth year, three earlier weigh-ins); steps share state in order.
 */
describe("nutrition: the client logs a weight, the coach sees trend and targets", () => {
  let w: World;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    w = await startWorld({
      org: "Fuel Gym",
      client: {
        name: "Nora Nutrition",
        extra: { profile: profileInput({ heightCm: 178, birthYear: 1990, sex: "male" }) },
      },
    });
    // Earlier weigh-ins entered by the coach (kg), so the trend has history before today's.
    const today = Date.now();
    for (const [daysAgo, kg] of [
      [9, 82.4],
      [6, 82.0],
      [3, 81.7],
    ] as const) {
      const date = new Date(today - daysAgo * DAY_MS).toISOString().slice(0, 10);
      const r = await w.owner.post(`/api/clients/${w.clientId}/nutrition/measurements`, {
        date,
        weight: { value: kg, unit: "kg" },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
  });

  afterAll(() => w?.close());

  it("lets the client log a weight in pounds from the Nutrition tab on a phone", async () => {
    await signIn(w.phone, w.clientEmail);
    const page = w.phone.page;
    await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Nutrition" }).click();
    await page.getByRole("heading", { level: 1, name: "Nutrition" }).waitFor();

    const form = page.getByRole("form", { name: "Log body weight" });
    await form.getByLabel("Body weight today").fill("178.6");
    await form.getByText("lb", { exact: true }).click();
    const posted = page.waitForResponse(
      (r) => r.url().endsWith("/api/me/nutrition/measurements") && r.request().method() === "POST",
    );
    await form.getByRole("button", { name: "Log weight" }).click();
    const res = await posted;
    expect(res.status()).toBe(201);
    // Sent as the person typed it; the server stores kilograms.
    expect(JSON.parse(res.request().postData() ?? "{}").weight).toEqual({ value: 178.6, unit: "lb" });
    expect((await res.json()).weightKg).toBeCloseTo(178.6 * 0.45359237, 2);
    await form.getByRole("status").filter({ hasText: "Logged 178.6 lb." }).waitFor();

    // The trend now counts four weigh-ins and the targets are computed from it.
    await page.getByText("Weigh-ins (4)").waitFor();
    await page.getByTestId("target-energyKcal").waitFor();
    await page.locator(".chart-box canvas").first().waitFor();
    await page.screenshot({ path: `${SHOTS}/client-phone.png`, fullPage: true });
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
  });

  it("shows the coach the new weigh-in in the trend, the weekly rate and today's targets with reasons", async () => {
    await signIn(w.desk, w.ownerEmail);
    const page = w.desk.page;
    await page.goto(`/clients/${w.clientId}`);
    const card = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Nutrition" }) });
    await card.waitFor();
    await card.getByText("Weigh-ins (4)").click();
    // 178.6 lb is 81.0 kg, shown in the coach's unit.
    await card.getByRole("cell", { name: "81.0 kg" }).waitFor();
    const trend = await card.getByTestId("weight-trend").textContent();
    expect(trend ?? "").toMatch(/Trend \d+\.\d kg/);
    expect(trend ?? "").toMatch(/[−+]\d+\.\d\d kg\/week/);
    await card.locator(".chart-box canvas").waitFor();

    for (const key of ["energyKcal", "proteinG", "carbsG", "fatG", "fibreG"]) {
      const n = Number(await card.getByTestId(`target-${key}`).textContent());
      expect(n, key).toBeGreaterThan(0);
    }
    // Each target opens to its explanation.
    const protein = card.locator("details").filter({ has: page.getByTestId("target-proteinG") });
    await protein.locator("summary").click();
    expect(await protein.locator("li").count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/coach-client-page.png`, fullPage: true });
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
  });

  it("lets the coach set a fat-loss goal and rate, and today's energy target follows", async () => {
    const page = w.desk.page;
    const card = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Nutrition" }) });
    const before = Number(await card.getByTestId("target-energyKcal").textContent());
    const form = card.getByRole("form", { name: "Nutrition settings" });
    await form.getByLabel("Goal").selectOption("lose");
    await form.getByLabel("Weekly rate (% body weight)").fill("0.5");
    const saved = page.waitForResponse(
      (r) => r.url().endsWith(`/api/clients/${w.clientId}/nutrition/settings`) && r.request().method() === "PUT",
    );
    await form.getByRole("button", { name: "Save settings" }).click();
    const res = await saved;
    expect(res.status()).toBe(200);
    expect(JSON.parse(res.request().postData() ?? "{}")).toEqual({ goal: "lose", ratePctPerWeek: 0.5 });
    await card.getByText("goal: Lose").waitFor();
    const after = Number(await card.getByTestId("target-energyKcal").textContent());
    expect(after).toBeLessThan(before);
  });
});
