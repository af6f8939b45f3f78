import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./browser.ts";
import { signIn, startWorld, type World } from "./world.ts";

const SHOTS = "/tmp/weekly-checkin-e2e";

/**
 * The weekly check-in in the browser: a client on a phone (375 px) answers it on Today; the coach
 * opens the client page, sees the summary and the drafted reply, edits it, picks the action and
 * sends; the client reads the reply in Messages. Steps share state in order.
 */
describe("weekly check-in: client answers, coach replies, client reads", () => {
  let w: World;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    w = await startWorld({ org: "Weekly Gym", client: "Wes Weekly" });
  });

  afterAll(() => w?.close());

  it("lets the client answer on a phone without horizontal scrolling", async () => {
    await signIn(w.phone, w.clientEmail);
    const page = w.phone.page;
    const form = page.getByRole("form", { name: "Weekly check-in" });
    await form.waitFor();
    for (const [legend, value] of [
      ["Energy this week", "4"],
      ["Sleep this week", "3"],
      ["Stress this week", "2"],
      ["Confident about next week's plan?", "5"],
    ] as const)
      await form.getByRole("group", { name: legend }).getByText(value, { exact: true }).click();
    await form.getByLabel(/Wins, and what got in the way/).fill("Hit every session. Work was busy on Thursday.");
    await page.screenshot({ path: `${SHOTS}/client-phone-form.png`, fullPage: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    const sent = page.waitForResponse(
      (r) => r.url().endsWith("/api/me/weekly-checkins") && r.request().method() === "POST",
    );
    await form.getByRole("button", { name: "Send to my coach" }).click();
    expect((await sent).status()).toBe(200);
    await page.getByText("Sent. Your coach will reply in Messages.").waitFor();
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
  });

  it("shows the coach the summary and draft; the coach edits, picks the action and sends", async () => {
    await signIn(w.desk, w.ownerEmail);
    const page = w.desk.page;
    await page.goto(`/clients/${w.clientId}`);
    const card = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Weekly check-in" }) });
    await card.getByText("Response rate 100 % (1 of 1 sent)").waitFor();
    await card.getByText("Work was busy on Thursday", { exact: false }).waitFor();
    const reply = card.getByLabel(/Reply \(drafted in your voice/);
    expect((await reply.inputValue()).length).toBeGreaterThan(20);
    await reply.fill(`${await reply.inputValue()}\n\nGreat job getting every session in around a busy week.`);
    await card.getByLabel(/Minor change/).check();
    await page.screenshot({ path: `${SHOTS}/coach-review.png`, fullPage: true });
    const sent = page.waitForResponse((r) => r.url().endsWith("/send") && r.request().method() === "POST");
    await card.getByRole("button", { name: "Send reply" }).click();
    expect((await sent).status()).toBe(200);
    await card.getByText(/Replied for the week of/).waitFor();
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
  });

  it("lets the client read the reply in Messages", async () => {
    const page = w.phone.page;
    await page.reload();
    await page.getByRole("link", { name: "Read it in Messages" }).click();
    await page.getByText("around a busy week").waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `${SHOTS}/client-phone-reply.png`, fullPage: true });
  });
});
