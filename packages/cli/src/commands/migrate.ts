import type { Command } from "commander";
import { describeDatabase, openDatabaseFromEnv } from "../env.ts";

export function registerMigrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations and exit")
    .action(async () => {
      const database = await openDatabaseFromEnv();
      await database.close();
      console.log(`Migrations applied (${describeDatabase()}).`);
    });
}
