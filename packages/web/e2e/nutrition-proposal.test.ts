import { mkdirSync } from "node:fs";
import { createClient, profileInput, signup, TestClient } from "@spotter/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { signIn } from "./world.ts";

const SHOTS = "/tmp/nutrition-proposal-e2e";
const DAY_MS = 86_400_000;

/**
 * The coach reviews a proposed energy-target change: a fat-loss client whose weight has stalled for
 * four weeks at 2,300 kcal with intake logged on target gets a bounded cut pending review (the default
 * tiers never auto-apply nutrition changes); the coach follows it from the client's Nutrition card to
 * the approval page, reads the diff and the reasons, approves, and today's energy target follows.
 */
describe("nutrition: the coach reviews a proposed target change", () => {
  let server: RunningServer;
  let ownerEmail = "";
  let clientId = "";
  let desk: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer();
    const owner = new TestClient(server.baseUrl);
    ownerEmail = (await signup(owner, "Stall Gym")).email;
    clientId = await createClient(owner, "Sam Stall", {
      profile: profileInput({
        goals: { primary: "fat_loss", secondary: [] },
        birthYear: 1996,
        sex: "male",
        heightCm: 180,
        bodyMassKg: 90,
      }),
    });
    const base = `/api/clients/${clientId}/nutrition`;
    const set = await owner.request("PUT", `${base}/settings`, { goal: "lose", ratePctPerWeek: 0.5, energyKcal: 2300 });
    expect(set.status).toBe(200);
    const now = Date.now();
    for (let d = 27; d >= 0; d--) {
      const date = new Date(now - d * DAY_MS).toISOString().slice(0, 10);
      const wobble = ((d * 7) % 5) - 2;
      await owner.post(`${base}/measurements`, { date, weight: { value: 90 + wobble * 0.2, unit: "kg" } });
      await owner.post(`${base}/intake`, { date, kcal: 2300 + wobble * 40, proteinG: 180, carbsG: 230, fatG: 70 });
    }
    const proposed = await owner.post<{ status: string; proposal: { status: string } | null }>(`${base}/proposals`);
    expect(proposed.body.proposal?.status, JSON.stringify(proposed.body)).toBe("pending_review");
    desk = await launchBrowser({ baseUrl: server.baseUrl });
  });

  afterAll(async () => {
    await desk?.close();
    await server?.close();
  });

  it("opens the proposal from the Nutrition card, shows the diff and reasons, and approving sets the target", async () => {
    const page = desk.page;
    await signIn(desk, ownerEmail);
    await page.goto(`/clients/${clientId}`);
    const card = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Nutrition" }) });
    expect(Number(await card.getByTestId("target-energyKcal").textContent())).toBe(2300);
    await card.getByRole("heading", { name: "Proposals to review" }).waitFor();
    await card.getByText("Needs review").waitFor();
    await card
      .getByRole("heading", { name: "Proposals to review" })
      .locator("xpath=following-sibling::ul[1]//a")
      .click();

    await page.getByText("2100").first().waitFor();
    await page.getByText("2300").first().waitFor();
    await page.screenshot({ path: `${SHOTS}/approval.png`, fullPage: true });
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
    const approved = page.waitForResponse((r) => /\/api\/proposals\/[^/]+\/approve$/.test(r.url()));
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    expect((await approved).status()).toBe(200);

    await page.goto(`/clients/${clientId}`);
    const after = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Nutrition" }) });
    await after.getByTestId("target-energyKcal").filter({ hasText: "2100" }).waitFor();
    expect(await after.getByText("Needs review").count()).toBe(0);
  });
});
