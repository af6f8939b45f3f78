import type { Exercise } from "../model/exercise.ts";
import type { Equipment, MovementPattern } from "../model/vocabulary.ts";
import { isAvailable } from "./availability.ts";

/** Read-only lookup over a list of exercises (the built-ins plus, on the server, an org's own). */
export type Catalog = {
  get(id: string): Exercise | undefined;
  has(id: string): boolean;
  /** Every exercise, in the order given to createCatalog. */
  all(): readonly Exercise[];
  byPattern(pattern: MovementPattern): readonly Exercise[];
  isAvailable(exercise: Exercise, equipmentOwned: readonly Equipment[]): boolean;
  /** Easier variations, transitively, nearest first (breadth-first over `regressions`). */
  regressionsOf(id: string): Exercise[];
  /** Harder variations, transitively, nearest first (breadth-first over `progressions`). */
  progressionsOf(id: string): Exercise[];
};

/**
 * Builds a Catalog. It does not validate (run validateCatalog for that); on a duplicate id the
 * first entry wins so that built-ins listed first cannot be shadowed. Unknown ids yield
 * `undefined` / empty lists rather than throwing, and dangling references are skipped.
 */
export function createCatalog(exercises: readonly Exercise[]): Catalog {
  const byId = new Map<string, Exercise>();
  for (const ex of exercises) if (!byId.has(ex.id)) byId.set(ex.id, ex);
  const list = [...byId.values()];
  const patterns = new Map<MovementPattern, Exercise[]>();
  for (const ex of list) {
    const group = patterns.get(ex.pattern) ?? [];
    group.push(ex);
    patterns.set(ex.pattern, group);
  }
  const walk = (start: string, next: (ex: Exercise) => readonly string[]): Exercise[] => {
    const seen = new Set<string>([start]);
    const out: Exercise[] = [];
    let frontier = [start];
    while (frontier.length > 0) {
      const following: string[] = [];
      for (const id of frontier) {
        const ex = byId.get(id);
        if (!ex) continue;
        for (const n of next(ex)) {
          const target = byId.get(n);
          if (seen.has(n) || !target) continue;
          seen.add(n);
          out.push(target);
          following.push(n);
        }
      }
      frontier = following;
    }
    return out;
  };
  return {
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    all: () => list,
    byPattern: (pattern) => patterns.get(pattern) ?? [],
    isAvailable,
    regressionsOf: (id) => walk(id, (ex) => ex.regressions),
    progressionsOf: (id) => walk(id, (ex) => ex.progressions),
  };
}
