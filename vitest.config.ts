import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// One project per package, and web split in two. Server, cli and web-e2e tests start real
// databases and a real Chromium, so they get longer timeouts; nothing here sleeps or depends on
// wall-clock speed. engine, contracts and web-unit touch no database: `.ci/run` runs them once,
// and only the database-backed projects once per database.
const ROOT = dirname(fileURLToPath(import.meta.url));

/** Test files under `folders` (relative to this file), as paths relative to it. */
const testFiles = (...folders: string[]): string[] =>
  folders.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".test.ts"))
      .map((name) => join(folder, name)),
  );
const mocksAModule = (file: string) => readFileSync(join(ROOT, file), "utf8").includes("vi.mock(");

/**
 * Server test files that vi.mock a module, found by reading them, so a new one cannot leak its mock
 * into the files after it: they run in "server-isolated" (see the server project).
 */
const MOCKING_MODULES = testFiles("packages/server/src", "packages/server/test").filter(mocksAModule);
// The cli project shares modules too and has no isolated twin: say so rather than leak a mock.
const cliMocking = testFiles("packages/cli/src", "packages/cli/test").filter(mocksAModule);
if (cliMocking.length > 0)
  throw new Error(`${cliMocking.join(", ")} vi.mock a module: give cli an isolated project as server has`);

export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one worker (cores − 1), so every file ran in turn while
    // most of their time is spent waiting on databases, servers and Chromium: three files at a time
    // (web-e2e stays one at a time) keeps CI inside its 30 minutes.
    maxWorkers: 3,
    projects: [
      // Property tests run hundreds of cases: seconds of CPU that a loaded machine stretches, so the
      // timeout is far above their time (they assert behaviour, never speed).
      { test: { name: "engine", include: ["packages/engine/{src,test}/**/*.test.ts"], testTimeout: 30_000 } },
      { test: { name: "contracts", include: ["packages/contracts/{src,test}/**/*.test.ts"] } },
      { test: { name: "web-unit", include: ["packages/web/src/**/*.test.{ts,tsx}"] } },
      // Server and cli files share their worker's modules (`isolate: false`): importing the server's
      // module graph again for every file was ~4 s of a worker per file on a slow host (2026-12-01:
      // 457 of the PostgreSQL run's 505 s went to imports; shared, 74 s of 314 s). Each file still
      // builds its own app and database. A file that replaces a module with vi.mock would leak the
      // mock into the files after it, so such files run in "server-isolated".
      {
        test: {
          name: "server",
          include: ["packages/server/{src,test}/**/*.test.ts"],
          exclude: [...MOCKING_MODULES],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "server-isolated",
          include: [...MOCKING_MODULES],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "cli",
          include: ["packages/cli/{src,test}/**/*.test.ts"],
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "web-e2e",
          include: ["packages/web/e2e/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
