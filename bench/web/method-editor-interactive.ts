/**
 * The method editor with a 6-day method (a copy of the built-in push/pull/legs, editable) and the
 * exercise catalog loaded: time from navigation start until the editor is interactive in Chromium
 * (six day cards rendered, the name field enabled, the main thread free for the next task), beside
 * a blank static page load from the same server in the same run. Target ≤ 500 ms (issue 16). Median
 * of RUNS cold loads (new navigation each time; HTTP cache warm). One client exists, so the editor's
 * client preview asks for its week 1 as a coach would see it. DIST and BASELINE_DIST: see
 * browser-bench.ts.
 *
 *   npm run build:web && npx tsx bench/web/method-editor-interactive.ts
 */
import { measureInteractive, report, resourceTimeline, startBench } from "./browser-bench.ts";

const RUNS = Number(process.env.RUNS ?? 9);
const METHOD = "org:bench-ppl";

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

const bench = await startBench();
try {
  const { request } = bench.browser.context;
  const headers = bench.headers;
  const builtin = (await (await request.get("/api/methods/push-pull-legs-hypertrophy")).json()) as {
    method: { days: unknown[] };
  };
  if (builtin.method.days.length !== 6) throw new Error(`expected a 6-day method, got ${builtin.method.days.length}`);
  const created = await request.post("/api/methods", {
    headers,
    data: { ...builtin.method, id: METHOD, name: "Bench PPL" },
  });
  if (!created.ok()) throw new Error(`method: ${created.status()} ${await created.text()}`);
  const client = await request.post("/api/clients", {
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

  const m = await measureInteractive(bench, {
    path: `/methods/${encodeURIComponent(METHOD)}`,
    probe: INTERACTIVE_PROBE,
    runs: RUNS,
    ready: (page) => page.locator("section.method-day").nth(5).waitFor(),
  });
  console.log(`last run, resource start→end (transferred body):\n  ${await resourceTimeline(bench.page)}`);
  report(m, { what: "method editor (6 days, catalog) interactive", targetMs: 500 });
  await m.closeBuilds();
} finally {
  await bench.close();
}
