import type { Command } from "commander";
import { ensureDemo, printDemoLogin } from "../demo/ensure-demo.ts";
import { openDatabaseFromEnv } from "../env.ts";

export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description("create the demo organization with 18 clients (or print a fresh login if it exists)")
    .action(async () => {
      const database = await openDatabaseFromEnv();
      try {
        printDemoLogin(await ensureDemo(database));
      } finally {
        await database.close();
      }
    });
}
