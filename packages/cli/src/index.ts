/** @spotter/cli: the `spotter` command, plus its building blocks for tests and scripts. */

export { type BackupHeader, backupDatabase } from "./backup/backup.ts";
export { RestoreRefused, restoreDatabase } from "./backup/restore.ts";
export { tablesInDependencyOrder } from "./backup/tables.ts";
export { DEMO_EMAIL, ensureDemo, printDemoLogin } from "./demo/ensure-demo.ts";
export { DEMO_CLIENTS } from "./demo/roster.ts";
export { openDatabaseFromEnv } from "./env.ts";
export { createProgram } from "./main.ts";
