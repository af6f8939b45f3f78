import type { Command } from "commander";

/** STUB: the engine helper replaces this file with the engine JSON in/out commands. */
export function registerEngineCommand(_program: Command): void {}
