import { buildApp, type Database, serveWebApp } from "@spotter/server";
import { createTestDatabase } from "../../server/test/database.ts";
import { WEB_DIST } from "./server.ts";

export type TriageServer = { baseUrl: string; database: Database; close: () => Promise<void> };

/**
 * The same in-process server as `server.ts`, also handing back the database. The triage test
 * needs it for two things HTTP cannot do: make a deadline pass (one UPDATE of `due_at`, instead
 * of waiting hours) and feed session loads to monitoring (no HTTP route writes that feed yet).
 */
export async function startTriageServer(): Promise<TriageServer> {
  const database = await createTestDatabase();
  let hasWeb = false;
  const app = await buildApp({
    database,
    logger: false,
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
