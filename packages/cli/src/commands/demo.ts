import type { Command } from "commander";
import { ensureDemo, printDemoLogin } from "../demo/ensure-demo.ts";
import { openDatabaseFromEnv } from "../env.ts";
import { positiveIntOption, runDemoScale } from "./demo-scale.ts";

export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description("create the demo organization with 18 clients (or print a fresh login if it exists)")
    .option(
      "--clients <n>",
      "instead: a synthetic organization of N clients (see demo-scale)",
      positiveIntOption("--clients", 200_000),
    )
    .option("--days <n>", "with --clients: days of history per client", positiveIntOption("--days", 730), 180)
    .action(async (opts: { clients?: number; days: number }) => {
      if (opts.clients) return runDemoScale({ clients: opts.clients, days: opts.days });
      const database = await openDatabaseFromEnv();
      try {
        printDemoLogin(await ensureDemo(database));
      } finally {
        await database.close();
      }
    });
}
