/**
 * Messaging benchmark (issue 14): BENCH_STREAMS open live-update streams (default 1,000: 100 coach
 * inbox streams that see every thread, the rest spread over the clients' own thread streams, like
 * several open tabs each), BENCH_RATE messages per second (default 50) posted by the clients in
 * turn for BENCH_SECONDS (default 20), on PostgreSQL (every event goes through NOTIFY/LISTEN).
 * Delivery latency = from just before the POST leaves to the event parsed at each stream that
 * must get it (one clock: streams and poster share this process). Baseline in the same run: the
 * same posting with no stream open (post latency, server RSS), then again with the streams.
 *
 *   npx tsx bench/messaging/run.ts
 * Target (issue 14): delivery p99 <= 200 ms on PostgreSQL; server RSS reported.
 *
 * Before/after in one run: BENCH_BEFORE=<commit> (and BENCH_AFTER=<commit>, else this checkout)
 * extracts that commit's packages/server into a temporary folder and runs the whole bench against
 * it, then against the other, then both again (ABAB: the shared machine's load drifts); each pass
 * prints its load average.
 */
import { type ChildProcess, execSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";

const STREAMS = Number(process.env.BENCH_STREAMS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const INBOX_STREAMS = Math.min(100, Math.floor(STREAMS / 10));

type Login = { cookie: string; csrf: string; clientId?: string };
type Setup = { url: string; owner: Login; clients: (Login & { clientId: string })[] };

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN) : Number.NaN;
};
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

function startServer(serverSrc?: string): Promise<{ child: ChildProcess; setup: Setup }> {
  const child = spawn(
    process.execPath,
    ["--max-semi-space-size=64", "--import", "tsx", new URL("./server.ts", import.meta.url).pathname],
    {
      stdio: ["ignore", "pipe", "inherit", "ipc"],
      env: serverSrc ? { ...process.env, BENCH_SERVER_SRC: serverSrc } : process.env,
    },
  );
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once("line", (line) => resolve({ child, setup: JSON.parse(line) as Setup }));
    child.once("exit", (code) => reject(new Error(`bench server exited ${code}`)));
  });
}

const rssOf = (child: ChildProcess) =>
  new Promise<number>((resolve) => {
    child.once("message", (m) => resolve((m as { rss: number }).rss));
    child.send("rss");
  });

/** Sent-at times by message body; each stream records the delay when the event arrives. */
const sentAt = new Map<string, number>();
const delays: number[] = [];
/** Each delivery's message and arrival time, and when each POST's answer came back. */
const arrivals: [string, number][] = [];
const answeredAt = new Map<string, number>();
/** Posts not accepted, by status. */
const refused = new Map<number, number>();

