import { PASSWORD } from "@spotter/server/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, screenshot, seriousA11yViolations } from "./browser.ts";
import { makeOverdue, seedTriageWorld, type TriageWorld } from "./triage-seed.ts";
import { startTriageServer, type TriageServer } from "./triage-server.ts";

type Proposal = { id: string; kind: string; status: string; reason: string | null; decidedBy: string | null };
type Flag = {
  id: string;
  kind: string;
  status: string;
  outcome: string | null;
  referredTo: string | null;
  note: string | null;
};
type QueueItem = { id: string; type: string; clientId: string; kind: string; level: string; humanRequested: boolean };
type Audit = { items: { action: string; entityId: string | null }[] };

/**
 * Triage in real Chromium. Seeded through the HTTP API (a red chest-pain check-in, two premium
 * clients whose check-ins raise yellow proposals, a self-guided client with a portal login): the
 * coach sees the queue red-first with the overdue item marked, resolves the red with an outcome,
 * approves one proposal and rejects another with a reason; a client on a phone sees an automated
 * change and asks for a human, and the coach finds it in the queue. Decisions are checked through
 * the API, including the audit trail. Steps share state in order.
 */
describe("triage queue and approvals in the browser", () => {
  let server: TriageServer;
  let world: TriageWorld;
  let coach: Browser;
  let client: Browser | undefined;
  const state: { redFlagId?: string; askedId?: string } = {};

  async function expectAccessible(b: Browser, name: string) {
    await screenshot(b.page, name);
    const v = await seriousA11yViolations(b.page);
    expect(v, `${name}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
  }
  const api = async <T>(path: string) => {
    const r = await world.owner.get<T>(path);
    expect(r.status, path).toBe(200);
    return r.body;
  };
  const item = (page: Page, clientName: string, type: "flag" | "proposal") =>
    page
      .getByTestId("queue-item")
      .filter({ hasText: clientName })
      .and(page.locator(`[data-type="${type}"]`));

  beforeAll(async () => {
    server = await startTriageServer();
    world = await seedTriageWorld(server.baseUrl, server.database);
    const q = await api<{ items: QueueItem[] }>("/api/queue");
    const red = q.items.find((i) => i.clientId === world.red && i.type === "flag");
    if (!red) throw new Error("seed: no red flag in the queue");
    state.redFlagId = red.id;
    // Deadlines are hours away; make the red one an hour late instead of waiting.
    await makeOverdue(server.database, red.id);
    coach = await launchBrowser({ baseUrl: server.baseUrl });
    await coach.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.baseUrl });
  });

  afterAll(async () => {
    await client?.close();
    await coach?.close();
    await server?.close();
  });

  it("shows the queue red first, overdue marked, with evidence and deadlines", async () => {
    const page = coach.page;
    await page.goto("/");
    await page.getByLabel("Email").fill(world.ownerEmail);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    const items = page.getByTestId("queue-item");
    await items.first().waitFor();
    const levels = await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-level")));
    expect(levels[0]).toBe("red");
    expect(levels.lastIndexOf("red")).toBeLessThan(levels.indexOf("yellow"));
    expect(levels.filter((l) => l === "yellow").length).toBe(4);
    const first = items.first();
    await expect(first.getAttribute("data-overdue")).resolves.toBe("true");
    await expect(first.textContent()).resolves.toMatch(/Riley Red.*Chest pain.*Overdue by 1 h/s);
    await expect(first.textContent()).resolves.toContain("Refer to:");
    await expect(item(page, "Sam Sore", "proposal").textContent()).resolves.toContain("Volume change (%): 0 → -20");
    await expect(page.getByTestId("queue-counts").textContent()).resolves.toBe("1 red · 4 yellow · 1 overdue");
    await expectAccessible(coach, "triage-queue");
  });

  it("offers a message template the coach edits and sends into the client's thread", async () => {
    const page = coach.page;
    // Keyboard only: focus the button, open with Enter, close with Escape, focus comes back.
    const opener = item(page, "Sam Sore", "flag").getByRole("button", { name: /Message template/ });
    await opener.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Message to Sam Sore" });
    await dialog.waitFor();
    await expect(dialog.getByLabel("Message").inputValue()).resolves.toMatch(/Hi Sam,/);
    await expectAccessible(coach, "triage-message");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect(opener.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // Sent, not copied: the edited template is posted into Sam's conversation.
    await opener.click();
    await dialog.getByLabel("Message").fill("Hi Sam, quick check on that knee: how does it feel today?");
    const posted = page.waitForResponse(
      (r) => /\/api\/clients\/[^/]+\/messages$/.test(r.url()) && r.request().method() === "POST",
    );
    await dialog.getByRole("button", { name: "Send" }).click();
    const res = await posted;
    expect(res.status()).toBe(201);
    expect((await res.json()).body).toBe("Hi Sam, quick check on that knee: how does it feel today?");
    await dialog.waitFor({ state: "hidden" });
  });

  it("resolves the red flag only with an outcome, and stores it", async () => {
    const page = coach.page;
    await item(page, "Riley Red", "flag")
      .getByRole("button", { name: /Resolve/ })
      .click();
    const dialog = page.getByRole("dialog", { name: /Resolve: Chest pain/ });
    await dialog.getByRole("button", { name: "Resolve flag" }).click();
    await dialog.locator('.field-error[data-field="outcome"]').waitFor();
    await dialog.locator('.field-error[data-field="note"]').waitFor();
    await expectAccessible(coach, "triage-resolve-errors");
    await dialog.getByLabel(/Referred/).check();
    await dialog.getByLabel("Referred to").fill("GP, same-day appointment");
    await dialog.getByLabel("Note (required)").fill("Called Riley; GP today, no training until cleared.");
    const res = page.waitForResponse((r) => r.url().includes("/resolve") && r.request().method() === "POST");
    await dialog.getByRole("button", { name: "Resolve flag" }).click();
    expect((await res).status()).toBe(200);
    await page.getByRole("status").filter({ hasText: "Flag resolved for Riley Red" }).waitFor();
    await item(page, "Riley Red", "flag").waitFor({ state: "detached" });

    const flags = await api<{ items: Flag[] }>(`/api/clients/${world.red}/flags`);
    expect(flags.items.find((f) => f.id === state.redFlagId)).toMatchObject({
      status: "resolved",
      outcome: "referred",
      referredTo: "GP, same-day appointment",
      note: "Called Riley; GP today, no training until cleared.",
    });
    const audit = await api<Audit>(`/api/audit?clientId=${world.red}`);
    expect(audit.items.filter((e) => e.action === "flag.resolved").map((e) => e.entityId)).toEqual([state.redFlagId]);
  });

  it("shows a proposal's diff, reasons and level, and approves it", async () => {
    const page = coach.page;
    await item(page, "Sam Sore", "proposal")
      .getByRole("link", { name: /Review/ })
      .click();
    await page.getByRole("heading", { name: "Volume change for Sam Sore" }).waitFor();
    const changed = page.locator("tr[data-changed]");
    await expect(changed.count()).resolves.toBe(1);
    await expect(changed.textContent()).resolves.toMatch(/Volume change \(%\).*0.*-20/);
    await page.getByText("proposal.volume_change.from.persistent_soreness").waitFor();
    await page.getByText("decision.review.tier").waitFor();
    await expect(page.getByTestId("proposal-status").textContent()).resolves.toMatch(
      /Needs review \(yellow\).*Waiting for review/,
    );
    await expectAccessible(coach, "triage-approval");
    const res = page.waitForResponse((r) => r.url().endsWith("/approve"));
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    expect((await res).status()).toBe(200);
    await page.getByRole("status").filter({ hasText: "Approved." }).waitFor();
    await expect(page.getByTestId("proposal-status").textContent()).resolves.toContain("Approved by coach");

    const [p] = (await api<{ items: Proposal[] }>(`/api/clients/${world.sore}/proposals`)).items;
    expect(p).toMatchObject({ kind: "volume_change", status: "approved", decidedBy: "coach" });
    const audit = await api<Audit>(`/api/audit?clientId=${world.sore}`);
    expect(audit.items.filter((e) => e.action === "proposal.approved").map((e) => e.entityId)).toEqual([p?.id]);
  });

  it("rejects another proposal only with a reason", async () => {
    const page = coach.page;
    await page.getByRole("link", { name: "Back to the queue" }).click();
    await item(page, "Tara Tired", "proposal")
      .getByRole("link", { name: /Review/ })
      .click();
    await page.getByRole("heading", { name: "Deload for Tara Tired" }).waitFor();
    await page.getByTestId("proposal-status").getByText("Major change").waitFor();
    await page.getByRole("button", { name: "Reject" }).click();
    await page.locator('.field-error[data-field="reason"]').filter({ hasText: "A reason is required" }).waitFor();
    await expectAccessible(coach, "triage-reject-error");
    await page.getByLabel("Reason or note").fill("Competition in 10 days; we taper instead.");
    const res = page.waitForResponse((r) => r.url().endsWith("/reject"));
    await page.getByRole("button", { name: "Reject" }).click();
    expect((await res).status()).toBe(200);
    await page.getByRole("status").filter({ hasText: "Rejected." }).waitFor();

    const [p] = (await api<{ items: Proposal[] }>(`/api/clients/${world.tired}/proposals`)).items;
    expect(p).toMatchObject({
      kind: "deload",
      status: "rejected",
      decidedBy: "coach",
      reason: "Competition in 10 days; we taper instead.",
    });
    const audit = await api<Audit>(`/api/audit?clientId=${world.tired}`);
    expect(audit.items.filter((e) => e.action === "proposal.rejected").map((e) => e.entityId)).toEqual([p?.id]);
    const queue = await api<{ items: QueueItem[] }>("/api/queue");
    expect(queue.items.filter((i) => i.type === "proposal")).toEqual([]);
  });

  it("undoes an automatic change from the client page", async () => {
    const page = coach.page;
    await page.goto(`/clients/${world.auto}`);
    await page.getByRole("heading", { name: "Plan changes" }).waitFor();
    await page.getByRole("link", { name: "Hold loads" }).click();
    await page.getByRole("heading", { name: "Hold loads for Uma Undo" }).waitFor();
    await expect(page.getByTestId("proposal-status").textContent()).resolves.toMatch(
      /Applied automatically.*Automated: applied without review/,
    );
    await page.getByText("decision.auto_apply").waitFor();
    await expectAccessible(coach, "triage-approval-automated");
    const res = page.waitForResponse((r) => r.url().endsWith("/undo"));
    await page.getByRole("button", { name: "Undo automatic change" }).click();
    expect((await res).status()).toBe(200);
    await page.getByRole("status").filter({ hasText: "Undone." }).waitFor();
    const [p] = (await api<{ items: Proposal[] }>(`/api/clients/${world.auto}/proposals`)).items;
    expect(p).toMatchObject({ kind: "load_hold", status: "undone", decidedBy: "coach" });
    const audit = await api<Audit>(`/api/audit?clientId=${world.auto}`);
    expect(audit.items.filter((e) => e.action === "proposal.undone").map((e) => e.entityId)).toEqual([p?.id]);
  });

  it("shows roster status lights from one request", async () => {
    const page = coach.page;
    const requests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/queue")) requests.push(new URL(r.url()).pathname);
    });
    await page.goto("/clients");
    const row = (name: string) => page.getByRole("row").filter({ hasText: name });
    await row("Tara Tired").getByText("Needs review").waitFor();
    await row("Riley Red").locator(".status-light").first().waitFor();
    await expect(row("Chris Portal").textContent()).resolves.toContain("On track");
    expect(requests.filter((p) => p === "/api/queue/levels")).toHaveLength(1);
    await expectAccessible(coach, "triage-roster");
  });

  it("lets a client on a phone see an automated change and ask for their coach", async () => {
    client = await launchBrowser({ baseUrl: server.baseUrl, viewport: { width: 375, height: 812 } });
    const page = client.page;
    await page.goto("/");
    await page.getByLabel("Email").fill(world.portal.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("navigation", { name: "Portal" }).waitFor();
    await page.getByRole("link", { name: "Check-in", exact: true }).click();
    await page.getByRole("heading", { name: "Daily check-in" }).waitFor();
    await page.getByLabel("Hours slept").fill("6.5");
    for (const name of ["Sleep quality", "Fatigue", "Muscle soreness", "Stress", "Mood"])
      await page.getByRole("group", { name }).getByText("3", { exact: true }).click();
    const sent = page.waitForResponse((r) => r.url().endsWith("/api/me/checkins"));
    await page.getByRole("button", { name: "Send check-in" }).click();
    expect((await sent).status()).toBe(200);
    const result = page.getByTestId("checkin-result");
    await result.waitFor();
    await expect(result.getAttribute("data-level")).resolves.toBe("green");
    await expect(result.textContent()).resolves.toMatch(/Readiness today: \d+\/100/);
    await expectAccessible(client, "triage-client-checkin");

    await page.getByRole("link", { name: "Changes", exact: true }).click();
    await page.getByRole("heading", { name: "Changes to my plan" }).waitFor();
    const change = page.getByTestId("plan-change").filter({ hasText: "Hold loads" });
    await change.getByText("Automated", { exact: true }).waitFor();
    await expect(change.textContent()).resolves.toContain("Load progression: as planned → hold current loads");
    await expectAccessible(client, "triage-client-changes");
    const asked = page.waitForResponse((r) => r.url().endsWith("/ask-human"));
    await change.getByRole("button", { name: "Ask my coach" }).click();
    const body = (await (await asked).json()) as { id: string; status: string };
    expect(body.status).toBe("pending_review");
    state.askedId = body.id;
    await change.getByRole("status").filter({ hasText: "Sent to your coach" }).waitFor();
    await change.getByText("Waiting for your coach").waitFor();
    await expectAccessible(client, "triage-client-asked");
  });

  it("puts the client's request in the coach's queue; the coach edits, then approves", async () => {
    const page = coach.page;
    await page.goto("/");
    const asked = item(page, "Chris Portal", "proposal");
    await asked.getByText("Client asked for you").waitFor();
    await asked.getByRole("link", { name: /Review/ }).click();
    await page.getByRole("heading", { name: "Hold loads for Chris Portal" }).waitFor();
    await page.getByRole("button", { name: "Edit, then approve" }).click();
    const input = page.getByLabel("New value for Load progression");
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await input.fill("hold loads, one set fewer on squats");
    await page.getByLabel("Reason or note").fill("Short night; keep it light but keep the habit.");
    const res = page.waitForResponse((r) => r.url().endsWith("/approve"));
    await page.getByRole("button", { name: "Approve with my edits" }).click();
    expect((await res).status()).toBe(200);
    await page.getByRole("status").filter({ hasText: "Approved with your edits" }).waitFor();
    const p = (
      await api<{ items: (Proposal & { diff: { after: Record<string, unknown> } })[] }>(
        `/api/clients/${world.portal.clientId}/proposals`,
      )
    ).items.find((x) => x.id === state.askedId);
    expect(p).toMatchObject({ status: "edited", decidedBy: "coach" });
    expect(p?.diff.after.loadProgression).toBe("hold loads, one set fewer on squats");
    const audit = await api<Audit>(`/api/audit?clientId=${world.portal.clientId}`);
    const actions = audit.items.filter((e) => e.entityId === state.askedId).map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(["proposal.edited", "proposal.human_requested"]);
  });

  it("shows readiness and load charts, the ACWR caveat, signals and the tier on the client page", async () => {
    const page = coach.page;
    await page.goto(`/clients/${world.portal.clientId}`);
    await page.getByRole("heading", { name: "Readiness", exact: true }).waitFor();
    await page
      .getByRole("img", { name: /Readiness score over the last six weeks/ })
      .locator("canvas")
      .waitFor();
    await page
      .getByRole("img", { name: /session-RPE load/ })
      .locator("canvas")
      .waitFor();
    await expect(page.getByTestId("acwr").textContent()).resolves.toMatch(/^\d\.\d\d/);
    await expect(page.getByTestId("acwr-caveat").textContent()).resolves.toContain("not an injury predictor");
    await page.getByText("readiness.low").waitFor();
    await expect(page.getByLabel("Service tier").locator("option:checked").textContent()).resolves.toMatch(
      /^Self-guided/,
    );
    await expectAccessible(coach, "triage-client-page");
  });

  it("tells a client who reports a red flag that their coach knows, and where to get urgent care", async () => {
    const page = client!.page;
    await page.getByRole("link", { name: "Check-in", exact: true }).click();
    await page.getByRole("heading", { name: "Daily check-in" }).waitFor();
    for (const name of ["Sleep quality", "Fatigue", "Muscle soreness", "Stress", "Mood"])
      await page.getByRole("group", { name }).getByText("2", { exact: true }).click();
    await page.getByLabel("Dizziness or fainting").check();
    const sent = page.waitForResponse((r) => r.url().endsWith("/api/me/checkins"));
    await page.getByRole("button", { name: "Send check-in" }).click();
    expect((await sent).status()).toBe(200);
    const result = page.getByTestId("checkin-result");
    await expect(result.getAttribute("data-level")).resolves.toBe("red");
    await expect(result.textContent()).resolves.toMatch(/Your coach has been told.*seek urgent medical care now/s);
    await expectAccessible(client!, "triage-client-checkin-red");
    const q = await api<{ items: QueueItem[] }>("/api/queue");
    expect(q.items[0]).toMatchObject({ clientId: world.portal.clientId, level: "red", kind: "dizziness_fainting" });
  });

  it("says so when nothing needs the coach", async () => {
    const page = coach.page;
    const q = await api<{ items: { id: string; type: string }[] }>("/api/queue");
    for (const i of q.items) {
      if (i.type === "flag")
        expect((await world.owner.post(`/api/flags/${i.id}/resolve`, { outcome: "note", note: "seen" })).status).toBe(
          200,
        );
      else expect((await world.owner.post(`/api/proposals/${i.id}/approve`, {})).status).toBe(200);
    }
    await page.goto("/");
    await page.getByText("Nothing needs you right now").waitFor();
    await expectAccessible(coach, "triage-queue-empty");
  });
});
