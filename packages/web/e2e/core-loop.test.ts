import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, screenshot, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { fillIntake, PASSWORD, signUpCoach, uniqueEmail } from "./steps.ts";

/**
 * The core loop in real Chromium: coach signs up → trainer profile → intake → invite → generate,
 * edit and publish → the client (375×812) accepts the invite and logs → the coach sees the log
 * and the next session reflects it. Steps share state in order; engine steps skip themselves
 * (visibly) while the server lacks the engine routes.
 */
describe("core loop in the browser", () => {
  let server: RunningServer;
  let coach: Browser;
  let client: Browser | undefined;
  let engine = false;
  const coachEmail = uniqueEmail("coach");
  const clientEmail = uniqueEmail("client");
  const state: { clientId?: string; inviteUrl?: string; sessionId?: string; loggedLoad?: string } = {};

  async function expectAccessible(b: Browser, name: string) {
    await screenshot(b.page, name);
    const v = await seriousA11yViolations(b.page);
    expect(v, `${name}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
  }

  beforeAll(async () => {
    server = await startServer();
    coach = await launchBrowser({ baseUrl: server.baseUrl });
    // The engine helper adds these routes; until then the engine steps skip.
    const probe = await fetch(`${server.baseUrl}/api/trainer-profile`);
    engine = probe.status !== 404;
  });

  afterAll(async () => {
    await client?.close();
    await coach?.close();
    await server?.close();
  });

  it("shows sign-in to a visitor, accessibly", async () => {
    await coach.page.goto("/");
    await coach.page.getByRole("heading", { name: "Sign in" }).waitFor();
    await expectAccessible(coach, "sign-in");
  });

  it("binds server validation errors to the signup fields", async () => {
    await coach.page.goto("/signup");
    await coach.page.getByLabel("Business name").fill("X");
    await coach.page.getByLabel("Your name").fill("Y");
    await coach.page.getByLabel("Email").fill("not-an-email");
    await coach.page.getByLabel("Password").fill("short");
    await coach.page.getByRole("button", { name: "Create account" }).click();
    const pwError = coach.page.locator('.field-error[data-field="password"]');
    await pwError.waitFor();
    await expect(coach.page.locator('.field-error[data-field="email"]').isVisible()).resolves.toBe(true);
    await expect(coach.page.getByLabel("Password").getAttribute("aria-invalid")).resolves.toBe("true");
    await expectAccessible(coach, "sign-up-errors");
  });

  it("signs a coach up and opens the trainer profile", async () => {
    await signUpCoach(coach.page, coachEmail);
    await expectAccessible(coach, "trainer-profile");
  });

  it("saves a trainer profile", async (ctx) => {
    if (!engine) ctx.skip();
    const page = coach.page;
    await page.getByLabel("Effort scale").selectOption("rpe");
    await page.getByLabel("Deload every (weeks)").fill("5");
    const saved = page.waitForResponse(
      (r) => r.url().endsWith("/api/trainer-profile") && r.request().method() === "PUT",
    );
    await page.getByRole("button", { name: "Save trainer profile" }).click();
    expect((await saved).status()).toBe(200);
    await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
  });

  it("shows an empty roster and Today before any client", async () => {
    await coach.page.goto("/clients");
    await coach.page.getByText("No clients yet").waitFor();
    await coach.page.goto("/");
    await coach.page.getByText("Welcome to Spotter").waitFor();
    await expectAccessible(coach, "today-empty");
  });

  it("shows intake errors next to the fields (client-side and server-side)", async () => {
    const page = coach.page;
    await page.goto("/intake");
    await page.getByRole("button", { name: "Create client" }).click();
    await page.locator('.field-error[data-field="name"]').waitFor();
    await fillIntake(page, { name: "Robin Client", email: clientEmail });
    await page.getByLabel("Sessions per week").fill("9");
    const res = page.waitForResponse((r) => r.url().endsWith("/api/clients") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Create client" }).click();
    expect((await res).status()).toBe(400);
    await page.locator('.field-error[data-field="profile.schedule.daysPerWeek"]').waitFor();
    await expectAccessible(coach, "intake-errors");
  });

  it("onboards a client through the intake", async () => {
    const page = coach.page;
    await page.getByLabel("Sessions per week").fill("3");
    const res = page.waitForResponse((r) => r.url().endsWith("/api/clients") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Create client" }).click();
    expect((await res).status()).toBe(201);
    await page.getByRole("heading", { name: "Robin Client" }).waitFor();
    state.clientId = page.url().split("/clients/")[1];
    await page.getByRole("heading", { name: "Equipment by location" }).waitFor();
    await expect(page.getByText("Knee").first().isVisible()).resolves.toBe(true);
    await expectAccessible(coach, "client-page");
  });

  it("finds the client in the roster by search", async () => {
    const page = coach.page;
    await page.goto("/clients");
    await page.getByRole("link", { name: "Robin Client" }).waitFor();
    await page.getByLabel("Search").fill("nobody-matches");
    await page.getByText("No clients match").waitFor();
    await page.getByLabel("Search").fill("robin");
    await page.getByRole("link", { name: "Robin Client" }).waitFor();
    await expectAccessible(coach, "roster");
  });

  it("invites the client to the portal", async () => {
    const page = coach.page;
    await page.goto(`/clients/${state.clientId}`);
    await page.getByRole("button", { name: "Invite to portal" }).click();
    await page.getByRole("button", { name: "Create invitation" }).click();
    const url = page.getByTestId("invite-url");
    await url.waitFor();
    state.inviteUrl = await url.inputValue();
    expect(state.inviteUrl).toContain("/invite/");
    await expectAccessible(coach, "invite-dialog");
    await page.keyboard.press("Escape");
  });

  it("lets the client accept the invitation on a phone", async () => {
    client = await launchBrowser({ baseUrl: server.baseUrl, viewport: { width: 375, height: 812 } });
    const page = client.page;
    await page.goto(new URL(state.inviteUrl ?? "", server.baseUrl).pathname);
    await page.getByRole("heading", { name: /Join Strong Start Coaching/ }).waitFor();
    await page.getByLabel("Your name").fill("Robin Client");
    await page.getByLabel("Choose a password").fill(PASSWORD);
    await page.getByRole("button", { name: "Join" }).click();
    await page.getByRole("navigation", { name: "Portal" }).waitFor();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectAccessible(client, "portal-today-empty");
  });

  it("shows the client's daily check-in form", async () => {
    const page = client!.page;
    await page.getByRole("link", { name: "Check-in", exact: true }).click();
    await page.getByRole("heading", { name: "Daily check-in" }).waitFor();
    await expectAccessible(client!, "portal-checkin");
  });

  it.todo("generate, swap, change a load, publish; client logs; coach sees the log; next session reflects it");
});

void PASSWORD;
