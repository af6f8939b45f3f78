import type { SessionDto } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, seriousA11yViolations } from "./browser.ts";
import { signIn, startWorld, type World } from "./world.ts";

/**
 * The session editor in the coach's browser: search the catalog and add an exercise to the main
 * work, move it up, remove another item, group two neighbours into a superset, publish. The stored
 * session (read over HTTP) matches what the page showed; the client's phone shows the pair (A1/A2,
 * the rest after the pair) and logs each exercise on its own; the print sheet labels the pair too.
 * Steps share state in order.
 */
describe("the session editor in the browser", () => {
  let w: World;
  let draft: SessionDto;

  beforeAll(async () => {
    w = await startWorld({ org: "Editor Gym", client: "Eddie Edit" });
    const gen = await w.owner.post<SessionDto>(`/api/clients/${w.clientId}/sessions`, { durationMinutes: 45 });
    expect(gen.status, JSON.stringify(gen.body)).toBe(201);
    draft = gen.body;
    await signIn(w.desk, w.ownerEmail);
  });

  afterAll(async () => {
    await w?.close();
  });

  it("adds an exercise found by search, moves it up, removes another, groups a superset, and publishes", async () => {
    const page = w.desk.page;
    const patched = () => page.waitForResponse((r) => r.request().method() === "PATCH");
    await page.goto(`/sessions/${draft.id}`);
    await page.getByLabel("Search the catalog").fill("goblet");
    const added = patched();
    await page.getByRole("button", { name: "Add Goblet Squat", exact: true }).click();
    expect((await added).status()).toBe(200);
    const mainSection = page.locator('section[aria-labelledby="sec-main"]');
    const main = mainSection.locator("article.plan-item");
    await expect.poll(() => main.last().getAttribute("aria-label")).toBe("Goblet Squat");
    const count = await main.count();

    const moved = patched();
    await page.getByRole("button", { name: "Move Goblet Squat up" }).click();
    expect((await moved).status()).toBe(200);
    await expect.poll(() => main.nth(count - 2).getAttribute("aria-label")).toBe("Goblet Squat");

    const firstName = draft.plan.main[0]!.name;
    const removed = patched();
    await mainSection
      .getByRole("button", { name: `Remove ${firstName}`, exact: true })
      .first()
      .click();
    expect((await removed).status()).toBe(200);
    await expect.poll(() => main.count()).toBe(count - 1);

    // Goblet Squat and the last item are neighbours: tick both, group them with 60 s after the pair.
    const partner = (await main.last().getAttribute("aria-label"))!;
    await mainSection.getByLabel("Select Goblet Squat").check();
    await mainSection.getByLabel(`Select ${partner}`).check();
    await page.getByLabel("Rest after each round (s)").fill("60");
    const grouped = patched();
    await page.getByRole("button", { name: "Group as superset" }).click();
    expect((await grouped).status()).toBe(200);
    const pair = mainSection.getByRole("region", { name: "Superset A" });
    await expect.poll(() => pair.locator("article.plan-item").count()).toBe(2);
    expect(await pair.textContent()).toContain("rest 60 s after the pair");
    expect(await pair.locator(".group-label").allTextContents()).toEqual(["A1", "A2"]);

    await screenshot(page, "session-editor-superset-desktop");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Publish to client" }).click();
    await page.getByRole("status").filter({ hasText: "Published" }).waitFor();

    const stored = await w.owner.get<SessionDto>(`/api/sessions/${draft.id}`);
    expect(stored.body.status).toBe("published");
    const names = stored.body.plan.main.map((i) => i.name);
    expect(names.indexOf("Goblet Squat")).toBe(names.length - 2);
    expect(stored.body.plan.main.map((i) => i.id)).not.toContain(draft.plan.main[0]!.id);
    expect(stored.body.plan.main.slice(-2).map((i) => [i.group?.id, i.group?.position])).toEqual([
      ["A", 1],
      ["A", 2],
    ]);
    expect(stored.body.editedByCoach).toBe(true);

    // The print sheet labels the pair as the phone and the PDF do.
    await page.goto(`/sessions/${draft.id}/print`);
    const printed = page.locator('.print-group[data-group-id="A"]');
    await printed.waitFor();
    expect(await printed.locator("th").textContent()).toContain(
      "Superset A · one set of each in turn, rest 60 s after the pair",
    );
    expect(await printed.locator(".group-label").allTextContents()).toEqual(["A1", "A2"]);
    expect(await printed.locator("td strong").last().textContent()).toBe(partner);
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "session-print-superset");
    await page.emulateMedia({ media: "screen" });
  });

  it("the client's phone shows the superset and logs each exercise on its own", async () => {
    const page = w.phone.page;
    await signIn(w.phone, w.clientEmail);
    const pair = page.getByRole("region", { name: "Superset A" });
    await pair.waitFor();
    expect(await pair.textContent()).toContain("rest 60 s after the pair");
    expect(await pair.locator(".group-label").allTextContents()).toEqual(["A1", "A2"]);
    await page.getByRole("button", { name: "Goblet Squat set 1 done" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^1 of \d+ sets done$/ })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, "session-editor-superset-phone");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
