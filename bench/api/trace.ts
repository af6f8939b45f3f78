/**
 * Where a latency tail comes from (issue 12, `BENCH_TRACE=1` in bench/api/mixed.ts). Both the load
 * generator and the server record, on the machine's wall clock (performance.timeOrigin + now, so
 * the two processes' timelines line up): their garbage-collection pauses (PerformanceObserver
 * 'gc') and their event-loop stalls (a 5 ms timer firing late). The server also records each
 * request's time inside the process (HTTP request parsed → response finished) and the pool's
 * waiting count. The report then asks, for every slow request of the client, what overlapped it.
 */
import { PerformanceObserver } from "node:perf_hooks";

/** [start epoch ms, duration ms, label] */
export type Span = [number, number, string];
/** cpu: [epoch ms, this process's CPU ms since the previous sample, ""] every 250 ms. */
export type StallTrace = { gcs: Span[]; stalls: Span[]; cpu: Span[] };

const TICK_MS = 5;
/** A timer more than this late counts as a stall (the loop was busy or paused). */
const STALL_MS = 10;

const epoch = (t: number) => performance.timeOrigin + t;

/** Starts recording GC pauses and event-loop stalls of this process; `stop` returns them. */
export function startStallTrace(): { stop(): StallTrace & { cpuMs: number } } {
  const cpu0 = process.cpuUsage();
  const gcs: Span[] = [];
  const stalls: Span[] = [];
  const kinds: Record<number, string> = {
    1: "scavenge",
    2: "mark-compact",
    4: "incremental",
    8: "weak-cb",
    16: "minor-mc",
  };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0;
      gcs.push([epoch(e.startTime), e.duration, kinds[kind] ?? String(kind)]);
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  const cpuSamples: Span[] = [];
  let cpuLast = process.cpuUsage();
  const cpuTimer = setInterval(() => {
    const d = process.cpuUsage(cpuLast);
    cpuLast = process.cpuUsage();
    cpuSamples.push([nowEpoch(), (d.user + d.system) / 1000, ""]);
  }, 250);
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const late = now - last - TICK_MS;
    if (late > STALL_MS) stalls.push([epoch(last + TICK_MS), late, "loop"]);
    last = now;
  }, TICK_MS);
  return {
    stop() {
      observer.disconnect();
      clearInterval(timer);
      clearInterval(cpuTimer);
      const cpuAll = process.cpuUsage(cpu0);
      return { gcs, stalls, cpu: cpuSamples, cpuMs: (cpuAll.user + cpuAll.system) / 1000 };
    },
  };
}

export const nowEpoch = () => epoch(performance.now());

