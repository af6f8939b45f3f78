import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, screenshot, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { fillIntake, signUpCoach, uniqueEmail } from "./steps.ts";

/**
 * The coach opens a client's page, chooses "Progress report", picks a period, units and a summary,
 * and downloads the PDF the server renders (issue 15).
 */
describe("progress report from the client page", () => {
  let server: RunningServer;
  let coach: Browser;

  beforeAll(async () => {
    server = await startServer();
    coach = await launchBrowser({ baseUrl: server.baseUrl, viewport: { width: 1280, height: 900 } });
    await signUpCoach(coach.page, uniqueEmail("report-coach"));
  });
  afterAll(async () => {
    await coach?.close();
    await server?.close();
  });

  it("downloads a PDF for the chosen period and units", async () => {
    const page = coach.page;
    await fillIntake(page, { name: "Robin Report", email: uniqueEmail("robin") });
    await page.getByRole("button", { name: "Create client" }).click();
    await page.getByRole("heading", { name: "Robin Report" }).waitFor();
    await page.getByRole("button", { name: "Progress report" }).click();
    const dialog = page.getByRole("dialog", { name: "Progress report for Robin Report" });
    await dialog.waitFor();
    await dialog.getByLabel("Period").selectOption("8");
    await dialog.getByLabel("Units").selectOption("lb");
    await dialog.getByLabel("Summary for the client").fill("Great first block.");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "progress-report-dialog");

    const link = dialog.getByRole("link", { name: "Download PDF" });
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/\/report\.pdf\?weeks=8&units=lb&summary=Great\+first\+block\.$/);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^progress-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.pdf$/);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(path).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});
