import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { systemClock } from "../programming/clock.ts";

/**
 * One writer per embedded database. PGlite has no postmaster: two processes that open one data
 * folder each believe they own it and corrupt it (damaged indexes, lost rows). So whoever opens a
 * folder first holds `spotter.lock` inside it, created with O_EXCL (atomic on local filesystems),
 * holding its pid, the start time of that pid and what it is running. A lock whose process is gone
 * (kill -9, power loss) is stale and is taken over, so a crash never blocks the folder for good.
 */
export const LOCK_FILE = "spotter.lock";

export type LockInfo = {
  pid: number;
  /** The kernel's start time of `pid` (Linux /proc), so a reused pid is not mistaken for the holder. */
  pidStart: string | null;
  host: string;
  command: string;
  since: string;
  /** The URL of the server holding the folder, once it listens. */
  url?: string;
};

export class DatabaseLockedError extends Error {
  readonly holder: LockInfo;
  constructor(dataDir: string, holder: LockInfo) {
    const what = holder.url ? `the Spotter server at ${holder.url}` : `another Spotter process (${holder.command})`;
    super(
      `the database in ${dataDir} is in use by ${what}, pid ${holder.pid} on ${holder.host}, since ${holder.since}. ` +
        "Only one process may open an embedded database at a time. Stop that process first (Ctrl+C in its terminal, " +
        `or \`kill ${holder.pid}\`) and run this again${holder.url ? `, or do it through the running server's API at ${holder.url}` : ""}.`,
    );
    this.name = "DatabaseLockedError";
    this.holder = holder;
  }
}

export type FolderLock = {
  path: string;
  /** Adds the serving URL to the lock so a refused second process can point at the server. */
  describe: (extra: { url: string }) => void;
  release: () => void;
};

function processStart(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat (after the parenthesised command name, which may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(info: LockInfo): boolean {
  // Another machine (a shared network folder): we cannot tell, so the lock is treated as held.
  if (info.host !== hostname()) return true;
  try {
    process.kill(info.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const start = processStart(info.pid);
  return info.pidStart === null || start === null || start === info.pidStart;
}

function readLock(path: string): { raw: string; info: LockInfo | null } | null {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const info = JSON.parse(raw) as LockInfo;
    return { raw, info: typeof info.pid === "number" ? info : null };
  } catch {
    // A half-written lock (the writer died between create and write) is stale.
    return { raw, info: null };
  }
}

function tryCreate(path: string, info: LockInfo): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx", 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(info));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock without ever removing a live one: the file is moved aside and only deleted
 * if it is still the stale content we judged; if another process had replaced it in between, it is
 * linked back (link never overwrites) and we re-evaluate.
 */
function breakStale(path: string, staleRaw: string): void {
  const aside = `${path}.${process.pid}.${systemClock.now().getTime()}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = readFileSync(aside, "utf8");
  if (moved !== staleRaw) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone created a fresh lock meanwhile; theirs stands, ours was not live anyway.
    }
  }
  unlinkSync(aside);
}

const held = new Set<string>();

/** Takes the folder's lock or throws DatabaseLockedError naming the holder and what to do. */
export function lockDataFolder(dataDir: string): FolderLock {
  const path = join(dataDir, LOCK_FILE);
  const info: LockInfo = {
    pid: process.pid,
    pidStart: processStart(process.pid),
    host: hostname(),
    command: describeCommand(),
    since: systemClock.now().toISOString(),
  };
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(path, info)) break;
    const current = readLock(path);
    if (!current) continue; // released between our create and read
    if (current.info && (held.has(path) || isAlive(current.info))) throw new DatabaseLockedError(dataDir, current.info);
    if (attempt >= 5) throw new Error(`could not take the lock ${path}; remove it if no Spotter process is running`);
    breakStale(path, current.raw);
  }
  held.add(path);
  let mine = JSON.stringify(info);
  const onExit = () => release();
  process.once("exit", onExit);
  function release() {
    if (!held.delete(path)) return;
    process.removeListener("exit", onExit);
    // Delete only our own lock (never one a later process took after ours was judged stale).
    if (readLock(path)?.raw === mine) unlinkSync(path);
  }
  return {
    path,
    release,
    describe: (extra) => {
      if (!held.has(path)) return;
      const next = JSON.stringify({ ...info, ...extra });
      // Rewrite in place through a temporary file; rename is atomic, so readers never see half a lock.
      const tmp = `${path}.${process.pid}.tmp`;
      const fd = openSync(tmp, "w", 0o600);
      try {
        writeSync(fd, next);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, path);
      mine = next;
    },
  };
}

function describeCommand(): string {
  const args = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const script = process.argv[1] ?? "";
  return script.includes("spotter") && args[0] ? `spotter ${args[0]}` : `node ${script.split("/").pop() ?? ""}`.trim();
}
