import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { amcheck } from "@electric-sql/pglite/contrib/amcheck";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Issue 11: `spotter demo` while `spotter start` served the same PGlite folder corrupted it in 3 of
 * 3 trials. Here every other command runs against a live server's folder at the same time, as real
 * processes; each must refuse (naming the server and what to do), the server must keep answering,
 * and afterwards PostgreSQL's own checker (amcheck) must find every index and table intact.
 */
const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, "../bin/spotter.js");

type Outcome = { code: number; stdout: string; stderr: string };
const spotter = (args: string[], env: NodeJS.ProcessEnv): Promise<Outcome> =>
  run(process.execPath, [BIN, ...args], { env }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

/** Starts `spotter start` and resolves with its URL once it listens. */
function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, "start", "--host", "127.0.0.1"], { env });
  return new Promise((done, fail) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) done({ child, url });
    });
    child.stderr.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once("exit", (code) => fail(new Error(`spotter start exited ${code}: ${out}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode);
    else child.once("exit", (code) => done(code));
  });

/** amcheck over every B-tree index (with heap cross-check) and every table of the public schema. */
async function checkIntegrity(dataDir: string) {
  const pg = await PGlite.create(dataDir, { extensions: { amcheck } });
  try {
    await pg.exec("create extension if not exists amcheck");
    const indexes = await pg.query<{ name: string }>(
      `select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid
       join pg_am a on a.oid = c.relam join pg_namespace n on n.oid = c.relnamespace
       where a.amname = 'btree' and n.nspname = 'public'`,
    );
    for (const { name } of indexes.rows) await pg.query(`select bt_index_check('public."${name}"'::regclass, true)`);
    const heapProblems = await pg.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace,
       lateral verify_heapam(c.oid) where n.nspname = 'public' and c.relkind = 'r'`,
    );
    const orgs = await pg.query<{ name: string }>("select name from organizations order by name");
    return { indexes: indexes.rows.length, heapProblems: heapProblems.rows[0]?.n, orgs: orgs.rows.map((r) => r.name) };
  } finally {
    await pg.close();
  }
}

describe("one writer per embedded database", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "spotter-lock-"));
  const env = { ...process.env, SPOTTER_DATA_DIR: dataDir, DATABASE_URL: "", PORT: "0", SPOTTER_JOBS: "0" };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("demo, backup, restore and migrate refuse while start serves the folder; the data stays intact", async () => {
    // A populated folder first (the demo), and a backup to try restoring while the server runs.
    expect((await spotter(["demo"], env)).code).toBe(0);
    const backupFile = join(dataDir, "..", `${dataDir.split("/").pop()}.gz`);
    expect((await spotter(["backup", backupFile], env)).code).toBe(0);

    const { child, url } = await startServer(env);
    let others: Outcome[] = [];
    try {
      const signups = Array.from({ length: 5 }, (_, i) =>
        fetch(`${url}/api/auth/signup`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            organizationName: `Concurrent ${i}`,
            name: "Owner",
            email: `lock-${i}@example.com`,
            password: "a long enough password",
          }),
        }).then((r) => r.status),
      );
      others = await Promise.all([
        spotter(["demo"], env),
        spotter(["backup", join(dataDir, "..", "while-running.gz")], env),
        spotter(["restore", "--force", backupFile], env),
        spotter(["migrate"], env),
        spotter(["demo"], env),
      ]);
      for (const outcome of others) {
        expect(outcome.code).toBe(1);
        expect(outcome.stderr).toContain(`in use by the Spotter server at ${url}`);
        expect(outcome.stderr).toMatch(/Stop that process first/);
        expect(outcome.stderr).toContain("running server's API");
      }
      expect(await Promise.all(signups)).toEqual([201, 201, 201, 201, 201]);
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      child.kill("SIGTERM");
      expect(await exited(child)).toBe(0);
    }
    expect(existsSync(join(dataDir, "spotter.lock"))).toBe(false);
    rmSync(backupFile, { force: true });

    const check = await checkIntegrity(dataDir);
    console.log(
      `lock trial: ${others.length} concurrent commands refused (exit codes ${others.map((o) => o.code).join(",")}); ` +
        `amcheck: ${check.indexes} B-tree indexes checked, ${check.heapProblems} heap problems; ${check.orgs.length} organizations`,
    );
    expect(check.indexes).toBeGreaterThan(20);
    expect(check.heapProblems).toBe(0);
    expect(check.orgs).toContain("Spotter Demo Gym");
    expect(check.orgs.filter((n) => n.startsWith("Concurrent "))).toHaveLength(5);
  });

  it("a lock left by a killed server does not block the folder", async () => {
    const { child } = await startServer(env);
    child.kill("SIGKILL");
    await exited(child);
    expect(existsSync(join(dataDir, "spotter.lock"))).toBe(true);
    const migrate = await spotter(["migrate"], env);
    expect(migrate.stderr).toBe("");
    expect(migrate.code).toBe(0);
    expect(existsSync(join(dataDir, "spotter.lock"))).toBe(false);
  });
});
