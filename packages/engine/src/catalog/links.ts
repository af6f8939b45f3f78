import type { Exercise } from "../model/exercise.ts";

/**
 * Completes the regression/progression graph: when A lists B as a progression, B gets A as a
 * regression (and vice versa), appended after the hand-authored, most-similar-first entries.
 * Authors then only write each edge once, and the two directions can never disagree.
 */
export function withInverseLinks(exercises: readonly Exercise[]): Exercise[] {
  const extraRegressions = new Map<string, string[]>();
  const extraProgressions = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key) ?? [];
    list.push(value);
    map.set(key, list);
  };
  for (const ex of exercises) {
    for (const p of ex.progressions) push(extraRegressions, p, ex.id);
    for (const r of ex.regressions) push(extraProgressions, r, ex.id);
  }
  return exercises.map((ex) => ({
    ...ex,
    regressions: mergeUnique(ex.regressions, extraRegressions.get(ex.id)),
    progressions: mergeUnique(ex.progressions, extraProgressions.get(ex.id)),
  }));
}

function mergeUnique(first: readonly string[], more: readonly string[] | undefined): string[] {
  const out = [...first];
  for (const id of more ?? []) if (!out.includes(id)) out.push(id);
  return out;
}
