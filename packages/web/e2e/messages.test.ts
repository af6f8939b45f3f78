import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./browser.ts";
import { signIn, startWorld, type World } from "./world.ts";

const SHOTS = "/tmp/messages-e2e";

/**
 * Conversations in the browser: a client on a phone (375 px) sends a message from the portal's
 * Messages tab; the coach sees the unread count on Today, opens the client page and replies; the
 * client's open page shows the reply without reloading (server-sent events), and the coach's page
 * shows "Seen". Steps share state in order.
 */
describe("messages: client and coach talk inside Spotter", () => {
  let w: World;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    w = await startWorld({ org: "Talk Gym", client: "Mia Messenger" });
  });

  afterAll(() => w?.close());

  it("lets the client send a message from the Messages tab on a phone; the tab bar stays on one line", async () => {
    await signIn(w.phone, w.clientEmail);
    const page = w.phone.page;
    const tabs = page.getByRole("navigation", { name: "Portal" });
    await tabs.getByRole("link", { name: "Messages" }).click();
    await page.getByRole("heading", { level: 1, name: "Messages" }).waitFor();
    await page.screenshot({ path: `${SHOTS}/client-phone-tabs.png` });
    // Every tab label on one line: all links share one row, none wraps, none overflows the screen.
    const boxes = await tabs.getByRole("link").evaluateAll((links) =>
      links.map((l) => {
        const r = l.getBoundingClientRect();
        const width = document.documentElement.clientWidth;
        return { text: l.textContent, top: r.top, right: r.right, width, scroll: l.scrollWidth, client: l.clientWidth };
      }),
    );
    expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
    for (const b of boxes) {
      expect(b.right).toBeLessThanOrEqual(b.width + 0.5);
      expect(b.scroll).toBeLessThanOrEqual(b.client + 1);
    }

    await page.getByLabel("Write a message").fill("My left knee felt odd on squats today.");
    const posted = page.waitForResponse((r) => r.url().endsWith("/api/me/messages") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Send" }).click();
    expect((await posted).status()).toBe(201);
    // The bubble, not the box it was typed in (which may still hold the text until the send answers).
    await page.getByRole("list", { name: "Messages" }).getByText("My left knee felt odd on squats today.").waitFor();
    await page.screenshot({ path: `${SHOTS}/client-phone-sent.png`, fullPage: true });
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
  });

  it("shows the coach the unread count on Today, and the reply reaches the client's open page live", async () => {
    await signIn(w.desk, w.ownerEmail);
    const page = w.desk.page;
    const inbox = page.locator("section.card").filter({ has: page.getByRole("heading", { name: /^Messages/ }) });
    await inbox.getByTestId("coach-unread").filter({ hasText: "1" }).waitFor();
    await inbox.getByRole("link", { name: "Mia Messenger" }).waitFor();
    await page.screenshot({ path: `${SHOTS}/coach-today.png`, fullPage: true });

    await inbox.getByRole("link", { name: "Mia Messenger" }).click();
    const card = page.locator("#messages");
    await card.getByText("My left knee felt odd on squats today.").waitFor();
    // Reading it clears the card's count (the page marked it read).
    await card.getByRole("heading", { name: "Messages", exact: true }).waitFor();

    // The client's phone is still on the Messages tab: the reply must appear there without a reload.
    await card.getByLabel("Write a message").fill("Thanks Mia. Swap to box squats this week; I've updated the plan.");
    await card.getByRole("button", { name: "Send" }).click();
    await w.phone.page.getByText("Swap to box squats this week").waitFor({ timeout: 10_000 });
    // And the client's page read it, so the coach sees "Seen" live too.
    await card.getByTestId("seen").waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `${SHOTS}/coach-client-page.png`, fullPage: true });
    await w.phone.page.screenshot({ path: `${SHOTS}/client-phone-reply.png`, fullPage: true });
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
  });

  it("shows the client an unread count on the Messages tab, and the tab bar still fits on one line", async () => {
    const tabs = w.phone.page.getByRole("navigation", { name: "Portal" });
    await tabs.getByRole("link", { name: "Today", exact: true }).click();
    await w.desk.page.locator("#messages").getByLabel("Write a message").fill("One more thing: sleep well tonight.");
    await w.desk.page.locator("#messages").getByRole("button", { name: "Send" }).click();
    await tabs.getByTestId("portal-unread").filter({ hasText: "1" }).waitFor({ timeout: 10_000 });
    const boxes = await tabs
      .getByRole("link")
      .evaluateAll((links) =>
        links.map((l) => ({ top: l.getBoundingClientRect().top, right: l.getBoundingClientRect().right })),
      );
    expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
    for (const b of boxes) expect(b.right).toBeLessThanOrEqual(375.5);
    await w.phone.page.screenshot({ path: `${SHOTS}/client-phone-unread.png` });
    // Opening the tab reads it: the count goes away.
    await tabs.getByRole("link", { name: /Messages/ }).click();
    await w.phone.page.getByText("One more thing: sleep well tonight.").waitFor();
    await tabs.getByTestId("portal-unread").waitFor({ state: "detached", timeout: 10_000 });
  });
});
