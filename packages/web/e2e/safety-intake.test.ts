import { createClient, profileInput, signup, TestClient } from "@spotter/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { signIn } from "./world.ts";

const SHOTS = "/tmp/safety-intake";

/**
 * Intake review in the coach's browser: a client whose PAR-Q+ says chest pain, with an event date
 * in the past and a 140 kg squat after 0 months of training. The safety review lists the findings
 * and the missing medical clearance (see a physician); the coach confirms the findings and records
 * the GP's clearance, and the page says the client is ready for the first program. Seeded through
 * the HTTP API; steps share state in order.
 */
describe("the coach's safety review", () => {
  let server: RunningServer;
  let coach: Browser;
  let clientId = "";
  const past = "2025-06-01";

  beforeAll(async () => {
    server = await startServer();
    const owner = new TestClient(server.baseUrl);
    const me = await signup(owner, "Review Gym");
    clientId = await createClient(owner, "Pat Parq", {
      profile: profileInput({
        trainingAgeMonths: 0,
        eventDate: past,
        baselines: {
          repMaxes: [{ exerciseId: "back-squat", loadKg: 140, reps: 1, date: "2026-01-05" }],
          fieldTests: [],
        },
        screening: {
          heartCondition: false,
          chestPainActivity: true,
          dizzinessOrFainting: false,
          diagnosedChronicCondition: false,
          prescribedMedication: false,
          boneJointProblem: false,
          medicallySupervisedOnly: false,
          conditions: [],
        },
      }),
    });
    coach = await launchBrowser({ baseUrl: server.baseUrl });
    await signIn(coach, me.email);
  });

  afterAll(async () => {
    await coach?.close();
    await server?.close();
  });

  it("lists the contradictions and the missing clearance, reached from the client page", async () => {
    const page = coach.page;
    await page.goto(`/clients/${clientId}`);
    await page.getByRole("link", { name: "Safety review" }).click();
    await page.getByRole("heading", { name: /Safety review/ }).waitFor();
    await page.getByText("Not ready: settle the items below").waitFor();
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain(`Event date ${past} is in the past`);
    expect(text).toMatch(/chest pain/i);
    expect(text).toContain("see a physician");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/review-before.png`, fullPage: true });
  });

  it("confirms the findings and records the GP's clearance: ready for the first program", async () => {
    const page = coach.page;
    const boxes = page.locator(".finding-list input[type=checkbox]:not([disabled])");
    const n = await boxes.count();
    expect(n).toBeGreaterThan(1);
    for (let i = 0; i < n; i++) await boxes.nth(i).check();
    const confirmed = page.waitForResponse((r) => r.url().endsWith("/intake-review/confirm"));
    await page.getByRole("button", { name: /Confirm checked/ }).click();
    expect((await confirmed).status()).toBe(200);

    await page.getByLabel("Cleared by").fill("Dr A. Jones, GP");
    await page.getByLabel("Restrictions (one per line)").fill("No maximal lifts for 4 weeks");
    const recorded = page.waitForResponse((r) => r.url().endsWith("/clearances"));
    await page.getByRole("button", { name: "Record clearance" }).click();
    const res = await recorded;
    expect(res.status()).toBe(201);
    expect(((await res.json()) as { recordedBy: string }).recordedBy).not.toBe("Dr A. Jones, GP");
    await page.getByText("Ready for the first program").waitFor();
    await page.getByText("on 20", { exact: false }).first().waitFor();
    expect((await page.locator("main").textContent()) ?? "").toContain("No maximal lifts for 4 weeks");
    await page.screenshot({ path: `${SHOTS}/review-after.png`, fullPage: true });
  });
});
