import { mkdirSync } from "node:fs";
import type { ClientMethodView, SessionDto, WeekResponse } from "@spotter/contracts";
import { createClient, profileInput } from "@spotter/server/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, seriousA11yViolations } from "./browser.ts";
import { signIn, startWorld, type World } from "./world.ts";

const DAYS: [string, string][] = [
  ["Lower A", "squat"],
  ["Upper A", "horizontal_push"],
  ["Lower B", "hinge"],
  ["Upper B", "vertical_pull"],
];

/** What the coach sees (the dialog over the page), beside the full-page shots in .artifacts/screenshots. */
const SHOTS = "/tmp/spotter-program-builder-shots";
const view = async (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

/**
 * Issue 16's "done when", in Chromium, as a coach new to Spotter: write a 4-day program from scratch
 * in the method editor (not a duplicate), assign it to three clients at once from the editor, open
 * one client's week, generate it, adjust one session by hand in the session editor, publish the week;
 * the client's portal shows next week's four sessions with the program's day names.
 */
describe("a new coach's program, from scratch to a client's week", () => {
  let w: World;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const schedule = { daysPerWeek: 4, sessionMinutes: 60, preferredDays: ["mon", "tue", "thu", "fri"] as const };
    const extra = () => ({
      profile: profileInput({ schedule: { ...schedule, preferredDays: [...schedule.preferredDays] } }),
    });
    // Ava is the client who signs in; the other three have no login.
    w = await startWorld({
      org: "Builder Gym",
      client: { name: "Ava Strong", extra: extra() },
      desk: { width: 1366, height: 900 },
    });
    ids["Ava Strong"] = w.clientId;
    for (const name of ["Ben Lift", "Cara Row", "Dan Other"]) ids[name] = await createClient(w.owner, name, extra());
  });

  afterAll(() => w?.close());

  it("writes a 4-day method from scratch in the editor", async () => {
    await signIn(w.desk, w.ownerEmail);
    const page = w.desk.page;
    await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Methods" }).click();
    await page.getByRole("link", { name: "New method" }).click();
    await page.getByRole("heading", { name: "New method" }).waitFor();
    await page.getByLabel("Name", { exact: true }).fill("Builder Upper Lower");
    await page.getByLabel("Summary").fill("Four days: two lower, two upper, one main lift each.");
    await page.getByLabel("Basis").fill("Upper/lower split, Schoenfeld et al., J Strength Cond Res 2015.");
    for (const [i, [label, pattern]] of DAYS.entries()) {
      if (i > 0) await page.getByRole("button", { name: "Add day" }).click();
      await page.getByLabel(`Day ${i + 1} label`).fill(label);
      await page
        .getByRole("region", { name: `Day ${i + 1}, slot 1` })
        .getByLabel("Movement pattern")
        .selectOption(pattern);
    }
    // Day 1 opens with a fixed back squat, found by search.
    const s11 = page.getByRole("region", { name: "Day 1, slot 1" });
    await s11.getByLabel("Fixed exercise(s) from the catalog").check();
    await s11.getByLabel("Search squat exercises").fill("back squat");
    await s11.getByRole("button", { name: "+ Barbell Back Squat" }).click();
    await page.getByRole("button", { name: "Add slot to Day 1" }).click();
    await page.getByRole("region", { name: "Day 1, slot 2" }).getByLabel("Movement pattern").selectOption("hinge");

    const created = page.waitForResponse((r) => r.url().endsWith("/api/methods") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Create method" }).click();
    expect((await created).status()).toBe(201);
    await page.getByRole("heading", { name: "Builder Upper Lower", level: 1 }).waitFor();
  });

  it("assigns it to three clients in one go, from the editor", async () => {
    const page = w.desk.page;
    await page.getByRole("button", { name: "Assign to clients…" }).click();
    const dialog = page.getByRole("dialog", { name: "Assign “Builder Upper Lower” to clients" });
    await dialog.getByText("Dan Other").waitFor();
    await dialog.getByLabel("Find clients").fill("ben");
    await expect.poll(() => dialog.locator(".assign-row").count()).toBe(1);
    await dialog.getByRole("checkbox", { name: /Ben Lift/ }).check();
    await dialog.getByLabel("Find clients").fill("");
    await dialog.getByRole("checkbox", { name: /Ava Strong/ }).check();
    await dialog.getByRole("checkbox", { name: /Cara Row/ }).check();
    await dialog.getByText("3 of 4 selected").waitFor();
    // Each row says what the client follows now and what will change.
    await dialog.getByRole("checkbox", { name: /Ava Strong.*Now: .*No roadmap yet/ }).waitFor();
    await view(page, "assign-dialog");
    expect(await seriousA11yViolations(page)).toEqual([]);

    const assigned = page.waitForResponse((r) => r.url().endsWith("/assign") && r.request().method() === "POST");
    await dialog.getByRole("button", { name: "Assign to 3 clients" }).click();
    expect((await assigned).status()).toBe(200);
    await dialog.getByRole("status").filter({ hasText: "to 3 of 3 clients" }).waitFor();
    await expect.poll(() => dialog.getByText(/^Assigned ·/).count()).toBe(3);
    await view(page, "assign-dialog-results");
    await dialog.getByRole("button", { name: "Done" }).click();

    const methodId = decodeURIComponent(page.url().split("/methods/")[1] ?? "");
    for (const name of ["Ava Strong", "Ben Lift", "Cara Row"]) {
      const view = (await w.owner.get<ClientMethodView>(`/api/clients/${ids[name]}/method`)).body;
      expect(view.resolved, name).toMatchObject({ id: methodId, via: "client_assignment" });
    }
    const other = (await w.owner.get<ClientMethodView>(`/api/clients/${ids["Dan Other"]}/method`)).body;
    expect(other.resolved?.id).not.toBe(methodId);
  });

  it("generates one client's next week, adjusts a session by hand and publishes the week", async () => {
    const page = w.desk.page;
    await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Clients" }).click();
    await page.getByRole("link", { name: "Ava Strong" }).click();
    // Her program can become a template of its own (a copy; she keeps following hers).
    await page.getByRole("button", { name: "Save as template…" }).click();
    const save = page.getByRole("dialog", { name: "Save this client's program as a template" });
    await save.getByLabel("Template name").fill("Ava's upper lower");
    await save.getByRole("button", { name: "Save template" }).click();
    await save.getByRole("status").filter({ hasText: "Saved as Ava's upper lower" }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await save.getByRole("button", { name: "Close" }).click();
    await page.getByRole("link", { name: "Week view" }).click();
    await page.getByRole("button", { name: "Next week →" }).click();
    await page.getByRole("heading", { level: 1, name: /^Week of/ }).waitFor();
    const generated = page.waitForResponse((r) => r.url().endsWith("/week/generate"));
    await page.getByRole("button", { name: /^Generate this week/ }).click();
    expect((await generated).status()).toBe(200);
    const cards = page.locator("li.week-day").filter({ hasText: "Draft" });
    await expect.poll(() => cards.count()).toBe(4);
    for (const [label] of DAYS) await page.locator("li.week-day").getByText(label).first().waitFor();

    // Open Monday's draft (the program's Lower A) and change it by hand: add a goblet squat.
    await cards.first().getByRole("link", { name: /^Open/ }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    const sessionId = page.url().split("/sessions/")[1] ?? "";
    await page.getByLabel("Search the catalog").fill("goblet");
    const added = page.waitForResponse((r) => r.request().method() === "PATCH");
    await page.getByRole("button", { name: "Add Goblet Squat", exact: true }).click();
    expect((await added).status()).toBe(200);
    await page.goBack();
    await page.locator("li.week-day").getByText("Edited").waitFor();

    const published = page.waitForResponse((r) => r.url().endsWith("/week/publish"));
    await page.getByRole("button", { name: /^Publish week/ }).click();
    expect((await published).status()).toBe(200);
    await page.getByRole("status").filter({ hasText: "Publish week" }).waitFor();
    await screenshot(page, "program-builder-week-published");

    const session = (await w.owner.get<SessionDto>(`/api/sessions/${sessionId}`)).body;
    expect(session.status).toBe("published");
    expect(session.editedByCoach).toBe(true);
    expect(session.plan.dayLabel).toBe("Lower A");
    expect(session.plan.main.map((i) => i.name)).toContain("Goblet Squat");
    const week = (await w.owner.get<WeekResponse>(`/api/clients/${ids["Ava Strong"]}/week?start=${session.date}`)).body;
    const statuses = week.week.days.flatMap((d) => d.sessions.map((s) => s.status));
    expect(statuses).toEqual(["published", "published", "published", "published"]);
  });

  it("shows the client next week's four sessions with the program's day names in the portal", async () => {
    await signIn(w.phone, w.clientEmail);
    const page = w.phone.page;
    await page.getByRole("link", { name: "Week" }).click();
    await page.getByRole("heading", { level: 1, name: "Your week" }).waitFor();
    const next = page.locator("section.card").filter({ hasText: "Next week" });
    await expect.poll(() => next.getByText("Ready").count()).toBe(4);
    for (const [label] of DAYS) await next.getByText(label, { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, "program-builder-portal-week");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
