import { mkdirSync } from "node:fs";
import type { SessionDto } from "@spotter/contracts";
import { createClient, signup, TestClient } from "@spotter/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { signIn } from "./world.ts";

/**
 * The session editor in the coach's browser: search the catalog and add an exercise to the main
 * work, move it up, remove another item, publish. The stored session (read over HTTP) matches what
 * the page showed. Seeded through the HTTP API; steps share state in order.
 */
describe("the session editor in the browser", () => {
  let server: RunningServer;
  let owner: TestClient;
  let coach: Browser;
  let draft: SessionDto;

  beforeAll(async () => {
    server = await startServer();
    owner = new TestClient(server.baseUrl);
    const email = (await signup(owner, "Editor Gym")).email;
    const clientId = await createClient(owner, "Eddie Edit");
    const gen = await owner.post<SessionDto>(`/api/clients/${clientId}/sessions`, { durationMinutes: 45 });
    expect(gen.status, JSON.stringify(gen.body)).toBe(201);
    draft = gen.body;
    coach = await launchBrowser({ baseUrl: server.baseUrl });
    await signIn(coach, email);
  });

  afterAll(async () => {
    await coach?.close();
    await server?.close();
  });

  it("adds an exercise found by search, moves it up, removes another, and publishes", async () => {
    const page = coach.page;
    await page.goto(`/sessions/${draft.id}`);
    await page.getByLabel("Search the catalog").fill("goblet");
    const added = page.waitForResponse((r) => r.request().method() === "PATCH");
    await page.getByRole("button", { name: "Add Goblet Squat", exact: true }).click();
    expect((await added).status()).toBe(200);
    const main = page.locator('section[aria-labelledby="sec-main"] article.plan-item');
    await expect.poll(() => main.last().getAttribute("aria-label")).toBe("Goblet Squat");
    const count = await main.count();

    const moved = page.waitForResponse((r) => r.request().method() === "PATCH");
    await page.getByRole("button", { name: "Move Goblet Squat up" }).click();
    expect((await moved).status()).toBe(200);
    await expect.poll(() => main.nth(count - 2).getAttribute("aria-label")).toBe("Goblet Squat");

    const firstName = draft.plan.main[0]!.name;
    const removed = page.waitForResponse((r) => r.request().method() === "PATCH");
    await page
      .locator('section[aria-labelledby="sec-main"]')
      .getByRole("button", { name: `Remove ${firstName}`, exact: true })
      .first()
      .click();
    expect((await removed).status()).toBe(200);
    await expect.poll(() => main.count()).toBe(count - 1);

    mkdirSync("/tmp/session-editor", { recursive: true });
    await page.screenshot({ path: "/tmp/session-editor/desktop.png", fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Publish to client" }).click();
    await page.getByRole("status").filter({ hasText: "Published" }).waitFor();

    const stored = await owner.get<SessionDto>(`/api/sessions/${draft.id}`);
    expect(stored.body.status).toBe("published");
    const names = stored.body.plan.main.map((i) => i.name);
    expect(names).toContain("Goblet Squat");
    expect(names.indexOf("Goblet Squat")).toBe(names.length - 2);
    expect(stored.body.plan.main.map((i) => i.id)).not.toContain(draft.plan.main[0]!.id);
  });
});
