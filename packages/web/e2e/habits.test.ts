import { mkdirSync } from "node:fs";
import { runNudges } from "@spotter/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./browser.ts";
import { signIn, startWorld, type World } from "./world.ts";

const SHOTS = "/tmp/habits-e2e";

/**
 * Habits and nudges in the browser: the coach set a habit; yesterday's published session went
 * unlogged and the scheduler's run asked "what got in the way?". The client, on a phone (375 px),
 * ticks the habit in one tap and answers with one tap; the coach's client page shows the habit
 * done today and the reason counted. Steps share state in order.
 */
describe("habits: client ticks and answers on a phone, coach sees it", () => {
  let w: World;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    w = await startWorld({ org: "Habit Gym", client: "Hana Habit" });
    const habit = await w.owner.post(`/api/clients/${w.clientId}/habits`, {
      cue: "After training",
      action: "Protein smoothie",
      days: [1, 2, 3, 4, 5, 6, 7],
    });
    expect(habit.status).toBe(200);
    // Yesterday's session, published and not logged; the nudge run at noon today asks about it.
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const draft = await w.owner.post<{ id: string }>(`/api/clients/${w.clientId}/sessions`, {
      durationMinutes: 45,
      date: yesterday,
    });
    expect(draft.status).toBe(201);
    expect((await w.owner.post(`/api/sessions/${draft.body.id}/publish`)).status).toBe(200);
    const stats = await runNudges(w.server.database, { now: new Date(`${today}T12:00:00Z`) });
    expect(stats.byKind.session_missed).toBe(1);
  });

  afterAll(() => w?.close());

  it("client ticks the habit in one tap and answers 'what got in the way?' on a phone", async () => {
    await signIn(w.phone, w.clientEmail);
    const page = w.phone.page;
    const habits = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Habits" }) });
    await habits.getByText("Protein smoothie").waitFor();
    const ticked = page.waitForResponse((r) => r.url().endsWith("/tick") && r.request().method() === "POST");
    await habits.getByRole("button", { name: "Mark done" }).click();
    expect((await ticked).status()).toBe(200);
    await habits.getByRole("button", { name: "✓ Done today" }).waitFor();
    await habits.getByText("1 of the last 1 planned day").waitFor();

    const missed = page
      .locator("section.card")
      .filter({ has: page.getByRole("heading", { name: "What got in the way?" }) });
    await missed.getByText(/wasn't logged/).waitFor();
    await page.screenshot({ path: `${SHOTS}/portal-habits-375.png`, fullPage: true });
    for (const [card, name] of [
      [missed, "portal-missed-card-375"],
      [habits, "portal-habit-card-375"],
    ] as const) {
      // Centred: the portal's sticky header would cover a card scrolled to the top.
      await card.evaluate((el) => el.scrollIntoView({ block: "center" }));
      await card.screenshot({ path: `${SHOTS}/${name}.png` });
    }
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);

    const answered = page.waitForResponse((r) => r.url().endsWith("/answer") && r.request().method() === "POST");
    await missed.getByRole("button", { name: "Energy" }).click();
    expect((await answered).status()).toBe(200);
    await missed.waitFor({ state: "detached" });
    await page.screenshot({ path: `${SHOTS}/portal-habits-answered-375.png`, fullPage: true });

    // The nudge reached the notification centre; reminders can be switched off there too.
    await page.goto("/notifications");
    await page.getByText("What got in the way?").first().waitFor();
    const reminders = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Reminders" }) });
    await reminders.getByText("Reminder settings", { exact: true }).click();
    await reminders.getByLabel(/Remind me before a session/).waitFor();
    await reminders.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await reminders.screenshot({ path: `${SHOTS}/portal-reminder-settings-375.png` });
  });

  it("coach sees the habit done today and the reason counted on the client page", async () => {
    await signIn(w.desk, w.ownerEmail);
    const page = w.desk.page;
    await page.goto(`/clients/${w.clientId}`);
    const card = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Habits and nudges" }) });
    await card.getByText("1 of the last 1 planned day").waitFor();
    await card.getByText(/done today/).waitFor();
    const counts = card.locator(".missed-counts");
    await counts.getByText("Energy").waitFor();
    await expect.poll(() => counts.textContent()).toContain("Energy 1");
    await card.getByText(/: Energy/).waitFor();
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `${SHOTS}/coach-habits.png` });
    await page.screenshot({ path: `${SHOTS}/coach-client-page.png`, fullPage: true });
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
  });
});
