import { schema } from "@spotter/server";
import type { Command } from "commander";
import { count, eq } from "drizzle-orm";
import { DEMO_EMAIL, ensureDemo, printDemoLogin } from "../demo/ensure-demo.ts";
import { openDatabaseFromEnv, portFromEnv } from "../env.ts";
import { serve, startJobs } from "./serve.ts";

/**
 * What `npm start` runs: migrate; on an empty database create the demo organization and print its
 * login; then serve. On later starts the demo password is left alone (run `spotter demo` to get a
 * fresh one). A single-node install also runs the scheduled daily monitoring pass here unless
 * SPOTTER_JOBS=0 (with several API nodes, run `serve` everywhere and `serve --jobs` on one).
 */
export function registerStartCommand(program: Command): void {
  program
    .command("start")
    .description("migrate, create the demo organization on an empty database, then serve")
    .option("--host <host>", "interface to listen on", process.env.HOST ?? "0.0.0.0")
    .action(async (opts: { host: string }) => {
      const database = await openDatabaseFromEnv(process.env, "server");
      const [orgs] = await database.db.select({ n: count() }).from(schema.organizations);
      if (Number(orgs?.n ?? 0) === 0) {
        printDemoLogin(await ensureDemo(database));
      } else {
        const [demo] = await database.db.select().from(schema.users).where(eq(schema.users.email, DEMO_EMAIL));
        if (demo)
          console.log(
            `\n  Demo login: ${DEMO_EMAIL} (forgot the password? \`npm run spotter -- demo\` prints a new one)\n`,
          );
      }
      const jobs = process.env.SPOTTER_JOBS === "0" ? null : await startJobs(database);
      await serve(database, { port: portFromEnv(), host: opts.host, beforeClose: async () => jobs?.stop() });
    });
}
