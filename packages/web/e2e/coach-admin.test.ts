import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, screenshot, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { signUpCoach, uniqueEmail } from "./steps.ts";

/** Intake in pounds, editing a profile, archiving: the coach's housekeeping around the core loop. */
describe("coach housekeeping in the browser", () => {
  let server: RunningServer;
  let coach: Browser;
  let clientUrl = "";

  beforeAll(async () => {
    server = await startServer();
    coach = await launchBrowser({ baseUrl: server.baseUrl });
    await signUpCoach(coach.page, uniqueEmail("admin-coach"));
  });

  afterAll(async () => {
    await coach?.close();
    await server?.close();
  });

  it("takes an intake in pounds and stores kilograms", async () => {
    const page = coach.page;
    await page.getByRole("group", { name: "Weight unit" }).getByText("lb", { exact: true }).click();
    await page.goto("/intake");
    await page.getByLabel("Full name").fill("Pat Pounds");
    await page.getByLabel("Training age (years)").fill("0");
    await page.getByLabel("Body mass (lb)").fill("176");
    const created = page.waitForResponse((r) => r.url().endsWith("/api/clients") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Create client" }).click();
    const body = (await (await created).json()) as { profile: { bodyMassKg: number } };
    expect(body.profile.bodyMassKg).toBe(79.8);
    await page.getByRole("heading", { name: "Pat Pounds" }).waitFor();
    clientUrl = new URL(page.url()).pathname;
    await page.getByText("176 lb").waitFor();
    await page.getByRole("group", { name: "Weight unit" }).getByText("kg", { exact: true }).click();
    await page.getByText("80 kg").waitFor();
  });

  it("edits the profile through the same form", async () => {
    const page = coach.page;
    await page.getByRole("link", { name: "Edit profile" }).click();
    await page.getByRole("heading", { name: "Edit Pat Pounds" }).waitFor();
    expect(await page.getByLabel("Body mass (kg)").inputValue()).toBe("79.8");
    await page.getByLabel("Sessions per week").fill("4");
    const saved = page.waitForResponse(
      (r) => r.url().endsWith(clientUrl.replace("/clients", "/api/clients")) && r.request().method() === "PATCH",
    );
    await page.getByRole("button", { name: "Save changes" }).click();
    const res = await saved;
    expect(res.status()).toBe(200);
    expect(((await res.json()) as { profile: { bodyMassKg: number } }).profile.bodyMassKg).toBe(79.8);
    await page.getByText("4×/week").waitFor();
    await screenshot(page, "client-page-edited");
    const v = await seriousA11yViolations(page);
    expect(v).toEqual([]);
  });

  it("archives a client out of the active roster", async () => {
    const page = coach.page;
    page.once("dialog", (d) => void d.accept());
    const archived = page.waitForResponse((r) => r.url().endsWith("/archive"));
    await page.getByRole("button", { name: "Archive" }).click();
    expect((await archived).status()).toBe(200);
    await page.getByText("Archived", { exact: true }).waitFor();
    await page.goto("/clients");
    await page.getByText("No clients yet").waitFor();
    await page.getByLabel("Show").selectOption("archived");
    await page.getByRole("link", { name: "Pat Pounds" }).waitFor();
  });
});
