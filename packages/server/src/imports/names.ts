import type { Catalog } from "@spotter/engine";
import { APP_NAME_ALIASES, NOT_EXERCISES } from "./aliases.ts";

/** How an app's exercise name found its catalog exercise. */
export type NameMatch =
  | { name: string; status: "exact" | "alias" | "mapped"; exerciseId: string }
  | { name: string; status: "ignored"; reason: string }
  | { name: string; status: "unmapped"; suggestions: { exerciseId: string; name: string; score: number }[] };

/** Lower case, punctuation and brackets to spaces, single spaces: "Bench Press (Barbell)" → "bench press barbell". */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/** Word forms the apps and the catalog spell differently. */
const WORD_FORMS: Record<string, string> = {
  bicep: "biceps",
  tricep: "triceps",
  pullup: "pull up",
  chinup: "chin up",
  pushup: "push up",
  skullcrusher: "skull crusher",
  pressdown: "pushdown",
  db: "dumbbell",
  bb: "barbell",
  ohp: "overhead press",
  flye: "fly",
  flyes: "fly",
  raises: "raise",
  curls: "curl",
  rows: "row",
};

function tokens(name: string): string[] {
  return normalizeName(name)
    .split(" ")
    .flatMap((w) => (WORD_FORMS[w] ?? w).split(" "))
    .filter((w) => w !== "" && w !== "the" && w !== "with");
}

/** Dice coefficient over word sets: 1 for the same words in any order. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return (2 * shared) / (a.size + b.size || 1);
}

export type NameMatcher = (name: string) => NameMatch;

/**
 * Maps app names to catalog ids, in order: the caller's own mapping (a coach's choice, or null to
 * skip the name), the catalog name or id itself (`exact`), the alias table or the same words in
 * another order (`alias`). Anything else is unmapped with up to three suggestions by word overlap;
 * suggestions are never applied on their own.
 */
export function createNameMatcher(
  catalog: Catalog,
  overrides: Readonly<Record<string, string | null>> = {},
): NameMatcher {
  const exercises = catalog.all();
  const byNormalized = new Map<string, string>();
  const byWords = new Map<string, string>();
  const wordSets = exercises.map((e) => ({ id: e.id, name: e.name, words: new Set(tokens(e.name)) }));
  for (const e of exercises) {
    byNormalized.set(normalizeName(e.name), e.id);
    byNormalized.set(normalizeName(e.id), e.id);
  }
  for (const w of wordSets) {
    const key = [...w.words].sort().join(" ");
    if (!byWords.has(key)) byWords.set(key, w.id);
  }
  const overrideByNormalized = new Map(Object.entries(overrides).map(([k, v]) => [normalizeName(k), v]));
  const cache = new Map<string, NameMatch>();
  return (name) => {
    const normalized = normalizeName(name);
    const hit = cache.get(normalized);
    if (hit) return { ...hit, name };
    let match: NameMatch;
    const override = overrideByNormalized.get(normalized);
    const words = new Set(tokens(name));
    const alias = APP_NAME_ALIASES[normalized] ?? byWords.get([...words].sort().join(" "));
    if (override === null) match = { name, status: "ignored", reason: "skipped by the mapping" };
    else if (override !== undefined) match = { name, status: "mapped", exerciseId: override };
    else if (NOT_EXERCISES.has(normalized)) match = { name, status: "ignored", reason: "not an exercise" };
    else if (byNormalized.has(normalized))
      match = { name, status: "exact", exerciseId: byNormalized.get(normalized) ?? "" };
    else if (alias && catalog.has(alias)) match = { name, status: "alias", exerciseId: alias };
    else {
      const suggestions = wordSets
        .map((w) => ({ exerciseId: w.id, name: w.name, score: Math.round(similarity(words, w.words) * 100) / 100 }))
        .filter((s) => s.score >= 0.4)
        .sort((a, b) => b.score - a.score || (a.exerciseId < b.exerciseId ? -1 : 1))
        .slice(0, 3);
      match = { name, status: "unmapped", suggestions };
    }
    cache.set(normalized, match);
    return match;
  };
}
