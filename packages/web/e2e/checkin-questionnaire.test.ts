import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./browser.ts";
import { signIn, startWorld, type World } from "./world.ts";

const SHOTS = "/tmp/checkin-questionnaire-e2e";

/**
 * The organization's check-in questionnaire end to end: the owner adds a 0–10 scale question in the
 * builder and saves; the client answers it on a phone (375 px) with the other questions; the coach
 * sees the answer, picks "minor change" and sends, and the proposal it opened appears. Steps share
 * state in order.
 */
describe("check-in questionnaire: owner adds a question, client answers, minor change opens a proposal", () => {
  let w: World;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    w = await startWorld({ org: "Question Gym", client: "Quinn Questions" });
  });

  afterAll(() => w?.close());

  it("lets the owner add a scale question and save a new version", async () => {
    await signIn(w.desk, w.ownerEmail);
    const page = w.desk.page;
    await page.getByRole("link", { name: "Check-in questions" }).click();
    await page.getByText("Version 0").waitFor();
    await page.getByRole("button", { name: "Add scale question" }).click();
    const added = page.getByTestId("question-5");
    await added.getByLabel("Question text").fill("Motivation for next week");
    await added.getByLabel("From").fill("0");
    await added.getByLabel("To").fill("10");
    await added.getByLabel("Low end label").fill("None");
    await added.getByLabel("High end label").fill("Fired up");
    // Ask it right after the four scales, before the free text.
    await added.getByRole("button", { name: "Move up question 6" }).click();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith("/api/weekly-checkins/questionnaire") && r.request().method() === "PUT",
    );
    await page.getByRole("button", { name: "Save questionnaire" }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText("Saved as version 1.").waitFor();
    await page.screenshot({ path: `${SHOTS}/builder.png`, fullPage: true });
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
  });

  it("lets the client answer the new question on a phone without horizontal scrolling", async () => {
    await signIn(w.phone, w.clientEmail);
    const page = w.phone.page;
    const form = page.getByRole("form", { name: "Weekly check-in" });
    await form.waitFor();
    for (const [legend, value] of [
      ["Energy this week", "1"],
      ["Sleep this week", "2"],
      ["Stress this week", "4"],
      ["Confident about next week's plan?", "3"],
      ["Motivation for next week", "3"],
    ] as const)
      await form.getByRole("group", { name: legend }).getByText(value, { exact: true }).click();
    await form.getByLabel(/Wins, and what got in the way/).fill("Slept badly, long shifts.");
    await page.screenshot({ path: `${SHOTS}/portal-card-375.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const sent = page.waitForResponse(
      (r) => r.url().endsWith("/api/me/weekly-checkins") && r.request().method() === "POST",
    );
    await form.getByRole("button", { name: "Send to my coach" }).click();
    expect((await sent).status()).toBe(200);
    await page.getByText("Sent. Your coach will reply in Messages.").waitFor();
    const v = await seriousA11yViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
  });

  it("shows the coach the answer; minor change opens a proposal", async () => {
    const page = w.desk.page;
    await page.goto("/");
    await page.getByTestId("checkins-awaiting").getByRole("link", { name: "Quinn Questions" }).waitFor();
    await page.screenshot({ path: `${SHOTS}/today.png`, fullPage: true });
    await page.goto(`/clients/${w.clientId}`);
    const card = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Weekly check-in" }) });
    const answers = card.getByTestId("checkin-answers");
    await answers.getByText("Motivation for next week").waitFor();
    await card.getByLabel(/Minor change/).check();
    const sent = page.waitForResponse((r) => r.url().endsWith("/send") && r.request().method() === "POST");
    await card.getByRole("button", { name: "Send reply" }).click();
    const res = await sent;
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { proposalId: string | null };
    expect(body.proposalId).not.toBeNull();
    const link = card.getByRole("link", { name: "proposal opened" });
    await link.waitFor();
    await page.screenshot({ path: `${SHOTS}/coach-after-minor-change.png`, fullPage: true });
    await link.click();
    await page.waitForURL(`**/clients/${w.clientId}/proposals/${body.proposalId}`);
    await page
      .getByText(/volume/i)
      .first()
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/proposal.png`, fullPage: true });
  });
});
