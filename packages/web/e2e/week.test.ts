import type { SessionDto, WeekResponse } from "@spotter/contracts";
import { profileInput } from "@spotter/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, seriousA11yViolations } from "./browser.ts";
import { signIn, startWorld, type World } from "./world.ts";

/**
 * The week view in the browser (issue 16): the coach opens next week (every day in the future,
 * whatever today is), generates it, drags one draft to a free day, edits one session by hand in
 * the session editor, and publishes the week; the client sees it in the portal at 375 px.
 */
describe("the week view", () => {
  let w: World;
  let nextMonday: string;
  const addDays = (iso: string, n: number) => {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  };

  beforeAll(async () => {
    w = await startWorld({
      org: "Week Gym",
      client: {
        name: "Wendy Week",
        extra: {
          profile: profileInput({
            schedule: { daysPerWeek: 4, sessionMinutes: 45, preferredDays: ["mon", "tue", "thu", "fri"] },
          }),
        },
      },
    });
    const now = await w.owner.get<WeekResponse>(`/api/clients/${w.clientId}/week`);
    nextMonday = addDays(now.body.week.start, 7);
  });

  afterAll(() => w?.close());

  it("coach generates next week, drags a draft to a free day, edits one by hand and publishes the week", async () => {
    await signIn(w.desk, w.ownerEmail);
    const page = w.desk.page;
    await page.goto(`/clients/${w.clientId}`);
    await page.getByRole("link", { name: "Week view" }).click();
    await page.getByRole("button", { name: "Next week →" }).click();
    await page.getByRole("heading", { level: 1, name: /^Week of/ }).waitFor();
    const day = (iso: string) => page.locator(`li.week-day[data-date="${iso}"]`);

    const generated = page.waitForResponse((r) => r.url().endsWith("/week/generate"));
    await page.getByRole("button", { name: /^Generate this week/ }).click();
    expect((await generated).status()).toBe(200);
    await page.getByRole("status").filter({ hasText: "Generate this week" }).waitFor();
    const [mon, tue, wed, thu, fri] = [0, 1, 2, 3, 4].map((i) => addDays(nextMonday, i)) as [
      string,
      string,
      string,
      string,
      string,
    ];
    for (const d of [mon, tue, thu, fri]) await day(d).getByText("Draft").waitFor();

    // Drag Thursday's draft onto the free Wednesday.
    const moved = page.waitForResponse((r) => r.request().method() === "PATCH" && r.url().includes("/week"));
    await page.getByTestId(`week-card-${thu}`).dragTo(day(wed));
    expect((await moved).status()).toBe(200);
    await day(wed)
      .getByText(/Moved from/)
      .waitFor();
    await day(wed).getByText("Draft").waitFor();
    // The keyboard path: Friday's "Move to…" menu lists the now-free Thursday.
    await expect
      .poll(() => day(fri).getByRole("combobox").locator("option").allTextContents())
      .toContain(await day(thu).getByRole("heading").textContent());

    await screenshot(page, "week-view-desktop");
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The printable week: the link downloads the PDF of the shown week (drafts included for the coach).
    const print = page.getByRole("link", { name: "Print (PDF)" });
    expect(await print.getAttribute("href")).toContain(`/week.pdf?start=${nextMonday}`);
    const pdf = await page.request.get((await print.getAttribute("href")) ?? "");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");

    // Hand edit of Tuesday's draft in the session editor, then back to the same week.
    await day(tue).getByRole("link", { name: /^Open/ }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    const sessionId = page.url().split("/sessions/")[1]!;
    const before = (await w.owner.get<SessionDto>(`/api/sessions/${sessionId}`)).body;
    const first = before.plan.main.find((i) => i.role !== "ramp")!;
    const removed = page.waitForResponse((r) => r.request().method() === "PATCH");
    await page
      .locator('section[aria-labelledby="sec-main"]')
      .getByRole("button", { name: `Remove ${first.name}`, exact: true })
      .first()
      .click();
    expect((await removed).status()).toBe(200);
    await page.goBack();
    await day(tue).getByText("Edited").waitFor();

    const published = page.waitForResponse((r) => r.url().endsWith("/week/publish"));
    await page.getByRole("button", { name: /^Publish week/ }).click();
    expect((await published).status()).toBe(200);
    await page.getByRole("status").filter({ hasText: "Publish week" }).waitFor();

    const stored = (await w.owner.get<WeekResponse>(`/api/clients/${w.clientId}/week?start=${nextMonday}`)).body;
    const byDate = Object.fromEntries(stored.week.days.map((d) => [d.date, d.sessions.map((s) => s.status)]));
    expect(byDate[mon]).toEqual(["published"]);
    expect(byDate[tue]).toEqual(["published"]);
    expect(byDate[wed]).toEqual(["published"]);
    expect(byDate[thu]).toEqual([]);
    expect(byDate[fri]).toEqual(["published"]);
    const edited = (await w.owner.get<SessionDto>(`/api/sessions/${sessionId}`)).body;
    expect(edited.editedByCoach).toBe(true);
    expect(edited.plan.main.map((i) => i.id)).not.toContain(first.id);
  });

  it("client sees the upcoming week in the portal at 375 px", async () => {
    await signIn(w.phone, w.clientEmail);
    const page = w.phone.page;
    await page.getByRole("link", { name: "Week" }).click();
    await page.getByRole("heading", { level: 1, name: "Your week" }).waitFor();
    const next = page.locator("section.card").filter({ hasText: "Next week" });
    await next.waitFor();
    await expect.poll(() => next.getByText("Ready").count()).toBe(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Every portal tab (Week made seven) stays on the screen.
    const tabs = await page.locator("nav.tabbar a").evaluateAll((as) =>
      as.map((a) => {
        const r = a.getBoundingClientRect();
        return { left: r.left, right: r.right, fits: a.scrollWidth <= a.clientWidth };
      }),
    );
    expect(tabs.length).toBeGreaterThanOrEqual(7);
    for (const t of tabs) expect(t).toMatchObject({ fits: true });
    expect(Math.min(...tabs.map((t) => t.left))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...tabs.map((t) => t.right))).toBeLessThanOrEqual(375);
    await screenshot(page, "week-portal-375");
    const print = next.getByRole("link", { name: "Print next week" });
    const pdf = await page.request.get((await print.getAttribute("href")) ?? "");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
