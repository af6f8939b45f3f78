import { defineConfig } from "vitest/config";

// One project per package. Server and web tests start real databases and a real Chromium, so
// they get longer timeouts; nothing here sleeps or depends on wall-clock speed.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "engine", include: ["packages/engine/{src,test}/**/*.test.ts"] } },
      { test: { name: "contracts", include: ["packages/contracts/{src,test}/**/*.test.ts"] } },
      {
        test: {
          name: "server",
          include: ["packages/server/{src,test}/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "cli",
          include: ["packages/cli/{src,test}/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "web",
          include: ["packages/web/{src,e2e}/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