const overlaps = (a: Span, b: Span) => a[0] < b[0] + b[1] && b[0] < a[0] + a[1];
const sum = (xs: Span[]) => xs.reduce((n, s) => n + s[1], 0);
const top = (xs: Span[], n: number) =>
  [...xs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map((s) => `${s[1].toFixed(0)}${s[2] === "loop" ? "" : ` ${s[2]}`}`)
    .join(", ");

/**
 * Prints what overlapped the client's slow requests (> `slowMs`): a server GC pause or event-loop
 * stall, a client one, or neither; and how much of each slow request the server spent inside.
 */
export function reportTail(
  label: string,
  client: StallTrace & { requests: Span[]; cpuMs: number },
  server: StallTrace & { requests: Span[]; poolWaits: Span[]; poolSizes: Span[] },
  slowMs = 100,
) {
  const seconds = Math.max(1, (Math.max(...client.requests.map((r) => r[0])) - client.requests[0]![0]) / 1000);
  const line = (who: string, t: StallTrace) =>
    `  ${who}: GC ${t.gcs.length} pauses, ${(sum(t.gcs) / seconds).toFixed(1)} ms/s, longest ${top(t.gcs, 5)}; ` +
    `loop stalls > ${STALL_MS} ms: ${t.stalls.length}, ${(sum(t.stalls) / seconds).toFixed(1)} ms/s, longest ${top(t.stalls, 5)}`;
  console.log(
    `\n  trace of ${label} over ${seconds.toFixed(1)} s; the load generator's CPU ${(client.cpuMs / client.requests.length).toFixed(2)} ms/req`,
  );
  console.log(line("server", server));
  console.log(line("client", client));
  const slow = client.requests.filter((r) => r[1] > slowMs);
  const bigServerGc = server.gcs.filter((g) => g[1] > 10);
  const count = (pred: (r: Span) => boolean) => slow.filter(pred).length;
  const pct = (n: number) => `${n} (${((100 * n) / Math.max(1, slow.length)).toFixed(0)}%)`;
  const serverStall = (r: Span) => server.stalls.some((s) => s[1] > 20 && overlaps(r, s));
  const clientStall = (r: Span) => client.stalls.some((s) => s[1] > 20 && overlaps(r, s));
  const poolWait = (r: Span) => server.poolWaits.some((s) => overlaps(r, s));
  console.log(
    `  slow requests (> ${slowMs} ms): ${slow.length} of ${client.requests.length}; overlapping a server GC > 10 ms ` +
      `${pct(count((r) => bigServerGc.some((g) => overlaps(r, g))))}, a server loop stall > 20 ms ${pct(count(serverStall))}, ` +
      `a client loop stall > 20 ms ${pct(count(clientStall))}, pool waiters ${pct(count(poolWait))}, ` +
      `none of these ${pct(count((r) => !serverStall(r) && !clientStall(r) && !poolWait(r)))}`,
  );
  // Time inside the server for the slow requests: matched by name and start (the server sees the
  // request within the client's span).
  const byName = new Map<string, Span[]>();
  for (const s of server.requests) byName.set(s[2], [...(byName.get(s[2]) ?? []), s]);
  const inside: number[] = [];
  for (const r of slow) {
    const m = (byName.get(r[2]) ?? []).find((s) => s[0] >= r[0] - 1 && s[0] + s[1] <= r[0] + r[1] + 1);
    if (m) inside.push(m[1] / r[1]);
  }
  inside.sort((a, b) => a - b);
  if (inside.length)
    console.log(
      `  share of a slow request spent inside the server (parsed → finished): median ${(100 * inside[Math.floor(inside.length / 2)]!).toFixed(0)}%` +
        ` (${inside.length} matched)`,
    );
  // Second by second: is the tail spread over the phase or one episode?
  const t0 = client.requests[0]![0];
  const msIn = (xs: Span[], a: number, b: number) => sum(xs.filter((x) => x[0] >= a && x[0] < b));
  for (let a = t0; a < t0 + seconds * 1000; a += 1000) {
    const lat = client.requests.filter((r) => r[0] >= a && r[0] < a + 1000).map((r) => r[1]);
    lat.sort((x, y) => x - y);
    const q = (p: number) => (lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? 0).toFixed(0);
    const pool = server.poolSizes.filter((x) => x[0] < a + 1000).at(-1)?.[2] ?? "?";
    console.log(
      `  second ${((a - t0) / 1000).toFixed(0)}: ${lat.length} sent, p50 ${q(0.5)} p99 ${q(0.99)} max ${q(1)} ms; server CPU ${msIn(server.cpu, a + 250, a + 1250).toFixed(0)} ms, GC ${msIn(server.gcs, a, a + 1000).toFixed(0)} ms, ` +
        `stalls ${msIn(server.stalls, a, a + 1000).toFixed(0)} ms, pool ${pool} connections; client GC ${msIn(client.gcs, a, a + 1000).toFixed(0)} ms, stalls ${msIn(client.stalls, a, a + 1000).toFixed(0)} ms`,
    );
  }
  // The worst 100 ms windows: client p99-ish (max) vs what happened in them.
  const bins = new Map<number, { max: number; n: number }>();
  for (const r of client.requests) {
    const k = Math.floor(r[0] / 100);
    const b = bins.get(k) ?? { max: 0, n: 0 };
    b.max = Math.max(b.max, r[1]);
    b.n++;
    bins.set(k, b);
  }
  const worst = [...bins.entries()].sort((a, b) => b[1].max - a[1].max).slice(0, 5);
  for (const [k, b] of worst) {
    const w: Span = [k * 100, 100 + b.max, ""];
    const desc = (t: StallTrace) =>
      `gc ${sum(t.gcs.filter((g) => overlaps(w, g))).toFixed(0)} ms, stalls ${sum(t.stalls.filter((g) => overlaps(w, g))).toFixed(0)} ms`;
    console.log(
      `  t=${((k * 100 - t0) / 1000).toFixed(1)} s: ${b.n} sent, slowest ${b.max.toFixed(0)} ms; server ${desc(server)}, ` +
        `max pool waiters ${Math.max(0, ...server.poolWaits.filter((g) => overlaps(w, g)).map((g) => Number(g[2])))}; client ${desc(client)}`,
    );
  }
}
