import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { fillIntake, PASSWORD, signUpCoach, uniqueEmail } from "./steps.ts";

/** Screenshots to look at, outside the repository. */
const SHOTS = "/tmp/team-e2e";
async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/**
 * The owner's team page in Chromium (issue 11): invite a coach who accepts in their own browser,
 * deactivate them (their open browser is signed out on its next request), reactivate, reassign
 * their client to the owner with a hand-over note that the client page then shows, and manage a
 * pending invitation. A coach's long client list folds to its first ten (issue 12: 20 coaches of
 * 500 clients were 10,000 rows); the rest show on demand and can be selected and reassigned.
 */
describe("the owner's team page", () => {
  let server: RunningServer;
  let owner: Browser;
  let coach: Browser;
  const coachName = "Robin Reyes";

  beforeAll(async () => {
    server = await startServer();
    owner = await launchBrowser({ baseUrl: server.baseUrl });
    coach = await launchBrowser({ baseUrl: server.baseUrl });
    await signUpCoach(owner.page, uniqueEmail("team-owner"));
  });

  afterAll(async () => {
    await coach?.close();
    await owner?.close();
    await server?.close();
  });

  it("invites a coach, who accepts and takes on a client", async () => {
    const page = owner.page;
    await page.getByRole("link", { name: "Team" }).click();
    await page.getByRole("heading", { name: "Team" }).waitFor();
    await page.getByRole("button", { name: "Invite a coach" }).click();
    const robinEmail = uniqueEmail("robin");
    await page.getByLabel("Coach's email").fill(robinEmail);
    await page.getByRole("button", { name: "Send invitation" }).click();
    const url = await page.getByTestId("coach-invite-url").inputValue();
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("cell", { name: robinEmail, exact: true }).waitFor();

    await coach.page.goto(new URL(url).pathname);
    await coach.page.getByLabel("Your name").fill(coachName);
    await coach.page.getByLabel("Choose a password").fill(PASSWORD);
    await coach.page.getByRole("button", { name: "Join" }).click();
    await coach.page.getByRole("link", { name: "Clients" }).waitFor();
    await fillIntake(coach.page, { name: "Jordan Lee", email: uniqueEmail("jordan") });
    await coach.page.getByRole("button", { name: "Create client" }).click();
    await coach.page.getByRole("heading", { name: "Jordan Lee" }).waitFor();

    await page.reload();
    const robin = page.getByRole("region", { name: `${coachName}'s clients` });
    await robin.getByRole("link", { name: "Jordan Lee" }).waitFor();
    await expect.poll(() => robin.getByText(/1\s+client\b/).count()).toBe(1);
    // The accepted invitation left the pending list.
    expect(await page.getByRole("cell", { name: robinEmail, exact: true }).count()).toBe(0);
    await shot(page, "team-desktop");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("deactivates the coach: their open browser is signed out on its next request; reactivating restores sign-in", async () => {
    const page = owner.page;
    const done = page.waitForResponse((r) => r.url().endsWith("/deactivate"));
    await page.getByRole("button", { name: `Deactivate ${coachName}` }).click();
    expect((await done).status()).toBe(200);
    await page.getByRole("button", { name: `Reactivate ${coachName}` }).waitFor();
    await page
      .getByRole("row", { name: new RegExp(coachName) })
      .getByText("Deactivated")
      .waitFor();

    // The coach still has the client page open; the next thing they do reaches the server.
    const refused = coach.page.waitForResponse((r) => r.url().includes("/api/") && r.status() === 401);
    await coach.page.getByRole("link", { name: "Clients", exact: true }).click();
    await refused;
    await coach.page.getByRole("heading", { name: "Sign in" }).waitFor();
    await coach.page.getByText("You were signed out").waitFor();
    await shot(coach.page, "coach-signed-out");

    const reactivated = page.waitForResponse((r) => r.url().endsWith("/reactivate"));
    await page.getByRole("button", { name: `Reactivate ${coachName}` }).click();
    expect((await reactivated).status()).toBe(200);
    await page.getByRole("button", { name: `Deactivate ${coachName}` }).waitFor();
  });

  it("reassigns the coach's client to the owner with a hand-over note shown on the client page", async () => {
    const page = owner.page;
    const robin = page.getByRole("region", { name: `${coachName}'s clients` });
    await robin.getByRole("button", { name: "Reassign Jordan Lee" }).click();
    const dialog = page.getByRole("dialog", { name: "Reassign Jordan Lee" });
    const select = dialog.getByLabel("New coach");
    const ownerOption = await select.locator("option", { hasText: "Casey Coach" }).getAttribute("value");
    await select.selectOption(ownerOption ?? "");
    const note = "Knee: keep squats above parallel for now. Replies best in the evening.";
    await dialog.getByLabel("Hand-over note").fill(note);
    await shot(page, "team-reassign-dialog");
    const moved = page.waitForResponse((r) => r.url().endsWith("/api/members/reassign"));
    await dialog.getByRole("button", { name: "Reassign" }).click();
    expect((await moved).status()).toBe(200);
    const casey = page.getByRole("region", { name: "Casey Coach's clients" });
    await casey.getByRole("link", { name: "Jordan Lee" }).click();
    await page.getByRole("heading", { name: "Jordan Lee" }).waitFor();
    const card = page.locator("section.card", { has: page.getByRole("heading", { name: "Hand-over notes" }) });
    await card.getByText(note).waitFor();
    await card.getByText(`from ${coachName}`).waitFor();
    await shot(page, "client-page-handover");
  });

  it("resends and revokes a pending invitation", async () => {
    const page = owner.page;
    await page.getByRole("link", { name: "Team" }).click();
    await page.getByRole("button", { name: "Invite a coach" }).click();
    const email = uniqueEmail("pending");
    await page.getByLabel("Coach's email").fill(email);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await page.getByRole("button", { name: "Done" }).click();
    const resent = page.waitForResponse((r) => r.url().endsWith("/resend"));
    await page.getByRole("button", { name: `Resend the invitation to ${email}` }).click();
    expect((await resent).status()).toBe(200);
    await page.getByText("Sent again").waitFor();
    await page.getByRole("button", { name: `Revoke the invitation to ${email}` }).click();
    await page.getByText("No pending invitations.").waitFor();
  });

  it("lays out the team and account pages on a phone", async () => {
    const page = owner.page;
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/team");
    await page.getByRole("heading", { name: "Team" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, "team-phone");
    await page.goto("/account");
    await page.getByRole("heading", { name: "Account" }).waitFor();
    await page.getByRole("button", { name: "Set up two-factor" }).click();
    await page.getByTestId("totp-secret").waitFor();
    await shot(page, "account-phone");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it("a client on a phone reaches their account page from the portal (no two-factor there)", async () => {
    const api = owner.page.request;
    const headers = await csrfHeaders(owner.page);
    const id = await createClientAs(owner.page, "Phone Client");
    const invite = await api.post("/api/invitations", {
      headers,
      data: { email: uniqueEmail("phone-client"), role: "client", clientId: id },
    });
    const { url } = (await invite.json()) as { url: string };
    const phone = await launchBrowser({ baseUrl: server.baseUrl, viewport: { width: 375, height: 760 } });
    try {
      await phone.page.goto(new URL(url).pathname);
      await phone.page.getByLabel("Your name").fill("Phone Client");
      await phone.page.getByLabel("Choose a password").fill(PASSWORD);
      await phone.page.getByRole("button", { name: "Join" }).click();
      await phone.page.getByRole("link", { name: "Account" }).click();
      await phone.page.getByRole("heading", { name: "Account" }).waitFor();
      await phone.page.getByRole("button", { name: "Sign out everywhere" }).waitFor();
      expect(await phone.page.getByText("Two-factor sign-in").count()).toBe(0);
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(375);
      await shot(phone.page, "portal-account-phone");
    } finally {
      await phone.close();
    }
  });

  it("shows a coach's first 10 clients; the rest on demand, where they can be selected and reassigned", async () => {
    const page = owner.page;
    // With Jordan Lee and Phone Client the owner has 13 clients; by name, the Client NNs come first.
    for (let i = 1; i <= 11; i++) await createClientAs(page, `Client ${String(i).padStart(2, "0")}`);
    await page.goto("/team");
    const casey = page.getByRole("region", { name: "Casey Coach's clients" });
    const rows = casey.getByRole("listitem");
    await casey.getByRole("link", { name: "Client 10" }).waitFor();
    expect(await rows.count()).toBe(10);
    // The members table lists the staff; Phone Client's login is counted, not listed.
    await page.getByText("1 client login is not listed here.").waitFor();
    const membersTable = page.getByRole("table", { name: "Team members" });
    expect(await membersTable.getByText("Casey Coach").count()).toBeGreaterThan(0);
    expect(await membersTable.getByText("Phone Client").count()).toBe(0);
    expect(await casey.getByRole("link", { name: "Phone Client" }).count()).toBe(0);
    const more = casey.getByRole("button", { name: "Show all 13 clients" });
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    await shot(page, "team-folded");

    await more.click();
    await casey.getByRole("link", { name: "Phone Client" }).waitFor();
    expect(await rows.count()).toBe(13);
    const fewer = casey.getByRole("button", { name: "Show fewer" });
    expect(await fewer.getAttribute("aria-expanded")).toBe("true");
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A revealed client's own Reassign names them (the dialog's names cover every client).
    await casey.getByRole("button", { name: "Reassign Client 11" }).click();
    await page.getByRole("dialog", { name: "Reassign Client 11" }).getByRole("button", { name: "Close" }).click();

    // Selected while shown, still selected (and counted) once folded away again.
    await casey.getByLabel("Select Phone Client").check();
    await casey.getByLabel("Select Client 01").check();
    await fewer.click();
    expect(await rows.count()).toBe(10);
    await casey.getByText("1 selected client not shown").waitFor();
    await shot(page, "team-folded-selected");
    await page.getByRole("button", { name: "Reassign selected (2)" }).click();
    const dialog = page.getByRole("dialog", { name: "Reassign 2 clients" });
    await dialog.getByText("Phone Client, Client 01").waitFor();
    const select = dialog.getByLabel("New coach");
    await select.selectOption((await select.locator("option", { hasText: coachName }).getAttribute("value")) ?? "");
    const moved = page.waitForResponse((r) => r.url().endsWith("/api/members/reassign"));
    await dialog.getByRole("button", { name: "Reassign" }).click();
    expect((await moved).status()).toBe(200);
    const robin = page.getByRole("region", { name: `${coachName}'s clients` });
    await robin.getByRole("link", { name: "Phone Client" }).waitFor();
    await robin.getByRole("link", { name: "Client 01" }).waitFor();
    // Eleven left: still folded to ten, and nothing selected any more.
    await casey.getByRole("button", { name: "Show all 11 clients" }).waitFor();
    expect(await rows.count()).toBe(10);
    await page.getByRole("button", { name: "Reassign selected (0)" }).waitFor();
  });
});

/** The owner's CSRF header for API calls made with the page's cookies. */
async function csrfHeaders(page: Page) {
  const { csrfToken } = (await (await page.request.get("/api/auth/me")).json()) as { csrfToken: string };
  return { "x-csrf-token": csrfToken };
}

/** A client created through the API by the signed-in coach (who becomes their coach). */
async function createClientAs(page: Page, name: string): Promise<string> {
  const created = await page.request.post("/api/clients", {
    headers: await csrfHeaders(page),
    data: { name, profile: PROFILE },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/** A minimal valid client profile for API-created clients. */
const PROFILE = {
  goals: { primary: "strength", secondary: [] },
  trainingAgeMonths: 12,
  injuries: [],
  locations: [{ id: "gym", name: "Gym", equipment: ["barbell", "squat_rack", "bench", "dumbbells"] }],
  defaultLocationId: "gym",
  schedule: { daysPerWeek: 3, sessionMinutes: 60, preferredDays: [] },
};
