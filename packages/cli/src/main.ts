import { Command } from "commander";
import { registerAuditCommand } from "./commands/audit.ts";
import { registerBackupCommand } from "./commands/backup.ts";
import { registerDemoCommand } from "./commands/demo.ts";
import { registerDemoScaleCommand } from "./commands/demo-scale.ts";
// ENGINE: the engine helper owns commands/engine.ts (engine JSON in/out); keep this import line.
import { registerEngineCommand } from "./commands/engine.ts";
import { registerMigrateCommand } from "./commands/migrate.ts";
import { registerRestoreCommand } from "./commands/restore.ts";
import { registerServeCommand } from "./commands/serve.ts";
import { registerSimulateCommand } from "./commands/simulate.ts";
import { registerStartCommand } from "./commands/start.ts";

/** The `spotter` program. Each command lives in commands/<noun>.ts as register<Noun>Command(program). */
export function createProgram(): Command {
  const program = new Command()
    .name("spotter")
    .description("Spotter: self-hostable hybrid coaching platform")
    .showHelpAfterError();
  registerStartCommand(program);
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerDemoCommand(program);
  registerDemoScaleCommand(program);
  registerBackupCommand(program);
  registerRestoreCommand(program);
  registerEngineCommand(program);
  registerAuditCommand(program);
  registerSimulateCommand(program);
  return program;
}

// Run only when executed (bin/spotter.js imports this file), not when a test imports createProgram.
const invoked = process.argv[1] ?? "";
if (invoked.endsWith("spotter.js") || invoked.endsWith("spotter") || invoked.endsWith("main.ts")) {
  createProgram()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      console.error(`spotter: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    });
}
