import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

export const PASSWORD = "correct-horse-battery";

/** A unique email per run so reruns against a shared PostgreSQL never collide. */
export function uniqueEmail(who: string): string {
  return `${who}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}@example.com`;
}

export async function signUpCoach(page: Page, email: string): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Business name").fill("Strong Start Coaching");
  await page.getByLabel("Your name").fill("Casey Coach");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { name: "Trainer profile" }).waitFor();
}

/** Fills the intake for a client with a knee injury, a gym and a home location, and a rep max. */
export async function fillIntake(page: Page, c: { name: string; email: string }): Promise<void> {
  await page.goto("/intake");
  await page.getByRole("heading", { name: "New client intake" }).waitFor();
  await page.getByLabel("Full name").fill(c.name);
  await page.getByLabel("Email (for their invitation)").fill(c.email);
  await page.getByLabel("Primary goal").selectOption("strength");
  await page.getByLabel("Training age (years)").fill("2");
  await page.getByLabel("Birth year").fill("1990");
  await page.getByRole("button", { name: "Add injury" }).click();
  await page.getByLabel("Region").first().selectOption("knee");
  await page.getByLabel("Severity (0–10)").fill("2");
  await page.getByRole("button", { name: "Fill as full gym" }).first().click();
  await page.getByRole("button", { name: "Add home" }).click();
  await page.getByLabel("Sessions per week").fill("3");
  await page.getByLabel("Session length (minutes)").fill("45");
  await page.getByRole("button", { name: "Add rep max" }).click();
  await page.getByLabel("Exercise", { exact: true }).fill("back-squat");
  await page.getByLabel(/^Load \((kg|lb)\)$/).fill("100");
  await page.getByLabel("Reps", { exact: true }).fill("5");
}

/**
 * In a draft, sets `kg` on the first main exercise that takes a load (bodyweight work keeps none;
 * which exercises the engine picks varies), through the Edit form. Returns that exercise's name.
 */
export async function setLoadOnFirstLoadable(
  page: Page,
  main: Locator,
  sessionId: string,
  kg: number,
): Promise<string> {
  const count = await main.locator("article.plan-item").count();
  for (let i = 0; i < count; i++) {
    const item = main.locator("article.plan-item").nth(i);
    const label = (await item.getAttribute("aria-label")) ?? "";
    await item.getByRole("button", { name: `Edit ${label}` }).click();
    await item.getByLabel(/^Load \(kg\)$/).fill(String(kg));
    const edited = page.waitForResponse(
      (r) => r.url().endsWith(`/sessions/${sessionId}`) && r.request().method() === "PATCH",
    );
    await item.getByRole("button", { name: "Save" }).click();
    const res = await edited;
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { plan: { main: { name: string; load?: number }[] } };
    if (body.plan.main.some((it) => it.name === label && it.load === kg)) {
      await main
        .locator(`article[aria-label="${label}"]`)
        .getByTestId("item-load")
        .filter({ hasText: `${kg} kg` })
        .waitFor();
      return label;
    }
  }
  throw new Error("no main exercise took a load");
}
