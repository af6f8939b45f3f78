import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderEngineSchemas, SCHEMA_DIR } from "../../scripts/gen-schemas.ts";

describe("docs/schemas", () => {
  it.each(Object.entries(renderEngineSchemas()))("%s is up to date (run scripts/gen-schemas.ts)", (file, text) => {
    expect(readFileSync(join(SCHEMA_DIR, file), "utf8")).toBe(text);
  });
});
