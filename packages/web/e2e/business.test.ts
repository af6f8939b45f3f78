import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, seriousA11yViolations } from "./browser.ts";
import { type BusinessWorld, seedBusinessWorld } from "./business-seed.ts";
import { type RunningServer, startServer } from "./server.ts";
import { signIn } from "./world.ts";

const SHOTS = "/tmp/business-e2e";
const FIGURES = [
  "retention",
  "revenue",
  "satisfaction",
  "adherence",
  "check_ins",
  "response_red",
  "response_yellow",
  "response_message",
  "escalation",
];

/**
 * The owner's Business page in Chromium: every figure shows its number, a chart and how it is
 * computed; a client answers the satisfaction survey on a phone and the owner sees the answer
 * counted and the comment quoted. Steps share state in order.
 */
describe("business: the owner sees the business's health on one page", () => {
  let server: RunningServer;
  let world: BusinessWorld;
  let desk: Browser;
  let phone: Browser;

  const answersLabel = async () =>
    (await desk.page.locator('[data-figure="satisfaction"] .biz-sub').textContent()) ?? "";

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer();
    world = await seedBusinessWorld(server.baseUrl, server.database);
    desk = await launchBrowser({ baseUrl: server.baseUrl, viewport: { width: 1280, height: 900 } });
    phone = await launchBrowser({ baseUrl: server.baseUrl, viewport: { width: 375, height: 812 } });
  });

  afterAll(async () => {
    await desk?.close();
    await phone?.close();
    await server?.close();
  });

  it("shows the owner each figure with a chart and how it is computed", async () => {
    await signIn(desk, world.ownerEmail);
    const page = desk.page;
    await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Business" }).click();
    await page.getByRole("heading", { level: 1, name: "Business" }).waitFor();
    for (const id of FIGURES) {
      const card = page.locator(`[data-figure="${id}"]`);
      await card.locator("canvas").first().waitFor();
      expect(await card.locator(".biz-big").textContent(), id).not.toBe("–");
      expect(await card.getByText("How it's computed:").count(), id).toBe(1);
    }
    await expect.poll(() => page.getByRole("list", { name: "Key numbers" }).getByRole("listitem").count()).toBe(5);
    // The archived client and the one quiet for 50 days churned in the period.
    expect(await page.locator('[data-figure="retention"] .biz-sub').textContent()).toMatch(/2 churned/);
    expect(
      await page
        .getByRole("list", { name: /Coach time per client/ })
        .getByRole("listitem")
        .count(),
    ).toBeGreaterThan(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/business-1280.png`, fullPage: true });
  });

  it("lets a client answer the survey on a phone, and the owner sees the answer", async () => {
    const before = await answersLabel();
    await signIn(phone, world.clientEmail);
    const page = phone.page;
    const survey = page.getByRole("group", { name: "How likely are you to recommend us to a friend?" });
    await survey.waitFor();
    await page.screenshot({ path: `${SHOTS}/survey-375.png`, fullPage: true });
    await survey.getByRole("radio", { name: "9", exact: true }).check();
    await page.getByLabel("Anything to add? (optional)").fill("Best coaching I have had");
    const posted = page.waitForResponse(
      (r) => r.url().endsWith("/api/business/survey") && r.request().method() === "POST",
    );
    // The survey's own Send: the weekly check-in card on the same page has one too.
    await page.locator("form", { has: survey }).getByRole("button", { name: "Send" }).click();
    expect((await posted).status()).toBe(201);
    await page
      .getByRole("status")
      .getByText(/Thanks for telling us/)
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await desk.page.reload();
    const comments = desk.page.locator(".biz-comments");
    await comments.getByText("Best coaching I have had").waitFor();
    const count = (label: string) => Number(/from (\d+) answers/.exec(label)?.[1] ?? Number.NaN);
    expect(count(await answersLabel())).toBe(count(before) + 1);
    await desk.page.screenshot({ path: `${SHOTS}/business-after-survey-1280.png`, fullPage: true });
  });
});
