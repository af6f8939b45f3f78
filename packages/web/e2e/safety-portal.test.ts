import type { SessionDto } from "@spotter/contracts";
import { createClient, inviteAndAccept, signup, TestClient } from "@spotter/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { signIn } from "./world.ts";

const SHOT = "/tmp/safety-portal/red-open-375.png";

/**
 * Red means stop in the client's portal, on a 375 px phone: the coach published a hard session,
 * then the client reported chest pain in a check-in. Today shows "Training is paused" with the
 * referral message of the chest-pain template, and not the session (hidden by the server: no
 * exercise, no log button). Seeded through the HTTP API; steps share state in order.
 */
describe("the client portal while a red flag is open", () => {
  let server: RunningServer;
  let client: Browser;
  let clientEmail = "";
  let published: SessionDto;

  beforeAll(async () => {
    server = await startServer();
    const owner = new TestClient(server.baseUrl);
    await signup(owner, "Safety Gym");
    const clientId = await createClient(owner, "Casey Chest");
    clientEmail = (await inviteAndAccept(owner, new TestClient(server.baseUrl), { role: "client", clientId })).email;
    const gen = await owner.post<SessionDto>(`/api/clients/${clientId}/sessions`, { durationMinutes: 45 });
    expect(gen.status, JSON.stringify(gen.body)).toBe(201);
    const pub = await owner.post<SessionDto>(`/api/sessions/${gen.body.id}/publish`);
    expect(pub.status, JSON.stringify(pub.body)).toBe(200);
    published = pub.body;
    const checkIn = await owner.post(`/api/clients/${clientId}/checkins`, {
      date: new Date().toISOString().slice(0, 10),
      sleepHours: 7,
      sleepQuality: 3,
      fatigue: 3,
      soreness: 3,
      stress: 3,
      mood: 3,
      redFlags: { chestPain: true },
    });
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(200);

    client = await launchBrowser({ baseUrl: server.baseUrl, viewport: { width: 375, height: 812 } });
    await signIn(client, clientEmail);
  });

  afterAll(async () => {
    await client?.close();
    await server?.close();
  });

  it("shows the referral message and hides the published session", async () => {
    const page = client.page;
    await page.getByRole("heading", { name: "Training is paused" }).waitFor();
    const alert = page.getByRole("alert");
    await expect(
      alert.getByRole("heading", { name: "About the chest discomfort you mentioned" }).count(),
    ).resolves.toBe(1);
    expect(await alert.textContent()).toContain("worth having a doctor check it");
    expect(await alert.textContent()).toContain("Hi Casey,");
    // Not the session: none of its exercises, no way to log it.
    const firstExercise = published.plan.main[0]!.name;
    await expect(page.getByText(firstExercise, { exact: false }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: /log/i }).count()).resolves.toBe(0);
    // Fits the phone: nothing wider than the viewport.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: SHOT, fullPage: true });
  });

  it("the session is not reachable by its address either", async () => {
    const res = await client.page.request.get(`/api/sessions/${published.id}`);
    expect(res.status()).toBe(404);
  });
});
