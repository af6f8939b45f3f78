import { isStalled } from "../logging/index.ts";
import type { SlotConstraints } from "../method/index.ts";
import type { Exercise } from "../model/index.ts";
import type { Slot } from "../roadmap/index.ts";
import type { SelectionContext } from "./select.ts";

export const named = (set: ReadonlySet<string>, ex: Exercise) => set.has(ex.id) || set.has(ex.name.toLowerCase());

/** True when the exercise meets every constraint a method slot lists. */
export function meetsConstraints(ex: Exercise, k: SlotConstraints | undefined): boolean {
  if (!k) return true;
  if (k.loadTypes && !k.loadTypes.includes(ex.loadType)) return false;
  if (k.unilateral !== undefined && ex.unilateral !== k.unilateral) return false;
  if (k.muscles && !ex.primaryMuscles.some((m) => k.muscles!.includes(m))) return false;
  if (k.tags && !k.tags.every((t) => ex.tags.includes(t))) return false;
  return true;
}

/** True when the client's history says the lift has stopped responding (a trend, not one bad day). */
export function stalled(ex: Exercise, c: SelectionContext): boolean {
  const st = c.states[ex.id];
  return st !== undefined && isStalled(st, c.level);
}

/**
 * Deterministic rank for main and secondary work: no randomness decides a main lift. Known
 * strength (a log or a baseline) comes first because it makes the first load right; then the
 * trainer's and client's preferences, lifts that can be loaded and ramped, the client's level.
 */
export function mainRank(ex: Exercise, c: SelectionContext): number {
  let s = 0;
  if (c.prefer?.has(ex.id)) s += 20;
  if (c.trainer.preferredExercises.includes(ex.id)) s += 5;
  if (named(c.likes, ex)) s += 3;
  if (c.states[ex.id]) s += 4;
  else if (c.baselineIds.has(ex.id)) s += 3;
  if (stalled(ex, c)) s -= 8;
  if (ex.tags.includes("ramp_candidate")) s += 2;
  if (ex.loadType !== "bodyweight" && ex.loadType !== "band") s += 1;
  if (ex.level === c.level) s += 1;
  if (c.athletic && ex.unilateral) s += 1;
  return s;
}

/** Accessories may vary (seeded): a random share plus preferences, penalising the last sessions' picks. */
export function accessoryScore(ex: Exercise, slot: Slot, c: SelectionContext): number {
  let s = c.rng.next() * 1.5;
  if (c.prefer?.has(ex.id)) s += 20;
  if (c.trainer.preferredExercises.includes(ex.id)) s += 5;
  if (named(c.likes, ex)) s += 3;
  if (c.recentIds.has(ex.id)) s -= 3;
  if (ex.level === c.level) s += 1;
  if (c.athletic && ex.unilateral) s += 1.5;
  // Accessories should be dosable by load: advanced bodyweight skills (pistols, reverse Nordics)
  // for 3 × 12 are a coach's deliberate choice, not a filler.
  if (ex.loadType === "bodyweight" && ex.level === "advanced") s -= 3;
  else if (ex.loadType !== "bodyweight" && ex.loadType !== "band") s += 0.5;
  if (slot.constraints?.muscles && ex.primaryMuscles.some((m) => slot.constraints!.muscles!.includes(m))) s += 1;
  return s;
}

/** Sorts by score, highest first, ties by id so the order never depends on the catalog's order. */
export function byScore<T extends { ex: Exercise; s: number }>(a: T, b: T): number {
  return b.s - a.s || (a.ex.id < b.ex.id ? -1 : a.ex.id > b.ex.id ? 1 : 0);
}
