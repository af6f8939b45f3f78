/**
 * What the web benches share: the API and the built app in-process, Chromium signed in as a new
 * coach, other builds served over the same database, and "interactive" runs alternating between
 * builds beside a blank page load from the same server, so every ratio is measured under the same
 * machine load (the bench machine is shared).
 *
 * DIST (alias THIS_DIST) serves "this build" from a folder kept aside (`vite build --outDir …`):
 * packages/web/dist is shared with e2e runs that rebuild it. BASELINE_DIST serves another build
 * (e.g. the previous commit's). The session cookie is per host, not per port, so every origin is
 * signed in.
 */
import { loadavg } from "node:os";
import { buildApp, type Database, serveWebApp } from "@spotter/server";
import type { Page } from "playwright-core";
import { type Browser, launchBrowser } from "../../packages/web/e2e/browser.ts";
import { type RunningServer, startServer } from "../../packages/web/e2e/server.ts";

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
export const loadAverage = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");

/** A second app over the same database serving another build of the web app. */
export async function serveDist(database: Database, dist: string) {
  const app = await buildApp({ database, logger: false, extend: async (a) => void (await serveWebApp(a, dist)) });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export type Bench = {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Headers for the coach's writes (CSRF). */
  headers: Record<string, string>;
  close: () => Promise<void>;
};

/** A fresh server and browser with a coach signed up (a new organization). */
export async function startBench(): Promise<Bench> {
  const server = await startServer();
  const browser = await launchBrowser({ baseUrl: server.baseUrl });
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    const signup = await browser.context.request.post("/api/auth/signup", {
      data: {
        organizationName: "Bench Gym",
        name: "Bench Coach",
        email: `bench${Date.now()}@example.com`,
        password: "bench-password-1",
      },
    });
    if (!signup.ok()) throw new Error(`signup failed: ${signup.status()} ${await signup.text()}`);
    const me = (await (await browser.context.request.get("/api/auth/me")).json()) as { csrfToken: string };
    return { server, browser, page: browser.page, headers: { "x-csrf-token": me.csrfToken }, close };
  } catch (e) {
    await close();
    throw e;
  }
}

export type Measured = {
  /** Blank page load, one per run (ms). */
  blank: number[];
  /** Per build ("this build", then "baseline build" with BASELINE_DIST): interactive times (ms). */
  builds: { name: string; url: string; runs: number[] }[];
  loadBefore: string;
  loadAfter: string;
};

/**
 * `runs` times: a blank page, then `path` on each build (order alternating run to run) until
 * `probe` (a page-side expression resolving to performance.now() when interactive) resolves.
 * `ready(page)` waits for the page once per build first, filling the HTTP cache with the app's
 * chunks as on any day after the first. The probe is a string, not a function: tsx would wrap a
 * function's inner closures in a `__name` helper the page lacks.
 */
export async function measureInteractive(
  bench: Bench,
  o: { path: string; probe: string; runs: number; ready: (page: Page) => Promise<void> },
): Promise<Measured & { closeBuilds: () => Promise<void> }> {
  const { server, page } = bench;
  const baseline = process.env.BASELINE_DIST ? await serveDist(server.database, process.env.BASELINE_DIST) : undefined;
  const thisDist = process.env.DIST ?? process.env.THIS_DIST;
  const mine = thisDist ? await serveDist(server.database, thisDist) : undefined;
  const builds = [
    { name: "this build", url: mine?.baseUrl ?? server.baseUrl, runs: [] as number[] },
    ...(baseline ? [{ name: "baseline build", url: baseline.baseUrl, runs: [] as number[] }] : []),
  ];
  for (const b of builds) {
    await page.goto(`${b.url}${o.path}`);
    await o.ready(page);
  }
  const loadBefore = loadAverage();
  const blank: number[] = [];
  for (let r = 0; r < o.runs; r++) {
    await page.goto(`${server.baseUrl}/icons/icon.svg`);
    blank.push(await page.evaluate(() => performance.getEntriesByType("navigation")[0]?.duration ?? Number.NaN));
    const order = builds.map((_, k) => k);
    if (r % 2) order.reverse();
    for (const k of order) {
      const b = builds[k];
      if (!b) continue;
      await page.goto(`${b.url}${o.path}`, { waitUntil: "commit" });
      b.runs.push(await probe(page, o.probe));
    }
  }
  // One more load of this build, left on screen for the timeline.
  await page.goto(`${builds[0]?.url}${o.path}`, { waitUntil: "commit" });
  await probe(page, o.probe);
  return {
    blank,
    builds,
    loadBefore,
    loadAfter: loadAverage(),
    closeBuilds: async () => {
      await baseline?.close();
      await mine?.close();
    },
  };
}

/** The probe's time, or an error naming what the page shows if it is not interactive within 30 s. */
async function probe(page: Page, expression: string): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        void page
          .evaluate(() => (document.body.textContent ?? "").slice(0, 300))
          .then((text) => reject(new Error(`not interactive after 30 s; the page shows: ${text}`)), reject),
      30_000,
    );
  });
  try {
    return await Promise.race([page.evaluate<number>(expression), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The page's document, API and asset requests: start→end and transferred body. */
export async function resourceTimeline(page: Page): Promise<string> {
  return page.evaluate<string>(`[...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
    .filter((e) => e.entryType === "navigation" || /\\/api\\/|\\/assets\\//.test(e.name))
    .map((e) => (e.entryType === "navigation" ? "document" : new URL(e.name).pathname.replace(/-[\\w-]{8}\\./, ".")) + " " + Math.round(e.startTime) + "→" + Math.round(e.responseEnd) + " ms, " + Math.round((e.encodedBodySize || 0) / 1024) + " KB")
    .join("\\n  ")`);
}

/** Prints medians, ratios to the blank page and between builds, the load average, and the target. */
export function report(m: Measured, o: { what: string; targetMs: number }): void {
  const runs = m.blank.length;
  const mb = median(m.blank);
  console.log(`load average before: ${m.loadBefore}`);
  console.log(`baseline blank page load (median of ${runs}): ${mb.toFixed(0)} ms`);
  for (const b of m.builds) {
    const mi = median(b.runs);
    console.log(
      `${b.name}: ${o.what} (median of ${runs}): ${mi.toFixed(0)} ms  [runs: ${b.runs.map((x) => x.toFixed(0)).join(", ")}]; ${(mi / mb).toFixed(1)}× blank`,
    );
  }
  const ours = median(m.builds[0]?.runs ?? []);
  const theirs = m.builds[1];
  if (theirs) console.log(`this build / baseline build: ${(ours / median(theirs.runs)).toFixed(2)}`);
  console.log(`load average after: ${m.loadAfter}`);
  console.log(`target ≤ ${o.targetMs} ms → ${ours <= o.targetMs ? "met" : "NOT met"}`);
}
