import type { SessionDto } from "@spotter/contracts";
import { createClient, signup, TestClient } from "@spotter/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { signIn } from "./world.ts";

type Audit = { items: { action: string; entityId: string | null }[] };

/** One screenshot of the refusal, where a person reviewing this change looks for it. */
const REFUSAL_SHOT = "/tmp/publish-gate/refusal.png";

/**
 * Red means stop, in the coach's browser: a client reports chest pain after their draft was
 * generated, so the red flag is open when the coach presses Publish. The page says why it was not
 * published; "Publish anyway" needs a reason of at least 10 characters (checked before anything is
 * sent) and then publishes, audited. Seeded through the HTTP API; steps share state in order.
 */
describe("the publish gate in the browser", () => {
  let server: RunningServer;
  let owner: TestClient;
  let coach: Browser;
  let ownerEmail = "";
  let clientId = "";
  let draft: SessionDto;
  const publishCalls: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    owner = new TestClient(server.baseUrl);
    ownerEmail = (await signup(owner, "Gate Gym")).email;
    clientId = await createClient(owner, "Riley Red");
    const gen = await owner.post<SessionDto>(`/api/clients/${clientId}/sessions`, { durationMinutes: 45 });
    expect(gen.status, JSON.stringify(gen.body)).toBe(201);
    draft = gen.body;
    const checkIn = await owner.post(`/api/clients/${clientId}/checkins`, {
      date: new Date().toISOString().slice(0, 10),
      sleepHours: 7.5,
      sleepQuality: 2,
      fatigue: 2,
      soreness: 2,
      stress: 2,
      mood: 2,
      redFlags: { chestPain: true },
    });
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(200);

    coach = await launchBrowser({ baseUrl: server.baseUrl });
    coach.page.on("request", (r) => {
      if (r.url().endsWith(`/api/sessions/${draft.id}/publish`)) publishCalls.push(r.postData() ?? "");
    });
    await signIn(coach, ownerEmail);
  });

  afterAll(async () => {
    await coach?.close();
    await server?.close();
  });

  it("refuses to publish while the red flag is open and says which one", async () => {
    const page = coach.page;
    await page.goto(`/sessions/${draft.id}`);
    const refused = page.waitForResponse((r) => r.url().endsWith(`/api/sessions/${draft.id}/publish`));
    await page.getByRole("button", { name: "Publish to client" }).click();
    expect((await refused).status()).toBe(409);

    const alert = page.getByRole("alert").filter({ hasText: "Not published" });
    await alert.waitFor();
    expect(await alert.locator("li").allInnerTexts()).toEqual([
      "A red flag is open: Chest pain. Resolve it in the triage queue before publishing.",
    ]);
    // The generic error line is not shown on top of the explanation.
    expect(await page.getByRole("alert").count()).toBe(1);
    await page.screenshot({ path: REFUSAL_SHOT, fullPage: true });
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
    expect((await owner.get<SessionDto>(`/api/sessions/${draft.id}`)).body.status).toBe("draft");
  });

  it("asks for a reason of at least 10 characters before sending anything", async () => {
    const page = coach.page;
    await page.getByRole("button", { name: "Publish anyway" }).click();
    const form = page.getByRole("form", { name: "Publish anyway" });
    const reason = form.getByLabel("Reason for publishing anyway");
    await form.getByRole("button", { name: "Publish with this reason" }).click();
    await form.getByText("Give a reason of at least 10 characters.").waitFor();
    await reason.fill("  GP ok  ");
    await form.getByRole("button", { name: "Publish with this reason" }).click();
    await form.getByText("Give a reason of at least 10 characters (5 so far).").waitFor();
    expect(await reason.getAttribute("aria-invalid")).toBe("true");
    expect(publishCalls).toHaveLength(1);
  });

  it("publishes with the reason, and the override is audited", async () => {
    const page = coach.page;
    const text = "Chest pain was a strained pec; GP saw him today";
    await page.getByLabel("Reason for publishing anyway").fill(text);
    const published = page.waitForResponse((r) => r.url().endsWith(`/api/sessions/${draft.id}/publish`));
    await page.getByRole("button", { name: "Publish with this reason" }).click();
    expect((await published).status()).toBe(200);
    expect(JSON.parse(publishCalls.at(-1) ?? "{}")).toEqual({ override: { reason: text } });

    await page.getByRole("status").filter({ hasText: "Published: the client sees this session" }).waitFor();
    expect(await page.getByText("Not published").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Publish to client" }).count()).toBe(0);
    expect((await owner.get<SessionDto>(`/api/sessions/${draft.id}`)).body.status).toBe("published");
    const audit = await owner.get<Audit>(`/api/audit?clientId=${clientId}`);
    expect(audit.body.items.filter((e) => e.action === "session.publish_override").map((e) => e.entityId)).toEqual([
      draft.id,
    ]);
  });
});
