import type { ExerciseEntry, ExerciseListResponse } from "@spotter/contracts";
import { signup, TestClient } from "@spotter/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, screenshot, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { signIn } from "./world.ts";

/**
 * The exercise library in the coach's browser: browse the built-in catalog with filters, create a
 * custom exercise with a demo link (a link, never embedded; a `javascript:` link is refused next to
 * its field), edit it, see its delete refused while a method uses it, archive and restore it.
 */
describe("the exercise library in the browser", () => {
  let server: RunningServer;
  let owner: TestClient;
  let coach: Browser;

  beforeAll(async () => {
    server = await startServer();
    owner = new TestClient(server.baseUrl);
    const email = (await signup(owner, "Library Gym")).email;
    coach = await launchBrowser({ baseUrl: server.baseUrl, viewport: { width: 1366, height: 900 } });
    await signIn(coach, email);
    coach.page.on("dialog", (d) => void d.accept());
  });

  afterAll(async () => {
    await coach?.close();
    await server?.close();
  });

  it("browses the built-in catalog with pattern, equipment and level filters", async () => {
    const page = coach.page;
    await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Exercises" }).click();
    await page.getByRole("heading", { name: "Exercise library", level: 1 }).waitFor();
    const count = page.getByText(/^\d+ of \d+ built-in exercises$/);
    const builtins = (await owner.get<ExerciseListResponse>("/api/exercises?source=builtin")).body.total;
    expect(builtins).toBeGreaterThanOrEqual(299);
    await count.filter({ hasText: `${builtins} of ${builtins}` }).waitFor();
    await page.getByLabel("Pattern").selectOption("hinge");
    await page.getByLabel("Equipment").selectOption("barbell");
    const expected = (await owner.get<ExerciseListResponse>("/api/exercises?source=builtin&pattern=hinge")).body.items
      .filter((e) => e.equipment.some((o) => o.includes("barbell")))
      .map((e) => e.name);
    await count.filter({ hasText: `${expected.length} of ${builtins}` }).waitFor();
    const table = page.getByRole("table", { name: "Built-in exercises" });
    await table.getByRole("cell", { name: "Barbell Romanian Deadlift", exact: true }).waitFor();
    await page.getByLabel("Level").selectOption("advanced");
    await page.getByLabel("Search").fill("zzz-no-such");
    await count.filter({ hasText: `0 of ${builtins}` }).waitFor();
    await page.getByLabel("Search").fill("");
    await page.getByLabel("Level").selectOption("");
    await screenshot(page, "exercise-library-catalog");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("creates a custom exercise with a demo link, refuses a script link, edits it", async () => {
    const page = coach.page;
    await page.getByRole("button", { name: "New exercise" }).click();
    const dialog = page.getByRole("dialog", { name: "New exercise" });
    await dialog.getByLabel("Name").fill("Sled push");
    await dialog.getByLabel("Movement pattern").selectOption("carry");
    await dialog.getByLabel("Load").selectOption("machine");
    await dialog.getByLabel("Measured in").selectOption("distance");
    await dialog.getByLabel("Quads").check();
    await dialog.getByLabel("Glutes").check();
    await dialog.getByLabel("Setup cues (one per line)").fill("Hands high on the posts.");
    await dialog.getByLabel("Execution cues (one per line)").fill("Drive with short steps.\nKeep the hips low.");
    await dialog.getByLabel("Common faults (one per line)").fill("Arms bent and hips high.");
    await dialog.getByLabel("Demo video or image link (optional)").fill("javascript:alert(1)");
    await dialog.getByRole("button", { name: "Create exercise" }).click();
    await dialog.locator('.field-error[data-field="mediaUrl"]').filter({ hasText: "http(s) link" }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "exercise-library-form-error");

    await dialog.getByLabel("Demo video or image link (optional)").fill("https://www.youtube.com/watch?v=sled");
    await dialog.getByRole("button", { name: "Create exercise" }).click();
    await dialog.waitFor({ state: "hidden" });
    const own = page.getByRole("table", { name: "Your organization's exercises" });
    await own.getByText("Sled push").waitFor();
    const link = own.getByRole("link", { name: "Demo of Sled push (opens a new tab)" });
    expect(await link.getAttribute("href")).toBe("https://www.youtube.com/watch?v=sled");
    expect(await link.getAttribute("rel")).toContain("noopener");
    expect(await page.locator("iframe, video, embed, object").count()).toBe(0);

    await own.getByRole("button", { name: "Edit Sled push" }).click();
    const edit = page.getByRole("dialog", { name: "Edit Sled push" });
    await edit.getByLabel("Name").fill("Heavy sled push");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await edit.waitFor({ state: "hidden" });
    await own.getByText("Heavy sled push").waitFor();
    const stored = (await owner.get<ExerciseListResponse>("/api/exercises?source=organization")).body.items;
    expect(stored.map((e: ExerciseEntry) => [e.id, e.name, e.mediaUrl])).toEqual([
      ["org:sled-push", "Heavy sled push", "https://www.youtube.com/watch?v=sled"],
    ]);
    expect(stored[0]?.cues.execution).toEqual(["Drive with short steps.", "Keep the hips low."]);
  });

  it("refuses to delete it while a method uses it, and archives and restores it", async () => {
    const page = coach.page;
    const method = {
      version: 1,
      id: "org:sled-day",
      name: "Sled day",
      summary: "A squat and a sled push.",
      basis: "Test.",
      goals: ["strength"],
      levels: ["beginner"],
      days: [
        {
          label: "Sled day",
          slots: [
            { pattern: "squat", role: "main", exerciseIds: ["back-squat"] },
            { pattern: "carry", role: "accessory", exerciseIds: ["org:sled-push"] },
          ],
        },
      ],
      deload: { setsScale: 0.5, loadScale: 0.9, rpeShift: -1 },
    };
    expect((await owner.post("/api/methods", method)).status).toBe(201);
    const own = page.getByRole("table", { name: "Your organization's exercises" });
    await own.getByRole("button", { name: "Delete Heavy sled push" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /1 method \(Sled day\).*archive it instead/ })
      .waitFor();
    await screenshot(page, "exercise-library-delete-refused");

    await own.getByRole("button", { name: "Archive Heavy sled push" }).click();
    await own.getByText("Archived", { exact: true }).waitFor();
    await page.getByRole("status").filter({ hasText: "leaves the pickers" }).waitFor();
    const pickers = (await owner.get<ExerciseListResponse>("/api/exercises?archived=exclude&source=organization")).body;
    expect(pickers.total).toBe(0);
    await screenshot(page, "exercise-library-archived");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await own.getByRole("button", { name: "Restore Heavy sled push" }).click();
    await own.getByRole("button", { name: "Archive Heavy sled push" }).waitFor();
  });
});
