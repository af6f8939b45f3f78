import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseLockedError, LOCK_FILE, lockDataFolder } from "../src/db/lock.ts";

/** The pid of a process that has certainly exited (a child we ran to completion). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

describe("the data folder lock", () => {
  const root = mkdtempSync(join(tmpdir(), "spotter-lockfile-"));
  let n = 0;
  const folder = () => {
    const dir = join(root, String(n++));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    return dir;
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("refuses a second holder, naming the first and what to do, and frees the folder on release", () => {
    const dir = folder();
    const first = lockDataFolder(dir);
    first.describe({ url: "http://localhost:3999" });
    const second = (() => {
      try {
        lockDataFolder(dir);
      } catch (error) {
        return error;
      }
    })();
    expect(second).toBeInstanceOf(DatabaseLockedError);
    expect((second as Error).message).toContain(`pid ${process.pid}`);
    expect((second as Error).message).toContain("http://localhost:3999");
    expect((second as Error).message).toMatch(/Stop that process first/);
    first.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataFolder(dir).release();
  });

  it("takes over a lock whose process is gone, and a half-written lock", () => {
    const dir = folder();
    const stale = { pid: deadPid(), pidStart: null, host: hostname(), command: "spotter start", since: "then" };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(stale));
    const lock = lockDataFolder(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    lock.release();
    writeFileSync(join(dir, LOCK_FILE), '{"pid":');
    lockDataFolder(dir).release();
  });

  it("treats a reused pid (same number, other start time) as stale", () => {
    const dir = folder();
    const reused = { pid: process.pid, pidStart: "1", host: hostname(), command: "spotter start", since: "then" };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(reused));
    if (!existsSync(`/proc/${process.pid}/stat`)) return; // only Linux records start times
    lockDataFolder(dir).release();
  });

  it("a lock from another host is respected (it cannot be checked from here)", () => {
    const dir = folder();
    const remote = { pid: 1, pidStart: null, host: `${hostname()}-other`, command: "spotter start", since: "then" };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(remote));
    expect(() => lockDataFolder(dir)).toThrow(DatabaseLockedError);
  });

  it("release leaves a lock alone that another process took after ours", () => {
    const dir = folder();
    const lock = lockDataFolder(dir);
    const other = { pid: 1, pidStart: null, host: hostname(), command: "spotter demo", since: "now" };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(other));
    lock.release();
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).command).toBe("spotter demo");
  });
});
