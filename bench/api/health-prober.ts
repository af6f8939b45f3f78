/**
 * Health checks of bench/api/morning-rush.ts, as a load balancer sends them: GET /api/health to each
 * node every 200 ms, from a process of its own, so the load generator's own busy event loop does
 * not count as the nodes' delay. Node URLs are the arguments; on SIGTERM it prints one JSON line,
 * per node: {ok, failed, worst, slowRun} (failed: no 200 within 10 s; worst in ms; slowRun: the
 * most probes in a row that failed or took over 1 s, a Kubernetes readiness probe's default
 * timeout: with its default failure threshold, three in a row take a node out of rotation;
 * slowAt: when those probes were sent, in seconds from the start).
 */
import http from "node:http";

const urls = process.argv.slice(2);
const SLOW_MS = 1000;
const began = performance.now();
const tallies = urls.map(() => ({ ok: 0, failed: 0, worst: 0, slowRun: 0, run: 0, slowAt: [] as number[] }));
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
    tally.run = ok && ms <= SLOW_MS ? 0 : tally.run + 1;
    tally.slowRun = Math.max(tally.slowRun, tally.run);
    if (tally.run > 0) tally.slowAt.push(Math.round((started - began) / 100) / 10);
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
  console.log(JSON.stringify(tallies.map(({ run: _, ...t }) => ({ ...t, worst: Math.round(t.worst) }))));
  process.exit(0);
});
console.log("ready");
