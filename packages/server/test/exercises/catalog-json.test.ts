/**
 * GET /api/exercises' body is built from cached per-entry JSON (catalog-json.ts): it must be the
 * exact string the route's response schema serialiser produced, for built-ins and an
 * organization's own entries alike, and an entry the schema refuses must still fail.
 */
import { type ExerciseEntry, exerciseListResponseSchema } from "@spotter/contracts";
import { describe, expect, it } from "vitest";
import { BUILTIN_ENTRIES, catalogJson } from "../../src/routes/exercises/catalog-json.ts";

const own: ExerciseEntry = {
  ...(BUILTIN_ENTRIES[0] as ExerciseEntry),
  id: "org:my-squat",
  name: "My squat",
  source: "organization",
  mediaUrl: "https://example.com/squat.mp4",
  archived: true,
};
const schemaJson = (items: ExerciseEntry[]) =>
  JSON.stringify(exerciseListResponseSchema.encode({ items, total: items.length }));

describe("the catalog's cached JSON", () => {
  it("is byte for byte what the response schema serialises, on the first request and the next", () => {
    const items = [...BUILTIN_ENTRIES, own];
    expect(BUILTIN_ENTRIES.length).toBeGreaterThan(250);
    expect(catalogJson(items)).toBe(schemaJson(items));
    const some = [BUILTIN_ENTRIES[3] as ExerciseEntry, own, BUILTIN_ENTRIES[1] as ExerciseEntry];
    expect(catalogJson(some)).toBe(schemaJson(some));
    expect(catalogJson([])).toBe('{"items":[],"total":0}');
  });

  it("still refuses an entry the schema refuses", () => {
    const bad = { ...own, pattern: "juggling" } as unknown as ExerciseEntry;
    expect(() => catalogJson([bad])).toThrow();
  });
});
