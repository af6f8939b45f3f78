import { resolve } from "node:path";
import type { Command } from "commander";
import { backupDatabase } from "../backup/backup.ts";
import { describeDatabase, openDatabaseFromEnv } from "../env.ts";

export function registerBackupCommand(program: Command): void {
  program
    .command("backup")
    .argument("<file>", "where to write the backup (gzip'd JSON lines)")
    .description("write the whole database to one file (works on PGlite and PostgreSQL)")
    .action(async (file: string) => {
      const database = await openDatabaseFromEnv();
      try {
        const header = await backupDatabase(database, resolve(file));
        const rows = header.tables.reduce((s, t) => s + t.rows, 0);
        console.log(`Backed up ${rows} rows from ${header.tables.length} tables (${describeDatabase()}) to ${file}`);
      } finally {
        await database.close();
      }
    });
}
