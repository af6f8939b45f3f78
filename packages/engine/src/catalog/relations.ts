import type { ProgressionStates } from "../logging/index.ts";
import type { RepMax } from "../model/index.ts";
import { setE1rm } from "../strength/index.ts";
import type { Catalog } from "./catalog.ts";
import { VARIANT_RELATIONS, type VariantRelation } from "./relation-data.ts";

/**
 * A transferred estimate (from another lift through the relation graph) is multiplied by this:
 * ratios are population averages and an individual can sit 10-15% either side, so the first
 * exposure errs light (coaching convention; the RPE ≤ 7 first-exposure target adds more room).
 */
export const TRANSFER_SAFETY = 0.9;
/** Data older than this (days) is discounted by STALE_FACTOR: strength ebbs after weeks off. */
export const STALE_DAYS = 182;
/**
 * Strength lost over months without training is modest but real (Mujika & Padilla, Sports Med
 * 2000, on detraining beyond 4 weeks); 10% keeps a half-year-old number from overshooting.
 */
export const STALE_FACTOR = 0.9;
/** Relations further apart than this say too little about each other. */
export const MAX_RELATION_HOPS = 3;

/** Where a first load comes from: the lift it was estimated from and how. */
export type StartingStrength = {
  /** The estimate to prescribe from, in kg (per hand when the exercise is per hand). */
  e1rmKg: number;
  fromExerciseId: string;
  /** Product of the relation ratios from the source lift to this exercise (1 for its own data). */
  ratio: number;
  /** TRANSFER_SAFETY when transferred, × STALE_FACTOR when stale; 1 for fresh own data. */
  safetyFactor: number;
  source: "log" | "baseline";
  /** ISO date of the log or baseline. */
  date: string;
  /** The source lift's own e1RM, kg. */
  sourceE1rmKg: number;
  /** Exercise ids from this exercise to the source (just this one for own data). */
  path: string[];
};

export type StartingStrengthInput = {
  exerciseId: string;
  catalog: Catalog;
  states: ProgressionStates;
  baselines: readonly RepMax[];
  /** ISO date, for staleness. */
  today: string;
};

/** The relation a variant declares to its parent, if any. */
export function relationOf(exerciseId: string): VariantRelation | undefined {
  return VARIANT_RELATIONS[exerciseId];
}

const CHILDREN = new Map<string, string[]>();
for (const [id, r] of Object.entries(VARIANT_RELATIONS)) {
  const list = CHILDREN.get(r.parentId) ?? [];
  list.push(id);
  CHILDREN.set(r.parentId, list);
}

/**
 * Lifts related to `exerciseId`, nearest first (breadth-first: parent and children, then siblings
 * and grandparents, ...), each with the factor that turns ITS e1RM into this exercise's. Going
 * down to a variant multiplies by the conservative `ratio`; going up to a parent divides by the
 * TOP of the range; so both directions err light.
 */
export function relatedLifts(exerciseId: string): { id: string; factor: number; hops: number; path: string[] }[] {
  const out: { id: string; factor: number; hops: number; path: string[] }[] = [];
  const seen = new Set([exerciseId]);
  // factor: multiply the neighbour's e1RM by it to get exerciseId's e1RM.
  let frontier = [{ id: exerciseId, factor: 1, path: [exerciseId] }];
  for (let hops = 1; hops <= MAX_RELATION_HOPS && frontier.length > 0; hops++) {
    const next: typeof frontier = [];
    for (const node of frontier) {
      const up = VARIANT_RELATIONS[node.id];
      // node = up-variant of its parent: parent e1RM × ratio ≈ node e1RM.
      const steps: { id: string; factor: number }[] = up ? [{ id: up.parentId, factor: up.ratio }] : [];
      // node is the parent of each child: child e1RM / range-top ≈ node e1RM.
      for (const child of CHILDREN.get(node.id) ?? [])
        steps.push({ id: child, factor: 1 / VARIANT_RELATIONS[child]!.range[1] });
      for (const s of steps) {
        if (seen.has(s.id)) continue;
        seen.add(s.id);
        const entry = { id: s.id, factor: node.factor * s.factor, path: [...node.path, s.id] };
        out.push({ ...entry, hops });
        next.push(entry);
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * What the client can lift on `exerciseId`, for a first or returning exposure: its own progression
 * state first, then its own latest baseline, then the nearest related known lift (fewest hops;
 * the freshest among equally near), always conservative (see TRANSFER_SAFETY, STALE_FACTOR).
 * Undefined when nothing related is known (the client finds a working weight) or the exercise
 * carries no external load.
 */
export function startingStrength(input: StartingStrengthInput): StartingStrength | undefined {
  const { exerciseId, catalog, today } = input;
  const ex = catalog.get(exerciseId);
  if (ex && (ex.loadType === "bodyweight" || ex.loadType === "band")) return undefined;
  const own = known(exerciseId, input);
  if (own) return build(own, 1, false, [exerciseId], today);
  let bestHop: number | undefined;
  let pick: { k: Known; factor: number; path: string[] } | undefined;
  for (const r of relatedLifts(exerciseId)) {
    if (bestHop !== undefined && r.hops > bestHop) break;
    const k = known(r.id, input);
    if (!k) continue;
    if (!pick || k.date > pick.k.date || (k.date === pick.k.date && k.source === "log" && pick.k.source !== "log")) {
      pick = { k, factor: r.factor, path: r.path };
      bestHop = r.hops;
    }
  }
  return pick ? build(pick.k, pick.factor, true, pick.path, today) : undefined;
}

type Known = { id: string; e1rmKg: number; source: "log" | "baseline"; date: string };

/** A lift's own best current knowledge: its progression state, else its latest baseline. */
function known(id: string, input: StartingStrengthInput): Known | undefined {
  const st = input.states[id];
  const fromState = st ? (st.e1rmKg > 0 ? st.e1rmKg : st.lastE1rmKg) : 0;
  if (st && fromState > 0) return { id, e1rmKg: fromState, source: "log", date: st.lastDate };
  let latest: RepMax | undefined;
  for (const b of input.baselines) if (b.exerciseId === id && (!latest || b.date > latest.date)) latest = b;
  if (!latest) return undefined;
  const e1rmKg = setE1rm(latest.loadKg, latest.reps, latest.rpe);
  return e1rmKg > 0 ? { id, e1rmKg, source: "baseline", date: latest.date } : undefined;
}

function build(k: Known, ratio: number, transferred: boolean, path: string[], today: string): StartingStrength {
  const stale = daysBetween(k.date, today) > STALE_DAYS;
  const safetyFactor = (transferred ? TRANSFER_SAFETY : 1) * (stale ? STALE_FACTOR : 1);
  return {
    e1rmKg: k.e1rmKg * ratio * safetyFactor,
    fromExerciseId: k.id,
    ratio,
    safetyFactor,
    source: k.source,
    date: k.date,
    sourceE1rmKg: k.e1rmKg,
    path,
  };
}

function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(a) && Number.isFinite(b) ? Math.round((b - a) / 86_400_000) : 0;
}
