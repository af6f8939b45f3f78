import { type ExerciseEntry, exerciseEntrySchema } from "@spotter/contracts";
import { BUILTIN_EXERCISES } from "@spotter/engine";

/** The built-in catalog as entries, built once per process (it is code: every organization sees the same). */
export const BUILTIN_ENTRIES: readonly ExerciseEntry[] = BUILTIN_EXERCISES.map((e) => ({
  ...e,
  source: "builtin" as const,
  mediaUrl: null,
  archived: false,
}));

/** Each built-in entry encoded by the response schema and stringified, on first use. */
const builtinJson = new WeakMap<ExerciseEntry, string>();

const encode = (e: ExerciseEntry) => JSON.stringify(exerciseEntrySchema.encode(e));

/**
 * GET /api/exercises' body, as the route's response schema would serialise it (each entry encoded
 * by exerciseEntrySchema, then `{items, total}`), with the built-in entries' JSON kept between
 * requests: encoding ~300 unchanging entries per request was most of the route's CPU (bench/web/
 * method-editor-interactive.ts waits on this answer). The organization's own entries are encoded
 * each time; an entry the schema refuses throws, a 500 as the schema serialiser's would be.
 */
export function catalogJson(items: readonly ExerciseEntry[]): string {
  const parts = items.map((e) => {
    if (e.source !== "builtin") return encode(e);
    let json = builtinJson.get(e);
    if (json === undefined) {
      json = encode(e);
      builtinJson.set(e, json);
    }
    return json;
  });
  return `{"items":[${parts.join(",")}],"total":${items.length}}`;
}
