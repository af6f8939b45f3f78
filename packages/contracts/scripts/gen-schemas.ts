/**
 * Writes docs/schemas/<name>.json: JSON Schemas (draft 2020-12) of the engine's inputs and outputs,
 * generated from the zod schemas in src/engine. Run: `npx tsx packages/contracts/scripts/gen-schemas.ts`.
 * A contracts test fails when the committed files are stale.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ENGINE_JSON_SCHEMAS } from "../src/engine/index.ts";

export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../docs/schemas");

/** name → file contents (stable key order, trailing newline). */
export function renderEngineSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, { schema, io }] of Object.entries(ENGINE_JSON_SCHEMAS)) {
    const json = z.toJSONSchema(schema, { io, unrepresentable: "any" });
    out[`${name}.json`] =
      `${JSON.stringify({ $id: `https://spotter.local/schemas/${name}.json`, title: name, ...json }, null, 2)}\n`;
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [file, text] of Object.entries(renderEngineSchemas())) writeFileSync(join(SCHEMA_DIR, file), text);
  console.log(`wrote ${Object.keys(renderEngineSchemas()).length} schemas to ${SCHEMA_DIR}`);
}
