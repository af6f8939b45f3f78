import { fileURLToPath } from "node:url";
import { buildApp, type Database, serveWebApp } from "@spotter/server";
// The server's own test support: a fresh PGlite clone, or a brand-new PostgreSQL database when
// TEST_DATABASE_URL is set (dropped on close).
import { createTestDatabase } from "@spotter/server/testing";

export const WEB_DIST = fileURLToPath(new URL("../dist", import.meta.url));

export type RunningServer = { baseUrl: string; database: Database; close: () => Promise<void> };

/**
 * The real API and the built web app in this process, on a free port. It builds nothing: the root
 * `npm test` runs `npm run build:web` first.
 */
export async function startServer(): Promise<RunningServer> {
  const database = await createTestDatabase();
  let hasWeb = false;
  const app = await buildApp({
    database,
    logger: false,
    // Many sign-ins from one IP in a run; the limiter is tested by the server suite.
    config: { loginRateLimit: { max: 1000, windowMs: 60_000 } },
    extend: async (a) => {
      hasWeb = await serveWebApp(a, WEB_DIST);
    },
  });
  if (!hasWeb) {
    await app.close();
    await database.close();
    throw new Error(`web app not built at ${WEB_DIST}: run \`npm run build:web\` first`);
  }
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