async function openStream(url: string, cookie: string, ready: () => void, abort: AbortSignal) {
  const res = await fetch(url, { headers: { accept: "text/event-stream", cookie }, signal: abort });
  if (res.status !== 200 || !res.body) throw new Error(`stream ${url}: ${res.status}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut = buffer.indexOf("\n\n");
        while (cut >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (block.startsWith("event: ready")) ready();
          else if (block.startsWith("event: message")) {
            const at = performance.now();
            const data = block.slice(block.indexOf("data: ") + 6);
            const body = /"body":"(bench:[0-9]+)"/.exec(data)?.[1];
            const t0 = body ? sentAt.get(body) : undefined;
            if (t0 !== undefined && body) {
              delays.push(at - t0);
              arrivals.push([body, at]);
            }
          }
          cut = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // aborted at the end
    }
  })();
}

/** Posts RATE messages a second for SECONDS, clients in turn; returns the POST latencies. */
async function postPhase(setup: Setup, label: string): Promise<number[]> {
  const latencies: number[] = [];
  const total = RATE * SECONDS;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const c = setup.clients[i % setup.clients.length] as Login;
    const body = `bench:${label}${i}`.replace(/[^a-z0-9:]/g, "");
    const t0 = performance.now();
    sentAt.set(body, t0);
    pending.push(
      fetch(`${setup.url}/api/me/messages`, {
        method: "POST",
        headers: { cookie: c.cookie, "x-csrf-token": c.csrf, "content-type": "application/json" },
        body: JSON.stringify({ body }),
      })
        .catch(() => null)
        .then(async (res) => {
          if (!res) {
            // A connection the loaded server did not accept in time: counted as refused (status 0).
            refused.set(0, (refused.get(0) ?? 0) + 1);
            sentAt.delete(body);
            return;
          }
          await res.arrayBuffer();
          // A refusal (503 overloaded from the admission control) is counted, not delivered.
          if (res.status !== 201) {
            refused.set(res.status, (refused.get(res.status) ?? 0) + 1);
            sentAt.delete(body);
            return;
          }
          const done = performance.now();
          answeredAt.set(body, done);
          latencies.push(done - t0);
        }),
    );
  }
  await Promise.all(pending);
  return latencies;
}

async function runPass(label: string, serverSrc?: string): Promise<Summary> {
  sentAt.clear();
  delays.length = 0;
  arrivals.length = 0;
  answeredAt.clear();
  refused.clear();
  const { child, setup } = await startServer(serverSrc);
  try {
    const load = loadavg()
      .map((x) => x.toFixed(1))
      .join(" ");
    console.log(
      `\n[${label}] messaging bench on PostgreSQL: ${setup.clients.length} clients, ${STREAMS} streams, ${RATE} msg/s x ${SECONDS} s; load average ${load}`,
    );
    const idleRss = await rssOf(child);

    // Baseline: the same posting, no stream open.
    const base = await postPhase(setup, "0");
    const baseRefused = [...refused.entries()];
    refused.clear();
    const baseRss = await rssOf(child);

    // Streams: the coach's inbox (sees every message) and the clients' own threads.
    // Opened 32 at a time, each waited for until its `ready`: the server's admission control
    // (http/overload.ts) answers 503 to a burst beyond its queue, as it should.
    const abort = new AbortController();
    let next = 0;
    const worker = async () => {
      while (next < STREAMS) {
        const i = next++;
        const c = i < INBOX_STREAMS ? setup.owner : (setup.clients[i % setup.clients.length] as Login);
        const path = i < INBOX_STREAMS ? "/api/messages/stream" : "/api/me/messages/stream";
        await new Promise<void>((ready, fail) => {
          openStream(`${setup.url}${path}`, c.cookie, ready, abort.signal).catch(fail);
        });
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    const connectedRss = await rssOf(child);
    const expectedPerMessage = (i: number) => {
      const clientIndex = i % setup.clients.length;
      let n = INBOX_STREAMS;
      for (let s = INBOX_STREAMS; s < STREAMS; s++) if (s % setup.clients.length === clientIndex) n++;
      return n;
    };
    const live = await postPhase(setup, "1");
    // Let the last events arrive (bounded wait: whatever has not arrived after 5 s counts as lost).
    const expected = Array.from({ length: RATE * SECONDS }, (_, i) => i)
      .filter((i) => sentAt.has(`bench:1${i}`))
      .reduce((sum, i) => sum + expectedPerMessage(i), 0);
    const deadline = performance.now() + 5000;
    while (delays.length < expected && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const liveRss = await rssOf(child);
    abort.abort();

    const row = (name: string, xs: number[]) =>
      `${name.padEnd(34)} n=${String(xs.length).padStart(6)}  p50=${pct(xs, 50).toFixed(1)} ms  p99=${pct(xs, 99).toFixed(1)} ms  max=${pct(xs, 100).toFixed(1)} ms`;
    console.log(row("POST latency, no streams (baseline)", base));
    console.log(row(`POST latency, ${STREAMS} streams`, live));
    console.log(row("delivery (post start -> event)", delays));
    // The fan-out's own share: arrival minus the moment the poster got its 201 (negative when the
    // event beat the HTTP answer), i.e. what live delivery adds on top of the write itself.
    const afterAnswer = arrivals.map(([body, at]) => at - (answeredAt.get(body) ?? at));
    console.log(row("delivery after the POST's answer", afterAnswer));
    console.log(
      `posts refused: baseline ${JSON.stringify(baseRefused)}, with streams ${JSON.stringify([...refused.entries()])} (status, count)`,
    );
    console.log(
      `deliveries: ${delays.length} of ${expected} expected (${((100 * delays.length) / expected).toFixed(2)} %)`,
    );
    console.log(
      `server RSS: idle ${mb(idleRss)}, after baseline ${mb(baseRss)}, ${STREAMS} streams connected ${mb(connectedRss)}, after live phase ${mb(liveRss)}`,
    );
    console.log(
      `ratios: POST p99 with/without streams ${(pct(live, 99) / pct(base, 99)).toFixed(2)}; RSS per stream ${((connectedRss - baseRss) / STREAMS / 1024).toFixed(1)} KB`,
    );
    return {
      label,
      load,
      postP99Base: pct(base, 99),
      postP99Live: pct(live, 99),
      deliveryP50: pct(delays, 50),
      deliveryP99: pct(delays, 99),
      delivered: delays.length / Math.max(1, expected),
      rss: liveRss,
    };
  } finally {
    child.send("stop");
  }
}

type Summary = {
  label: string;
  load: string;
  postP99Base: number;
  postP99Live: number;
  deliveryP50: number;
  deliveryP99: number;
  delivered: number;
  rss: number;
};

const before = process.env.BENCH_BEFORE;
const after = process.env.BENCH_AFTER;
const root = new URL("../..", import.meta.url).pathname;
/** A commit's packages/server beside this checkout's node_modules (its imports resolve there). */
function extract(commit: string): { src: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "spotter-bench-server-"));
  execSync(`git -C ${root} archive ${commit} packages/server | tar -x -C ${dir}`);
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  return { src: join(dir, "packages/server/src/index.ts"), dir };
}
const summaries: Summary[] = [];
if (!before) summaries.push(await runPass("this checkout"));
else {
  const a = extract(before);
  // BENCH_AFTER: a commit too (this checkout may hold other people's unfinished edits).
  const b = after ? extract(after) : null;
  try {
    for (const round of [1, 2]) {
      summaries.push(await runPass(`before (${before}) #${round}`, a.src));
      summaries.push(await runPass(`after (${after ?? "this checkout"}) #${round}`, b?.src));
    }
  } finally {
    for (const d of [a, b]) if (d) rmSync(d.dir, { recursive: true, force: true });
  }
}
console.log("\nsummary (ms; load average 1/5/15 min at the start of each pass)");
for (const s of summaries)
  console.log(
    `${s.label.padEnd(34)} load ${s.load.padEnd(16)} POST p99 ${s.postP99Base.toFixed(0)} (no streams) / ${s.postP99Live.toFixed(0)} (streams)  delivery p50 ${s.deliveryP50.toFixed(0)} p99 ${s.deliveryP99.toFixed(0)}  delivered ${(100 * s.delivered).toFixed(1)} %  RSS ${mb(s.rss)}`,
  );
