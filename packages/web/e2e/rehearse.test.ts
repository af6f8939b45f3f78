import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { signUpCoach, uniqueEmail } from "./steps.ts";

/** Screenshots to look at, outside the repository. */
const SHOTS = "/tmp/rehearse-e2e";
async function shot(page: Page, name: string, fullPage = true) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/**
 * The owner's Rehearse page in Chromium (issue 10 items 8 and 9): run the cohort audit on the
 * organization's methods and trainer profile, then the scenario simulator under its tiers, and
 * read what automation would do with a red flag.
 */
describe("the owner's Rehearse page", () => {
  let server: RunningServer;
  let owner: Browser;

  beforeAll(async () => {
    server = await startServer();
    owner = await launchBrowser({ baseUrl: server.baseUrl });
    await signUpCoach(owner.page, uniqueEmail("rehearse-owner"));
  });

  afterAll(async () => {
    await owner?.close();
    await server?.close();
  });

  it("runs the cohort audit and shows every difference with its rule", async () => {
    const page = owner.page;
    await page.getByRole("link", { name: "Rehearse" }).click();
    await page.getByRole("heading", { name: "Rehearse" }).waitFor();
    const ran = page.waitForResponse((r) => r.url().includes("/api/rehearse/cohorts"));
    await page.getByRole("button", { name: "Run cohort audit" }).click();
    expect((await ran).status()).toBe(200);
    const report = page.getByRole("region", { name: "Cohort audit report" });
    await report.waitFor({ timeout: 60_000 });
    await report.getByText(/36\s*clients/).waitFor();
    await report.getByText(/33\s*matched pairs/).waitFor();
    // Explained differences are folded; the older age band's segment change is explained by the age rule.
    await report.getByText(/^Explained differences:/).click();
    await report
      .getByText(/Age band 67 years: segment/)
      .first()
      .waitFor();
    expect(await report.getByText(/segment\.risk\.age/).count()).toBeGreaterThan(0);
    await shot(page, "cohort-audit");
  }, 120_000);

  it("runs the scenarios: a chest-pain red flag pages a human and nothing applies on its own", async () => {
    const page = owner.page;
    const ran = page.waitForResponse((r) => r.url().includes("/api/rehearse/scenarios"));
    await page.getByRole("button", { name: "Run scenarios" }).click();
    expect((await ran).status()).toBe(200);
    await page.getByText(/runs routed safely across/).waitFor();
    await page.getByRole("button", { name: "Red flag: chest pain" }).click();
    const section = page.getByRole("region", { name: "Red flag: chest pain" });
    await section.waitFor();
    const tiers = section.getByRole("article");
    expect(await tiers.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await tiers.count()); i++) {
      const tier = tiers.nth(i);
      await tier.getByText("Human paged").waitFor();
      await tier.getByText("Automation stopped").waitFor();
      expect(await tier.getByText("Applied automatically").count()).toBe(0);
      await tier.getByText(/^Red \(chest_pain/).waitFor();
    }
    await shot(page, "scenario-red-flag");
    await page.getByRole("button", { name: "Client asks for a human" }).click();
    const asked = page.getByRole("region", { name: "Client asks for a human" });
    expect(await asked.getByText("Client asked for a human").count()).toBeGreaterThan(0);
    expect(await asked.getByText("Applied automatically").count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "scenario-ask-human");
  }, 120_000);

  it("fits a phone", async () => {
    const page = owner.page;
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole("button", { name: "Missed sessions with fatigue" }).click();
    await page.getByRole("region", { name: "Missed sessions with fatigue" }).waitFor();
    await shot(page, "scenario-phone");
    await page.getByRole("list", { name: "Unexplained differences" }).scrollIntoViewIfNeeded();
    await shot(page, "phone-cohort-view", false);
    await page.getByRole("region", { name: "Missed sessions with fatigue" }).scrollIntoViewIfNeeded();
    await shot(page, "phone-scenario-view", false);
    const overflow = await page.evaluate(() => ({
      px: document.documentElement.scrollWidth - window.innerWidth,
      wide: [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5)
        .map((e) => `${e.tagName}.${e.className}`),
    }));
    // The coach shell's nav scrolls sideways on a phone by design: only the page itself must not.
    expect(overflow.px, overflow.wide.join(", ")).toBeLessThanOrEqual(0);
  }, 60_000);
});
