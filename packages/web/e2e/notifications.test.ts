import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, seriousA11yViolations } from "./browser.ts";
import { signIn, startWorld, type World } from "./world.ts";

const SHOTS = "/tmp/notifications-e2e";

/**
 * The notification bell in Chromium: the coach has Spotter open, a client reports chest pain in a
 * check-in, and when the coach returns to the tab the bell shows one unread; the list shows the red
 * flag, which the coach opens and marks read. The client's portal header has the bell too (phone).
 */
describe("notifications: the coach's bell rises for a red flag", () => {
  let w: World;

  /** What TanStack Query hears when the person comes back to the tab: it refetches the count. */
  const returnToTab = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event("visibilitychange")));

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    w = await startWorld({ org: "Bell Gym", client: "Rita Red" });
  });

  afterAll(() => w?.close());

  it("the bell shows one unread after the client's chest-pain check-in; the coach marks it read", async () => {
    await signIn(w.desk, w.ownerEmail);
    const page = w.desk.page;
    const bell = page.getByTestId("notification-bell");
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Notifications");

    const today = new Date().toISOString().slice(0, 10);
    const res = await w.clientApi.post("/api/me/checkins", {
      date: today,
      sleepHours: 7,
      sleepQuality: 3,
      fatigue: 3,
      soreness: 3,
      stress: 3,
      mood: 3,
      redFlags: { chestPain: true },
    });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);

    await returnToTab(page);
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Notifications, 1 unread");
    expect(await page.getByTestId("notification-count").textContent()).toBe("1");
    // The rise also refreshes the coach's queue on the Today page: the red is there without a reload.
    await expect.poll(() => page.getByRole("heading", { name: "Needs you first (1)" }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/coach-bell-desktop.png` });

    await bell.click();
    await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
    const item = page.getByTestId("notification").filter({ hasText: "Red flag: Rita Red" });
    await item.waitFor();
    expect(await item.getAttribute("data-kind")).toBe("red_flag");
    await expect.poll(() => item.getByText("Unread").count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/coach-list-desktop.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    const marked = page.waitForResponse((r) => r.url().endsWith("/api/notifications/read"));
    await item.getByRole("button", { name: "Mark read" }).click();
    expect((await marked).status()).toBe(200);
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Notifications");
    await expect.poll(() => item.getByText("Unread").count()).toBe(0);
    expect(await page.getByTestId("notification-count").count()).toBe(0);

    // Open goes to the client.
    await item.getByRole("button", { name: "Open" }).click();
    await page.waitForURL(`**/clients/${w.clientId}`);
  }, 120_000);

  it("email preferences: a message kind can be switched off, a red flag cannot", async () => {
    const page = w.desk.page;
    await page.getByTestId("notification-bell").click();
    const prefs = page.getByRole("group", { name: "Email per notification kind" });
    const red = prefs.getByRole("checkbox", { name: /Red flag/ });
    expect(await red.isChecked()).toBe(true);
    expect(await red.isDisabled()).toBe(true);
    const message = prefs.getByRole("checkbox", { name: /Message/ });
    const saved = page.waitForResponse(
      (r) => r.url().endsWith("/api/notifications/preferences") && r.request().method() === "PUT",
    );
    // A click, not uncheck(): the box is controlled and only settles once the save answers; the
    // reload below checks what was stored.
    await message.click();
    expect((await saved).status()).toBe(200);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
    await expect.poll(() => page.getByRole("checkbox", { name: /Message/ }).isChecked()).toBe(false);
  }, 60_000);

  it("phone: the coach's bell and the client's portal bell fit a 375 px screen", async () => {
    // A message for the client, as the messaging feature records them (its own notify() call).
    await w.server.database.query(
      `insert into notifications (organization_id, recipient_user_id, kind, subject, body, email_status, link_path)
       values ($1, $2, 'message', 'New message from your coach', 'Open the conversation in Spotter to read and reply.',
               'skipped', '/')`,
      [w.organizationId, w.clientUserId],
    );
    await signIn(w.phone, w.clientEmail);
    const page = w.phone.page;
    const bell = page.getByTestId("notification-bell");
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Notifications, 1 unread");
    await page.screenshot({ path: `${SHOTS}/client-bell-phone.png` });
    await bell.click();
    await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
    await page.getByTestId("notification").filter({ hasText: "New message from your coach" }).waitFor();
    // Clients are not asked about red flags: those go to coaches.
    expect(await page.getByRole("checkbox", { name: /Red flag/ }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/client-list-phone.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);

    const coachPhone = await launchBrowser({ baseUrl: w.server.baseUrl, viewport: { width: 375, height: 812 } });
    try {
      await signIn(coachPhone, w.ownerEmail);
      await coachPhone.page.getByTestId("notification-bell").click();
      await coachPhone.page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
      await coachPhone.page.getByTestId("notification").first().waitFor();
      await coachPhone.page.screenshot({ path: `${SHOTS}/coach-list-phone.png`, fullPage: true });
      expect(await coachPhone.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(
        false,
      );
    } finally {
      await coachPhone.close();
    }
  }, 120_000);
});
