import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser, screenshot, seriousA11yViolations } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";
import { fillIntake, signUpCoach, uniqueEmail } from "./steps.ts";

/** The real Hevy export (../shared/realdata, see its PROVENANCE.md); never copied into the repo. */
const REAL = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/realdata");
const HEVY = `${REAL}/hevy/hevy_workouts_export.csv`;
const KATANA = "Katana Triceps Extension";
/** Where browser.ts `screenshot` writes (gitignored). */
const SHOTS = resolve(dirname(fileURLToPath(import.meta.url)), "../../../.artifacts/screenshots");

/**
 * A coach brings a new client's two years of Hevy history in through the browser: a broken file
 * names its problem, the real export uploads with a progress bar, the preview says what is added
 * and skipped, one unmapped name is mapped for the organization, the commit stores the workouts
 * and the client page counts them. Steps share state in order.
 */
describe("importing history in the browser", () => {
  let server: RunningServer;
  let coach: Browser;
  let clientId = "";

  beforeAll(async () => {
    server = await startServer();
    coach = await launchBrowser({ baseUrl: server.baseUrl, viewport: { width: 1280, height: 900 } });
    await signUpCoach(coach.page, uniqueEmail("import-coach"));
  });
  afterAll(async () => {
    await coach?.close();
    await server?.close();
  });

  it("opens the import page from a new client's page", async () => {
    const page = coach.page;
    await fillIntake(page, { name: "Jamie Import", email: uniqueEmail("jamie") });
    await page.getByRole("button", { name: "Create client" }).click();
    await page.getByRole("heading", { name: "Jamie Import" }).waitFor();
    clientId = page.url().split("/clients/")[1] ?? "";
    await page.getByText("0 logged sessions on file").waitFor();
    await page.getByRole("link", { name: "Import history" }).click();
    await page.getByRole("heading", { name: "Import history", level: 1 }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("names what is wrong with a broken or foreign file, and stores nothing", async () => {
    const page = coach.page;
    const input = page.getByLabel("Export file");
    await input.setInputFiles({ name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from("Day,Lift\n1,squat\n") });
    await page.getByRole("button", { name: "Upload and preview" }).click();
    await page
      .getByRole("alert")
      .getByText(/notes\.csv could not be imported: .*not a Strong, Hevy or FitNotes export/)
      .waitFor();
    await input.setInputFiles({
      name: "export.zip",
      mimeType: "application/zip",
      buffer: Buffer.from("PK\u0003\u0004"),
    });
    await page.getByRole("button", { name: "Upload and preview" }).click();
    await page
      .getByRole("alert")
      .getByText(/zip archive.*export\.xml inside/)
      .waitFor();
  });

  it("uploads the real Hevy export with a progress bar and previews what is added and skipped", async () => {
    const page = coach.page;
    // A slow uplink (256 KB/s) so the ~1 MB upload is seen moving.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 256 * 1024,
    });
    await page.getByLabel("Export file").setInputFiles(HEVY);
    await page.getByRole("button", { name: "Upload and preview" }).click();
    await page.getByText(/Reading the file: uploading [\d.]+ (KB|MB) of 948 KB \(([1-9]\d?)%\)/).waitFor();
    const bar = page.locator(".upload-bar progress[value]");
    const midway = Number(await bar.getAttribute("value"));
    expect(midway).toBeGreaterThan(0);
    expect(midway).toBeLessThan(100);
    await screenshot(page, "import-uploading");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    await page.getByRole("heading", { name: "Preview: hevy_workouts_export.csv" }).waitFor();
    const stats = page.getByRole("definition");
    expect(await stats.nth(0).textContent()).toBe("334");
    await page.getByText("335 workouts in the file").waitFor();
    await page.getByText(/3 Jul 2024 – 15 Sept? 2025/).waitFor();
    await page.getByRole("list", { name: "Skipped sets" }).getByText("not an exercise").waitFor();
    await page.getByRole("button", { name: /^Review \d+ unmapped names?$/ }).waitFor();
    await screenshot(page, "import-preview");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("maps one unmapped name for the organization and previews again with it applied", async () => {
    const page = coach.page;
    const review = page.getByRole("button", { name: /^Review \d+ unmapped names?$/ });
    const before = Number((await review.textContent())?.match(/\d+/)?.[0]);
    await review.click();
    await page.getByRole("heading", { name: "Map exercise names to the catalog" }).waitFor();
    await screenshot(page, "import-mapping");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel(KATANA).selectOption("overhead-dumbbell-triceps-extension");
    const saved = page.waitForResponse(
      (r) => r.url().endsWith("/api/exercise-mappings") && r.request().method() === "PUT",
    );
    await page.getByRole("button", { name: "Save 1 mapping and preview again" }).click();
    expect((await saved).status()).toBe(200);
    await page.getByRole("heading", { name: "Preview: hevy_workouts_export.csv" }).waitFor();
    const after = page.getByRole("button", { name: /^Review \d+ unmapped names?$/ });
    expect(Number((await after.textContent())?.match(/\d+/)?.[0])).toBe(before - 1);
    await page.getByText("Exercise names in the file").click();
    const row = page.locator(".import-names li", { hasText: KATANA });
    await row.getByText("your mapping").waitFor();

    const stored = await page.request.get("/api/exercise-mappings");
    expect((await stored.json()).items).toContainEqual(
      expect.objectContaining({ name: KATANA, exerciseId: "overhead-dumbbell-triceps-extension" }),
    );
  });

  it("commits, shows the counts and the e1RM history, and the client page counts the sessions", async () => {
    const page = coach.page;
    const committed = page.waitForResponse(
      (r) => r.url().includes(`/api/clients/${clientId}/imports`) && !r.url().includes("preview"),
    );
    await page.getByRole("button", { name: "Import 334 workouts" }).click();
    expect((await committed).status()).toBe(201);
    await page.getByText(/^Imported 334 workouts \([\d,]+ working sets/).waitFor();
    const e1rms = page.getByRole("list", { name: "e1RM history" }).getByRole("listitem");
    await e1rms.first().waitFor();
    expect(await e1rms.count()).toBe(5);
    await screenshot(page, "import-result");

    await page.getByRole("link", { name: "Back to the client (charts)" }).click();
    await page.getByRole("heading", { name: "Jamie Import" }).waitFor();
    const card = page.locator("section.card", { hasText: "Training history" });
    await card.getByText("334 logged sessions on file").waitFor();
    await card.screenshot({ path: join(SHOTS, "import-client-card.png") });
  });

  it("previews and imports a watch's FIT strength activity and an Apple Health export", async () => {
    const page = coach.page;
    await page.goto(`/clients/${clientId}/import`);
    await page.getByLabel("Export file").setInputFiles(`${REAL}/fit/fitanalyzer__20744294788_ACTIVITY.fit`);
    await page.getByRole("button", { name: "Upload and preview" }).click();
    await page.getByRole("heading", { name: "Preview: fitanalyzer__20744294788_ACTIVITY.fit" }).waitFor();
    await page.getByText(/^FIT activity · \d+ sets/).waitFor();
    await page.getByRole("button", { name: "Import 1 workout" }).click();
    await page.getByText(/^Imported 1 workout \(/).waitFor();

    await page.goto(`/clients/${clientId}/import`);
    await page.getByLabel("Export file").setInputFiles(`${REAL}/apple-health/export6s3sample.xml`);
    await page.getByRole("button", { name: "Upload and preview" }).click();
    await page.getByRole("heading", { name: "Preview: export6s3sample.xml" }).waitFor();
    const steps = page.getByRole("row", { name: /^Steps/ });
    await steps.waitFor();
    await screenshot(page, "import-apple-preview");
    await page.getByRole("button", { name: "Import health data" }).click();
    await page.getByRole("heading", { name: "Imported: export6s3sample.xml" }).waitFor();
    expect(
      Number(
        await page
          .getByRole("row", { name: /^Steps/ })
          .getByRole("cell")
          .nth(2)
          .textContent(),
      ),
    ).toBeGreaterThan(0);
  });

  it("imports a watch's monitoring file and one user's weigh-ins from a shared scale", async () => {
    const page = coach.page;
    await page.goto(`/clients/${clientId}/import`);
    await page.getByLabel("Export file").setInputFiles(`${REAL}/fit/fitparse__MonitoringFile.fit`);
    await page.getByRole("button", { name: "Upload and preview" }).click();
    await page.getByRole("heading", { name: "Watch and scale data" }).waitFor();
    await page.getByRole("row", { name: /^Steps 1 1 0$/ }).waitFor();
    await page.getByRole("button", { name: "Import watch data" }).click();
    await page.getByText("Imported the watch and scale data below.").waitFor();
    await page.getByRole("row", { name: /^Steps 1 1 0$/ }).waitFor();

    await page.goto(`/clients/${clientId}/import`);
    await page.getByLabel("Export file").setInputFiles(`${REAL}/fit/fitparse__WeightScaleMultiUser.fit`);
    await page.getByRole("button", { name: "Upload and preview" }).click();
    await page.getByRole("heading", { name: "Which scale user is this client?" }).waitFor();
    await page.getByText(/2 people \(users: 0 .*; 1 .*\)\. Enter the number of this client's scale user\./).waitFor();
    await screenshot(page, "import-scale-user");
    await page.getByLabel("Scale user number").fill("1");
    await page.getByRole("button", { name: "Preview this user's weigh-ins" }).click();
    await page.getByRole("row", { name: /^Body weight \(weigh-ins\) 1 1 0$/ }).waitFor();
    await page.getByText("weigh-ins of another scale user").waitFor();
    await page.getByRole("button", { name: "Import watch data" }).click();
    await page.getByText("Imported the watch and scale data below.").waitFor();
    await screenshot(page, "import-scale-result");
  });

  it("imports a WHOOP export and attaches a VBT file's velocities to a logged session", async () => {
    const page = coach.page;
    // A synthetic WHOOP physiological_cycles.csv (a subset of its columns): one empty cycle skipped.
    const whoop = [
      "Cycle start time,Recovery score %,Resting heart rate (bpm),Heart rate variability (ms),Wake onset,Asleep duration (min)",
      "2025-09-14 23:00:00,64,51,58.2,2025-09-15 06:40:00,442",
      "2025-09-15 23:10:00,,,,,",
    ].join("\n");
    await page.goto(`/clients/${clientId}/import`);
    await page
      .getByLabel("Export file")
      .setInputFiles({ name: "physiological_cycles.csv", mimeType: "text/csv", buffer: Buffer.from(whoop) });
    await page.getByRole("button", { name: "Upload and preview" }).click();
    await page.getByRole("heading", { name: "Preview: physiological_cycles.csv" }).waitFor();
    await page.getByText(/^WHOOP physiological_cycles\.csv · 2 rows read/).waitFor();
    await page.getByRole("row", { name: /^HRV \(rMSSD in ms, nightly, as reported\) 1 1 0$/ }).waitFor();
    await page
      .getByRole("list", { name: "Skipped values" })
      .getByText("no wake onset (a cycle without a sleep)")
      .waitFor();
    await screenshot(page, "import-whoop-preview");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Import WHOOP data" }).click();
    await page.getByRole("heading", { name: "Imported: physiological_cycles.csv" }).waitFor();

    // The newest Hevy workout (15 Sep 2025): two sets of its first exercise, two reps each.
    const list = await (await page.request.get(`/api/clients/${clientId}/sessions?status=logged&pageSize=5`)).json();
    const session = list.items.find((x: { date: string }) => x.date === "2025-09-15");
    const item = [...session.plan.warmup, ...session.plan.main][0];
    const vbt = ["date,exercise,set,rep,load_kg,mean_velocity_m_s"]
      .concat(
        ["1,1,0.81", "1,2,0.77", "2,1,0.64", "2,2,0.60"].map((r) => {
          const [set, rep, v] = r.split(",");
          return `2025-09-15,${item.name},${set},${rep},40,${v}`;
        }),
      )
      .concat(["2025-09-16,Back Squat,1,1,100,0.5"])
      .join("\n");
    await page.goto(`/clients/${clientId}/import`);
    await page
      .getByLabel("Export file")
      .setInputFiles({ name: "vbt.csv", mimeType: "text/csv", buffer: Buffer.from(vbt) });
    await page.getByRole("button", { name: "Upload and preview" }).click();
    await page.getByRole("heading", { name: "Preview: vbt.csv" }).waitFor();
    await page.getByRole("list", { name: "Unmatched rows" }).getByText("no logged session that day").waitFor();
    await screenshot(page, "import-velocity-preview");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Attach velocities" }).click();
    await page.getByRole("heading", { name: "Imported: vbt.csv" }).waitFor();

    await page.goto(`/sessions/${session.id}`);
    const log = page.locator("section.card", { hasText: "Client's log" });
    await log.getByText("· 0.79 m/s").waitFor();
    await log.getByText("· 0.62 m/s").waitFor();
    await log.screenshot({ path: join(SHOTS, "session-log-velocity.png") });
  });

  it("fits a 375 px phone screen", async () => {
    const page = coach.page;
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`/clients/${clientId}/import`);
    await page.getByLabel("Export file").setInputFiles(HEVY);
    await page.getByRole("button", { name: "Upload and preview" }).click();
    await page.getByRole("heading", { name: "Preview: hevy_workouts_export.csv" }).waitFor();
    // Everything is already imported now: the preview says so and offers nothing to import.
    await page.getByRole("button", { name: "Nothing new to import" }).waitFor();
    // Skipped sets are those of workouts that would be added: none now.
    await page.getByText("Nothing skipped.").waitFor();
    await screenshot(page, "import-preview-375");
    await page.getByRole("button", { name: /^Review \d+ unmapped names?$/ }).click();
    await page.getByRole("heading", { name: "Map exercise names to the catalog" }).waitFor();
    await screenshot(page, "import-mapping-375");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // The saved mapping is listed and can be removed; the file is previewed again without it.
    const saved = page.getByRole("list", { name: "Saved mappings" });
    await saved.getByText(KATANA).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    const removed = page.waitForResponse(
      (r) => r.url().includes("/api/exercise-mappings/") && r.request().method() === "DELETE",
    );
    await page.getByRole("button", { name: `Remove the mapping for ${KATANA}` }).click();
    expect((await removed).status()).toBe(200);
    await page.getByRole("heading", { name: "Preview: hevy_workouts_export.csv" }).waitFor();
    const stored = await page.request.get("/api/exercise-mappings");
    expect((await stored.json()).items).toEqual([]);
  });
});
