/**
 * CPU per process for the triage benchmark: Node's own (process.cpuUsage) and the PostgreSQL
 * backends serving the benchmark's database, read from /proc/<pid>/stat (utime + stime). The
 * server is local; pg_stat_statements is not loaded on it, and /proc counts planning, JSON
 * building and protocol output alike. Backends are found by database name in pg_stat_activity
 * before and after a phase; one that exits during the phase is missed (the pool keeps its
 * connections while busy). On PGlite the database runs inside Node, so Node's figure is all of it.
 */
import { readFileSync } from "node:fs";
import type { Database } from "@spotter/server";

const TICK_MS = 10; // USER_HZ is 100 on Linux

function backendTicks(pid: number): number | null {
  try {
    // Fields after the command name (which may contain spaces) start at ")"; utime and stime are 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(f[11]) + Number(f[12]);
  } catch {
    return null;
  }
}

export type CpuSample = { node: NodeJS.CpuUsage; pg: Map<number, number> };
export type CpuSpent = { nodeMs: number; pgMs: number | null };

async function backendPids(database: Database): Promise<number[]> {
  if (database.kind === "pglite") return [];
  const rows = await database.query<{ pid: number }>(
    "select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend'",
  );
  return rows.map((r) => Number(r.pid));
}

export async function cpuSample(database: Database): Promise<CpuSample> {
  const pg = new Map<number, number>();
  for (const pid of await backendPids(database)) {
    const t = backendTicks(pid);
    if (t !== null) pg.set(pid, t);
  }
  return { node: process.cpuUsage(), pg };
}

/** CPU spent since `before`, Node and PostgreSQL apart (PostgreSQL null on PGlite). */
export async function cpuSince(database: Database, before: CpuSample): Promise<CpuSpent> {
  const node = process.cpuUsage(before.node);
  const nodeMs = (node.user + node.system) / 1000;
  if (database.kind === "pglite") return { nodeMs, pgMs: null };
  let ticks = 0;
  for (const pid of await backendPids(database)) {
    const t = backendTicks(pid);
    if (t !== null) ticks += t - (before.pg.get(pid) ?? 0);
  }
  return { nodeMs, pgMs: ticks * TICK_MS };
}

/** The 1-, 5- and 15-minute load averages, as the kernel reports them. */
export function loadAverage(): string {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "n/a";
  }
}
