/**
 * Health checks of bench/api/morning-rush.ts, as a load balancer sends them: GET /api/health to each
 * node every 200 ms, from a process of its own, so the load generator's own busy event loop does
 * not count as the nodes' delay. Node URLs are the arguments; on SIGTERM it prints one JSON line,
 * per node: {ok, failed, worst, slowRun, unhealthyMs, slowAt}:
 * - failed: no 200 within 10 s; worst: the slowest answer (ms);
 * - slowRun: the most probes in a row that failed or took over 1 s (a Kubernetes readiness probe's
 *   default timeout);
 * - unhealthyMs: the longest time a node looked unhealthy, from the sending of the first such probe
 *   to the sending of the next one answered within 1 s. What a balancer acts on: a readiness probe
 *   at its tightest (every 1 s, 1 s timeout, three failures) takes a node out after ~3 s of it, the
 *   default one (every 10 s) after ~30 s;
 * - slowAt: when the slow probes were sent, in seconds from the start.
 */
import http from "node:http";

const urls = process.argv.slice(2);
const SLOW_MS = 1000;
const began = performance.now();
const tallies = urls.map(() => ({
  ok: 0,
  failed: 0,
  worst: 0,
  slowRun: 0,
  unhealthyMs: 0,
  slowAt: [] as number[],
  run: 0,
  /** When the current run of slow probes began (the first one's sending), or null. */
  runSince: null as number | null,
}));
const agent = new http.Agent({ keepAlive: true });

const probe = (url: string, i: number) => {
  const started = performance.now();
  const tally = tallies[i] as (typeof tallies)[number];
  const done = (ok: boolean) => {
    const ms = performance.now() - started;
    if (ok) tally.ok++;
    else tally.failed++;
    tally.worst = Math.max(tally.worst, ms);
    // Probes overlap when a node is slow; a run counts them in the order they end.
    if (ok && ms <= SLOW_MS) {
      if (tally.runSince !== null) tally.unhealthyMs = Math.max(tally.unhealthyMs, started - tally.runSince);
      tally.run = 0;
      tally.runSince = null;
      return;
    }
    tally.run++;
    tally.slowRun = Math.max(tally.slowRun, tally.run);
    tally.runSince = Math.min(tally.runSince ?? started, started);
    tally.slowAt.push(Math.round((started - began) / 100) / 10);
  };
  const req = http.get(new URL("/api/health", url), { agent, timeout: 10_000 }, (res) => {
    res.resume();
    res.on("end", () => done(res.statusCode === 200));
  });
  req.on("timeout", () => req.destroy(new Error("timeout")));
  req.on("error", () => done(false));
};

const timer = setInterval(() => urls.forEach(probe), 200);
process.on("SIGTERM", () => {
  clearInterval(timer);
  const now = performance.now();
  const out = tallies.map(({ run: _, runSince, ...t }) => ({
    ...t,
    worst: Math.round(t.worst),
    unhealthyMs: Math.round(runSince === null ? t.unhealthyMs : Math.max(t.unhealthyMs, now - runSince)),
  }));
  console.log(JSON.stringify(out));
  process.exit(0);
});
console.log("ready");
