import { mkdirSync } from "node:fs";
import { createClient, profileInput, signup, TestClient } from "@spotter/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { signIn } from "./world.ts";

const SHOTS = "/tmp/nutrition-stall-e2e";
const DAY_MS = 86_400_000;
const DAYS = 42;

/**
 * The scale stalls and the monitoring pass notices, with no button pressed: a fat-loss client set to
 * 2,300 kcal six weeks ago lost 0.45 kg a week for two weeks, then sat at the same weight for four
 * while logging intake on target. The weigh-ins' incremental update proposes a bounded cut; the
 * coach sees it on the client's Nutrition card with the diff (2300 → 2100) and the reasons, next to
 * the measured expenditure and its ±, approves it there, and today's energy target follows. A second
 * client with the same data and a disordered-eating note in a check-in gets no change: the card says
 * target changes are blocked and why.
 */
describe("nutrition: a stall proposes a bounded cut the coach approves on the card", () => {
  let server: RunningServer;
  let ownerEmail = "";
  const ids = { stalled: "", flagged: "" };
  let desk: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer();
    const owner = new TestClient(server.baseUrl);
    ownerEmail = (await signup(owner, "Plateau Gym")).email;
    const now = Date.now();
    const date = (daysAgo: number) => new Date(now - daysAgo * DAY_MS).toISOString().slice(0, 10);
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
      const id = await createClient(owner, key === "stalled" ? "Pat Plateau" : "Fran Flagged", {
        profile: profileInput({
          goals: { primary: "fat_loss", secondary: [] },
          birthYear: 1994,
          sex: "male",
          heightCm: 180,
          bodyMassKg: 91,
        }),
      });
      ids[key] = id;
      const base = `/api/clients/${id}/nutrition`;
      const set = await owner.request("PUT", `${base}/settings`, {
        goal: "lose",
        ratePctPerWeek: 0.5,
        energyKcal: 2300,
      });
      expect(set.status).toBe(200);
      // The coach set these targets six weeks ago (the pass waits 21 days after a target is set).
      await server.database.query(
        `update nutrition_targets set created_at = now() - interval '${DAYS} days' where client_id = $1`,
        [id],
      );
      if (key === "flagged") {
        const c = await owner.post(`/api/clients/${id}/checkins`, {
          date: date(DAYS - 1),
          sleepHours: 7,
          sleepQuality: 2,
          fatigue: 2,
          soreness: 2,
          stress: 3,
          mood: 3,
          note: "I made myself sick after dinner again",
        });
        expect([200, 201], JSON.stringify(c.body)).toContain(c.status);
      }
      for (let d = DAYS - 1; d >= 0; d--) {
        const day = DAYS - 1 - d;
        const wobble = ((day * 7) % 5) - 2;
        const kg = 91 - (0.45 / 7) * Math.min(day, 14) + wobble * 0.15;
        const w = await owner.post(`${base}/measurements`, {
          date: date(d),
          weight: { value: Math.round(kg * 10) / 10, unit: "kg" },
        });
        expect(w.status).toBe(201);
        const i = await owner.post(`${base}/intake`, {
          date: date(d),
          kcal: 2300 + wobble * 40,
          proteinG: 180,
          carbsG: 230,
          fatG: 70,
        });
        expect([200, 201]).toContain(i.status);
      }
    }
    desk = await launchBrowser({ baseUrl: server.baseUrl });
    await signIn(desk, ownerEmail);
  }, 300_000);

  afterAll(async () => {
    await desk?.close();
    await server?.close();
  });

  const card = () =>
    desk.page.locator("section.card").filter({ has: desk.page.getByRole("heading", { name: "Nutrition" }) });

  it("shows the pass's proposal on the card with the diff and reasons; approving sets the target", async () => {
    const page = desk.page;
    await page.goto(`/clients/${ids.stalled}`);
    const c = card();
    expect(Number(await c.getByTestId("target-energyKcal").textContent())).toBe(2300);
    const proposal = c.getByTestId("nutrition-proposal");
    await proposal.waitFor();
    expect(await proposal.getByTestId("proposal-before-energyKcal").textContent()).toBe("2300");
    expect(await proposal.getByTestId("proposal-after-energyKcal").textContent()).toBe("2100");
    await proposal.getByText(/Weight is changing .*%\/week against a planned -0\.5%\/week/).waitFor();
    await proposal.getByText(/Target 2300 → 2100 kcal\/day/).waitFor();
    // The measured expenditure and its uncertainty, from the pass.
    await c.getByTestId("adaptive-kcal").waitFor();
    expect(await c.getByTestId("adaptive-check").textContent()).toMatch(/± \d+ kcal\/day/);
    await proposal.scrollIntoViewIfNeeded();
    await c.screenshot({ path: `${SHOTS}/card-proposal.png` });
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);

    const approved = page.waitForResponse((r) => /\/api\/proposals\/[^/]+\/approve$/.test(r.url()));
    await proposal.getByRole("button", { name: "Approve change" }).click();
    expect((await approved).status()).toBe(200);
    await c.getByTestId("target-energyKcal").filter({ hasText: "2100" }).waitFor();
    expect(await c.getByTestId("nutrition-proposal").count()).toBe(0);
    // The pass's stored check is from before the decision; the card does not call it still waiting.
    await c.getByTestId("adaptive-status").filter({ hasText: "decided since this pass" }).waitFor();
    await c.screenshot({ path: `${SHOTS}/card-approved.png` });
  });

  it("a client with a disordered-eating flag gets no change, and the card says why", async () => {
    const page = desk.page;
    await page.goto(`/clients/${ids.flagged}`);
    const c = card();
    const blocked = c.getByTestId("adaptive-blocked");
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain("disordered eating");
    expect(await c.getByTestId("nutrition-proposal").count()).toBe(0);
    expect(Number(await c.getByTestId("target-energyKcal").textContent())).toBe(2300);
    await blocked.scrollIntoViewIfNeeded();
    await c.screenshot({ path: `${SHOTS}/card-blocked.png` });
  });
});
