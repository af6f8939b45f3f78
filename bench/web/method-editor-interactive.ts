/**
 * The method editor with a 6-day method (a copy of the built-in push/pull/legs, editable) and the
 * exercise catalog loaded: time from navigation start until the editor is interactive in Chromium
 * (six day cards rendered, the name field enabled, the main thread free for the next task), beside
 * a blank static page load from the same server in the same run. Target ≤ 500 ms (issue 16). Median
 * of RUNS cold loads (new navigation each time; HTTP cache warm). One client exists, so the editor's
 * client preview asks for its week 1 as a coach would see it. BASELINE_DIST=<a dist folder> measures
 * another build over the same database too, alternating runs (see roster-interactive.ts).
 *
 *   npm run build:web && npx tsx bench/web/method-editor-interactive.ts
 */
import { loadavg } from "node:os";
import { buildApp, type Database, serveWebApp } from "@spotter/server";
import { launchBrowser } from "../../packages/web/e2e/browser.ts";
import { startServer } from "../../packages/web/e2e/server.ts";

const RUNS = Number(process.env.RUNS ?? 9);
const METHOD = "org:bench-ppl";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");

// A string, not a function: tsx would wrap a function's closures in a `__name` helper the page lacks.
const INTERACTIVE_PROBE = `new Promise((resolve) => {
  const check = () => {
    const days = document.querySelectorAll("section.method-day").length;
    const name = document.querySelector(".method-form input");
    const form = document.querySelector("fieldset.method-form");
    if (days >= 6 && name && form && !form.disabled) setTimeout(() => resolve(performance.now()), 0);
    else requestAnimationFrame(check);
  };
  check();
})`;

async function serveDist(database: Database, dist: string) {
  const app = await buildApp({ database, logger: false, extend: async (a) => void (await serveWebApp(a, dist)) });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}

const server = await startServer();
const b = await launchBrowser({ baseUrl: server.baseUrl });
try {
  const signup = await b.context.request.post("/api/auth/signup", {
    data: {
      organizationName: "Bench Gym",
      name: "Bench Coach",
      email: `bench${Date.now()}@example.com`,
      password: "bench-password-1",
    },
  });
  if (!signup.ok()) throw new Error(`signup failed: ${signup.status()} ${await signup.text()}`);
  const { csrfToken } = (await (await b.context.request.get("/api/auth/me")).json()) as { csrfToken: string };
  const headers = { "x-csrf-token": csrfToken };
  const builtin = (await (await b.context.request.get("/api/methods/push-pull-legs-hypertrophy")).json()) as {
    method: { days: unknown[] };
  };
  if (builtin.method.days.length !== 6) throw new Error(`expected a 6-day method, got ${builtin.method.days.length}`);
  const created = await b.context.request.post("/api/methods", {
    headers,
    data: { ...builtin.method, id: METHOD, name: "Bench PPL" },
  });
  if (!created.ok()) throw new Error(`method: ${created.status()} ${await created.text()}`);
  const client = await b.context.request.post("/api/clients", {
    headers,
    data: {
      name: "Bench Client",
      email: "bench-client@example.com",
      profile: {
        goals: { primary: "hypertrophy", secondary: [] },
        trainingAgeMonths: 24,
        injuries: [],
        locations: [
          {
            id: "gym",
            name: "Gym",
            equipment: ["barbell", "squat_rack", "bench", "dumbbells", "cable", "machines", "pullup_bar"],
          },
        ],
        defaultLocationId: "gym",
        schedule: { daysPerWeek: 6, sessionMinutes: 60, preferredDays: [] },
        units: "kg",
      },
    },
  });
  if (!client.ok()) throw new Error(`client: ${client.status()} ${await client.text()}`);

  const page = b.page;
  const baseline = process.env.BASELINE_DIST ? await serveDist(server.database, process.env.BASELINE_DIST) : undefined;
  // DIST: serve "this build" from another folder (a build outside packages/web/dist, which the e2e
  // tests share under a lock).
  const mine = process.env.DIST ? await serveDist(server.database, process.env.DIST) : undefined;
  const origins = [
    { name: "this build", url: mine?.baseUrl ?? server.baseUrl },
    ...(baseline ? [{ name: "baseline build", url: baseline.baseUrl }] : []),
  ];
  const path = `/methods/${encodeURIComponent(METHOD)}`;
  for (const o of origins) {
    await page.goto(`${o.url}${path}`);
    await page.locator("section.method-day").nth(5).waitFor();
  }
  console.log(`load average before: ${load()}`);
  const blank: number[] = [];
  const editor: number[][] = origins.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    await page.goto(`${server.baseUrl}/icons/icon.svg`);
    blank.push(await page.evaluate(() => performance.getEntriesByType("navigation")[0]?.duration ?? Number.NaN));
    const order = origins.map((_, k) => k);
    if (r % 2) order.reverse();
    for (const k of order) {
      await page.goto(`${origins[k]?.url}${path}`, { waitUntil: "commit" });
      editor[k]?.push(await page.evaluate<number>(INTERACTIVE_PROBE));
    }
  }
  await page.goto(`${origins[0]?.url}${path}`, { waitUntil: "commit" });
  await page.evaluate<number>(INTERACTIVE_PROBE);
  const timeline = await page.evaluate<string>(`performance.getEntriesByType("resource")
    .filter((e) => /\\/api\\/|\\/assets\\//.test(e.name))
    .map((e) => new URL(e.name).pathname.replace(/-[\\w-]{8}\\./, ".") + " " + Math.round(e.startTime) + "→" + Math.round(e.responseEnd) + " ms, " + Math.round((e.encodedBodySize || 0) / 1024) + " KB")
    .join("\\n  ")`);
  console.log(`last run, resource start→end (transferred body):\n  ${timeline}`);
  const mb = median(blank);
  console.log(`baseline blank page load (median of ${RUNS}): ${mb.toFixed(0)} ms`);
  origins.forEach((o, k) => {
    const xs = editor[k] ?? [];
    const m = median(xs);
    console.log(
      `${o.name}: method editor (6 days, catalog) interactive (median of ${RUNS}): ${m.toFixed(0)} ms  [runs: ${xs.map((x) => x.toFixed(0)).join(", ")}]; ${(m / mb).toFixed(1)}× blank`,
    );
  });
  const m0 = median(editor[0] ?? []);
  if (baseline) console.log(`this build / baseline build: ${(m0 / median(editor[1] ?? [])).toFixed(2)}`);
  console.log(`load average after: ${load()}`);
  console.log(`target ≤ 500 ms → ${m0 <= 500 ? "met" : "NOT met"}`);
  await baseline?.close();
  await mine?.close();
} finally {
  await b.close();
  await server.close();
}
