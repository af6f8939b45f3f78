import { resolve } from "node:path";
import type { Command } from "commander";
import { RestoreRefused, restoreDatabase } from "../backup/restore.ts";
import { describeDatabase, openDatabaseFromEnv } from "../env.ts";

export function registerRestoreCommand(program: Command): void {
  program
    .command("restore")
    .argument("<file>", "a file written by `spotter backup`")
    .option("--force", "empty a non-empty database first", false)
    .description("restore a backup into an empty database (PGlite or PostgreSQL)")
    .action(async (file: string, opts: { force: boolean }) => {
      const database = await openDatabaseFromEnv();
      try {
        const header = await restoreDatabase(database, resolve(file), { force: opts.force });
        const rows = header.tables.reduce((s, t) => s + t.rows, 0);
        console.log(
          `Restored ${rows} rows (backup of ${header.source}, ${header.createdAt}) into ${describeDatabase()}`,
        );
      } catch (error) {
        if (!(error instanceof RestoreRefused)) throw error;
        console.error(`spotter restore: ${error.message}`);
        process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
}
