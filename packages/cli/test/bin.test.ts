import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, "../bin/spotter.js");

describe("the spotter binary", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "spotter-bin-"));
  const env = { ...process.env, SPOTTER_DATA_DIR: dataDir, DATABASE_URL: "" };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("lists its commands", async () => {
    const { stdout } = await run(process.execPath, [BIN, "--help"], { env });
    for (const command of ["start", "serve", "migrate", "demo", "backup", "restore"]) expect(stdout).toContain(command);
  });

  it("migrates, creates the demo and prints its login, backs up", async () => {
    expect((await run(process.execPath, [BIN, "migrate"], { env })).stdout).toContain("Migrations applied");
    const demo = await run(process.execPath, [BIN, "demo"], { env });
    expect(demo.stdout).toMatch(/Sign in as:\s+demo@spotter\.local/);
    expect(demo.stdout).toMatch(/Password:\s+\S{12}/);
    const backup = await run(process.execPath, [BIN, "backup", join(dataDir, "b.gz")], { env });
    expect(backup.stdout).toMatch(/Backed up \d+ rows/);
    const refused = await run(process.execPath, [BIN, "restore", join(dataDir, "b.gz")], { env }).catch((e) => e);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("not empty");
  });
});
