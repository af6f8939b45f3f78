import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { signUpCoach, uniqueEmail } from "./steps.ts";

/** Screenshots for a human to look at, outside the repository. */
const SHOTS = process.env.METHOD_SHOTS ?? "/tmp/spotter-methods-shots";
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
/** What the coach sees without scrolling further: the editor is too tall to read as one full page. */
const view = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

type StoredMethod = {
  id: string;
  name: string;
  days: {
    label: string;
    slots: { pattern: string; exerciseIds?: string[]; progression?: { kind: string }; group?: unknown }[];
  }[];
};

/** The method editor: a coach writes a 4-day method from scratch, then manages copies and files. */
describe("method editor in the browser", () => {
  let server: RunningServer;
  let coach: Browser;

  beforeAll(async () => {
    server = await startServer();
    coach = await launchBrowser({ baseUrl: server.baseUrl, viewport: { width: 1366, height: 900 } });
    await signUpCoach(coach.page, uniqueEmail("method-coach"));
    // Leaving an edited method prompts (beforeunload); the tests' own page.goto calls go ahead.
    coach.page.on("dialog", (d) => {
      if (d.type() === "beforeunload") void d.accept();
    });
  });

  afterAll(async () => {
    await coach?.close();
    await server?.close();
  });

  it("lists the built-ins from the coach navigation, with no serious accessibility problem", async () => {
    const page = coach.page;
    await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Methods" }).click();
    await page.getByRole("heading", { name: "Methods", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Novice linear full body (A/B)", exact: true }).waitFor();
    await page.getByText("No methods of your own yet").waitFor();
    await shot(page, "methods-list");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("builds a 4-day method from scratch, shows an error next to its field, and saves", async () => {
    const page = coach.page;
    await page.getByRole("link", { name: "New method" }).click();
    await page.getByRole("heading", { name: "New method" }).waitFor();
    await page.getByLabel("Name", { exact: true }).fill("Four Day Strength");
    await page.getByLabel("Summary").fill("Upper/lower, four days, a main lift per day.");
    await page.getByLabel("Basis").fill("Upper/lower splits as in Schoenfeld et al., J Strength Cond Res 2015.");

    // Day 1: a fixed back squat found by search, linear progression, an engine-picked hinge after it.
    await page.getByLabel("Day 1 label").fill("Lower A");
    const s11 = page.getByRole("region", { name: "Day 1, slot 1" });
    await s11.getByLabel("Fixed exercise(s) from the catalog").check();
    await s11.getByLabel("Search squat exercises").fill("back squat");
    await s11.getByRole("button", { name: "+ Barbell Back Squat" }).click();
    await s11
      .getByRole("list", { name: /first choice first/ })
      .getByText("Barbell Back Squat")
      .waitFor();
    await s11.getByLabel("Rule", { exact: true }).selectOption("linear");
    await page.getByRole("button", { name: "Add slot to Day 1" }).click();
    await page.getByRole("region", { name: "Day 1, slot 2" }).getByLabel("Movement pattern").selectOption("hinge");

    // Days 2-4, each opening with a different main pattern.
    const days: [string, string][] = [
      ["Upper A", "horizontal_push"],
      ["Lower B", "hinge"],
      ["Upper B", "vertical_pull"],
    ];
    for (const [i, [label, pattern]] of days.entries()) {
      await page.getByRole("button", { name: "Add day" }).click();
      await page.getByLabel(`Day ${i + 2} label`).fill(label);
      await page
        .getByRole("region", { name: `Day ${i + 2}, slot 1` })
        .getByLabel("Movement pattern")
        .selectOption(pattern);
    }
    const s21 = page.getByRole("region", { name: "Day 2, slot 1" });
    await s21.getByLabel("Fixed exercise(s) from the catalog").check();
    await s21.getByLabel("Search horizontal push exercises").fill("barbell bench");
    await s21.getByRole("button", { name: "+ Barbell Bench Press" }).click();
    const dose21 = s21.getByRole("group", { name: "Accumulation dose" });
    await dose21.getByLabel("Effort").selectOption("percent");
    await dose21.getByLabel("% of 1RM").fill("80");
    await dose21.getByLabel("Last set AMRAP").check();

    // An inverted rep range is refused before any request, with the message under that field.
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith("/api/methods")) posts.push(r.url());
    });
    const dose11 = s11.getByRole("group", { name: "Accumulation dose" });
    await dose11.getByLabel("Up to reps").fill("3");
    await page.getByRole("button", { name: "Create method" }).click();
    const repsError = page.locator('.field-error[data-field="days.0.slots.0.prescription.accumulation.reps"]');
    await repsError.filter({ hasText: "range is inverted: 5 > 3" }).waitFor();
    expect(await dose11.getByLabel("Reps", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await page.getByRole("alert").filter({ hasText: "before saving" }).waitFor();
    expect(posts).toEqual([]);
    await shot(page, "method-editor-error");
    await view(page, "method-editor-error-top");
    await repsError.scrollIntoViewIfNeeded();
    await view(page, "method-editor-error-field");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await dose11.getByLabel("Up to reps").fill("8");
    await repsError.waitFor({ state: "detached" });
    // The preview follows the draft: four days, the squat's dose as written.
    const preview = page.getByRole("region", { name: "Week 1 preview" });
    await preview.getByRole("heading", { name: "Day 4: Upper B" }).waitFor();
    await preview.getByText("3 × 5-8 @ RPE 7, rest 180 s").first().waitFor();
    await preview.getByText("3 × 5 @ 80% 1RM, rest 180 s, last set AMRAP").waitFor();

    // Day 1's two slots as superset A: the rest typed on the first member passes to the second,
    // and the preview labels the pair as the session pages do.
    await s11.getByLabel("Group letter (optional)").fill("A");
    await s11.getByLabel("Rest after each round (s)").fill("120");
    const s12 = page.getByRole("region", { name: "Day 1, slot 2" });
    await s12.getByLabel("Group letter (optional)").fill("A");
    expect(await s12.getByLabel("Rest after each round (s)").inputValue()).toBe("120");
    const day1 = preview.locator(".preview-days > li").first();
    await day1.getByText("Superset A · rest 120 s after the pair").waitFor();
    expect(await day1.locator(".group-label").allTextContents()).toEqual(["A1", "A2"]);
    await s12.getByRole("group", { name: "Superset or circuit" }).scrollIntoViewIfNeeded();
    await view(page, "method-editor-superset");

    const created = page.waitForResponse((r) => r.url().endsWith("/api/methods") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Create method" }).click();
    expect((await created).status()).toBe(201);
    await page.waitForURL(/\/methods\/org:four-day-strength$/);
    await page.getByRole("heading", { name: "Four Day Strength", level: 1 }).waitFor();

    const stored = (await (await coach.context.request.get("/api/methods/org:four-day-strength")).json()) as {
      method: StoredMethod;
      source: string;
    };
    expect(stored.source).toBe("organization");
    expect(stored.method.days.map((d) => d.label)).toEqual(["Lower A", "Upper A", "Lower B", "Upper B"]);
    expect(stored.method.days[0]?.slots.map((s) => s.pattern)).toEqual(["squat", "hinge"]);
    expect(stored.method.days[0]?.slots[0]?.exerciseIds).toEqual(["back-squat"]);
    expect(stored.method.days[0]?.slots[0]?.progression?.kind).toBe("linear");
    expect(stored.method.days[1]?.slots[0]?.exerciseIds).toEqual(["barbell-bench-press"]);
    expect(stored.method.days[0]?.slots.map((s) => s.group)).toEqual([
      { id: "A", restAfterSeconds: 120 },
      { id: "A", restAfterSeconds: 120 },
    ]);
    await shot(page, "method-editor-saved");
    await page.evaluate(() => window.scrollTo(0, 0));
    await view(page, "method-editor-saved-top");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("previews week 1 for a client with their loads in lb, live as the method is edited, without saving", async () => {
    const page = coach.page;
    const { csrfToken } = (await (await coach.context.request.get("/api/auth/me")).json()) as { csrfToken: string };
    const made = await coach.context.request.post("/api/clients", {
      headers: { "x-csrf-token": csrfToken },
      data: {
        name: "Preview Pat",
        profile: {
          goals: { primary: "strength", secondary: [] },
          trainingAgeMonths: 24,
          injuries: [],
          locations: [{ id: "gym", name: "Gym", equipment: ["barbell", "squat_rack", "bench", "dumbbells"] }],
          defaultLocationId: "gym",
          schedule: { daysPerWeek: 4, sessionMinutes: 60, preferredDays: [] },
          baselines: {
            repMaxes: [{ exerciseId: "back-squat", loadKg: 120, reps: 5, date: "2026-01-05" }],
            fieldTests: [],
          },
          units: "lb",
        },
      },
    });
    expect(made.status()).toBe(201);
    await page.goto("/methods/org:four-day-strength");
    const preview = page.locator("section.client-preview");
    await preview.getByLabel("Client").selectOption({ label: "Preview Pat" });
    const squat = preview.locator(".client-preview-items li", { hasText: "Barbell Back Squat" }).first();
    await squat.getByText(/ lb/).waitFor();
    const saves: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/methods") && r.method() !== "GET") saves.push(r.method());
    });
    // An edit reaches the preview a moment later, drafted by the server from the unsaved form.
    const asked = page.waitForResponse((r) => r.url().endsWith("/method/preview") && r.status() === 200);
    await page.getByLabel("Day 1 label").fill("Lower A heavy");
    await asked;
    await preview.getByRole("heading", { name: /Day 1: Lower A heavy/ }).waitFor();
    expect(saves).toEqual([]);
    await preview.scrollIntoViewIfNeeded();
    await view(page, "method-editor-client-preview");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("shows the server's refusal next to the field (a taken name) and guards the unsaved draft", async () => {
    const page = coach.page;
    await page.goto("/methods/new");
    await page.getByLabel("Name", { exact: true }).fill("Four Day Strength");
    await page.getByLabel("Summary").fill("Same name again.");
    await page.getByLabel("Basis").fill("None.");
    const refused = page.waitForResponse((r) => r.url().endsWith("/api/methods") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Create method" }).click();
    expect((await refused).status()).toBe(409);
    await page.locator('.field-error[data-field="name"]').filter({ hasText: "already exists" }).waitFor();

    // The unsaved draft is not lost to a stray click on the navigation: the coach is asked first.
    const asked = new Promise<string>((resolve) =>
      page.once("dialog", (d) => {
        resolve(d.message());
        void d.dismiss();
      }),
    );
    await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Clients" }).click();
    expect(await asked).toContain("without saving");
    expect(new URL(page.url()).pathname).toBe("/methods/new");
    expect(await page.getByLabel("Summary").inputValue()).toBe("Same name again.");
  });

  it("exports a method as JSON, imports the file as a new one, and shows the server's 400 under the slot", async () => {
    const page = coach.page;
    await page.goto("/methods/org:four-day-strength");
    await page.getByRole("heading", { name: "Four Day Strength", level: 1 }).waitFor();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export JSON" }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, "utf8")) as StoredMethod;
    expect(exported.id).toBe("org:four-day-strength");
    expect(exported.days).toHaveLength(4);

    await page.getByRole("link", { name: "Methods" }).first().click();
    await page.getByRole("heading", { name: "Methods", level: 1 }).waitFor();
    // The file names an exercise this organization does not have: only the server can tell.
    const copy = structuredClone({ ...exported, id: "org:imported-strength", name: "Imported Strength" });
    copy.days[0]?.slots[0]?.exerciseIds?.push("no-such-lift");
    await page.getByLabel("Import a method JSON file").setInputFiles({
      name: "imported.method.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(copy)),
    });
    await page.getByRole("heading", { name: "New method: Imported Strength" }).waitFor();
    const refused = page.waitForResponse((r) => r.url().endsWith("/api/methods") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Create method" }).click();
    expect((await refused).status()).toBe(400);
    const s11 = page.getByRole("region", { name: "Day 1, slot 1" });
    await s11
      .locator('.field-error[data-field="days.0.slots.0.exerciseIds"]')
      .filter({ hasText: 'unknown exercise "no-such-lift"' })
      .waitFor();
    await s11.getByRole("button", { name: "Remove no-such-lift" }).click();
    const created = page.waitForResponse((r) => r.url().endsWith("/api/methods") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Create method" }).click();
    expect((await created).status()).toBe(201);
    await page.waitForURL(/\/methods\/org:imported-strength$/);
  });

  it("opens a built-in read-only, duplicates it into an editable copy, and deletes the copy", async () => {
    const page = coach.page;
    await page.goto("/methods");
    await page.getByRole("link", { name: "Novice linear full body (A/B)", exact: true }).click();
    await page.getByText("Built-in method: read-only").waitFor();
    expect(await page.getByLabel("Name", { exact: true }).isDisabled()).toBe(true);
    await expect(page.getByRole("button", { name: "Save changes" }).count()).resolves.toBe(0);

    const duplicated = page.waitForResponse((r) => r.url().endsWith("/api/methods") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Duplicate to edit" }).click();
    expect((await duplicated).status()).toBe(201);
    await page.getByRole("heading", { name: "Copy of Novice linear full body (A/B)", level: 1 }).waitFor();
    expect(await page.getByLabel("Name", { exact: true }).isDisabled()).toBe(false);

    // Duplicating from the list as well: the second copy gets a free id, not a conflict.
    await page.goto("/methods");
    const again = page.waitForResponse((r) => r.url().endsWith("/api/methods") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Duplicate Novice linear full body (A/B)" }).click();
    expect((await again).status()).toBe(201);
    await page.waitForURL(/org:copy-of-novice-linear-full-body-a-b-2$/);
    await page.getByRole("heading", { name: "Copy of Novice linear full body (A/B) (2)", level: 1 }).waitFor();

    await page.goto("/methods");
    const own = page.getByRole("table", { name: "Your organization's methods" });
    await own.getByRole("link", { name: "Copy of Novice linear full body (A/B)", exact: true }).first().waitFor();
    expect(await own.getByRole("row").count()).toBe(1 + 4);
    page.once("dialog", (d) => void d.accept());
    const deleted = page.waitForResponse((r) => r.request().method() === "DELETE");
    await own.getByRole("button", { name: "Delete Four Day Strength" }).click();
    expect((await deleted).status()).toBe(200);
    await own.getByRole("link", { name: "Four Day Strength", exact: true }).waitFor({ state: "detached" });
    expect(await own.getByRole("row").count()).toBe(1 + 3);
    expect((await coach.context.request.get("/api/methods/org:four-day-strength")).status()).toBe(404);
    await shot(page, "methods-list-after");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
