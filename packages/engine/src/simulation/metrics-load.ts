import type { ExerciseLog } from "../logging/index.ts";
import type { SessionItem } from "../session/index.ts";
import { percentOf1rm } from "../strength/index.ts";
import { fromKg } from "../units/index.ts";
import { asksForWorkingWeight, isExternallyLoaded, isLighterWeek, targetRpe } from "./prescription-read.ts";
import type { SimulatedSession, Simulation } from "./run.ts";

/**
 * Metrics on the NUMBERS: load error against the athlete's true strength, goal-zone share,
 * progression direction and "find your working weight" after a first exposure.
 */

/** Nearest-rank quantile (q in 0-1) of a list; null when empty. */
export function nearestRankQuantile(xs: readonly number[], q: number): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Every loaded, rep-measured main-section item with its 1-based exposure number for that exercise. */
type Exposure = { s: SimulatedSession; item: SessionItem; n: number; log?: ExerciseLog; oneRm: number };

function loadedExposures(sim: Simulation): Exposure[] {
  const count = new Map<string, number>();
  const out: Exposure[] = [];
  for (const s of sim.sessions) {
    const seen = new Set<string>();
    for (const item of s.session.main) {
      const ex = sim.catalog.get(item.exerciseId);
      if (!ex || !isExternallyLoaded(ex) || ex.measure !== "reps" || seen.has(ex.id)) continue;
      seen.add(ex.id);
      const n = (count.get(ex.id) ?? 0) + 1;
      count.set(ex.id, n);
      const oneRmKg = sim.athlete.oneRepMaxKg(ex, s.date);
      if (oneRmKg === undefined) continue;
      const log = s.log.exercises.find((e) => e.exerciseId === ex.id);
      out.push({ s, item, n, ...(log ? { log } : {}), oneRm: fromKg(oneRmKg, s.session.unit) });
    }
  }
  return out;
}

const performedLoad = (e: Exposure) => Math.max(0, ...(e.log?.sets ?? []).map((x) => x.load ?? 0));

export type LoadError = { n: number; median: number | null; p90: number | null; worst: string[] };

/**
 * |prescribed − ideal| / ideal for main and secondary items from each exercise's third exposure,
 * where ideal = the load at which the prescribed reps land at the prescribed RPE on the TRUE 1RM.
 */
export function loadError(sim: Simulation): LoadError {
  const rows: { err: number; text: string }[] = [];
  for (const e of loadedExposures(sim)) {
    const { item } = e;
    if (e.n < 3 || (item.role !== "main" && item.role !== "secondary")) continue;
    const rpe = targetRpe(item);
    if (item.reps === undefined || rpe === undefined || item.load === undefined || item.load <= 0) continue;
    const ideal = (e.oneRm * percentOf1rm(item.reps, rpe)) / 100;
    const err = Math.abs(item.load - ideal) / ideal;
    rows.push({
      err,
      text: `${e.s.date} ${item.exerciseId} ${item.reps}@RPE${rpe}: ${item.load} vs ${ideal.toFixed(1)} (${(err * 100).toFixed(0)}%)`,
    });
  }
  const errs = rows.map((r) => r.err);
  const worst = [...rows]
    .sort((a, b) => b.err - a.err)
    .slice(0, 3)
    .map((r) => r.text);
  return { n: errs.length, median: nearestRankQuantile(errs, 0.5), p90: nearestRankQuantile(errs, 0.9), worst };
}

export type GoalZoneShare = { n: number; share: number | null };

/** Share of main-lift working sets (in the zone's block kinds) whose reps and TRUE %1RM sit in the goal's zone. */
export function goalZoneShare(sim: Simulation): GoalZoneShare {
  const z = sim.persona.zone;
  let n = 0;
  let inZone = 0;
  for (const e of loadedExposures(sim)) {
    if (e.item.role !== "main" || !z.blockKinds.includes(e.s.session.blockKind as never)) continue;
    const load = asksForWorkingWeight(e.item, sim.catalog.get(e.item.exerciseId)!) ? performedLoad(e) : e.item.load!;
    const pct = (load / e.oneRm) * 100;
    const reps = e.item.reps ?? 0;
    n += e.item.sets;
    const ok = reps >= z.reps[0] && reps <= z.reps[1] && pct >= z.percent[0] && pct <= z.percent[1];
    if (ok) inZone += e.item.sets;
  }
  return { n, share: n ? inZone / n : null };
}

export type ProgressionDirection = {
  aboveTarget: number;
  /** After an exposure reported above its target RPE (or missed), the next load still went up. */
  aboveThenHigher: number;
  farBelow: number;
  /** After an exposure ≥ 1.5 RPE under target, the next prescription did not progress. */
  farBelowThenNotHigher: number;
};

/** Consecutive loaded exposures of one exercise outside deload/taper weeks. "Higher" = more load, or the same load for more reps. */
export function progressionDirection(sim: Simulation): ProgressionDirection {
  const out: ProgressionDirection = { aboveTarget: 0, aboveThenHigher: 0, farBelow: 0, farBelowThenNotHigher: 0 };
  const prevOf = new Map<string, Exposure>();
  for (const e of loadedExposures(sim)) {
    const prev = prevOf.get(e.item.exerciseId);
    prevOf.set(e.item.exerciseId, e);
    if (!prev?.log || isLighterWeek(prev.s.session.blockKind) || isLighterWeek(e.s.session.blockKind)) continue;
    const target = targetRpe(prev.item);
    const rated = prev.log.sets.filter((x) => x.rpe !== undefined).map((x) => x.rpe!);
    if (target === undefined || rated.length === 0 || e.item.load === undefined) continue;
    const missed = prev.log.sets.some((x) => !x.completed);
    const reported = Math.max(...rated);
    const before = performedLoad(prev);
    const higher =
      e.item.load > before + 1e-9 ||
      (Math.abs(e.item.load - before) < 1e-9 && (e.item.reps ?? 0) > (prev.item.reps ?? 0));
    if (missed || reported > target) {
      out.aboveTarget += 1;
      if (higher) out.aboveThenHigher += 1;
    } else if (reported <= target - 1.5) {
      out.farBelow += 1;
      if (!higher) out.farBelowThenNotHigher += 1;
    }
  }
  return out;
}

export type FindWeightAfterFirst = { n: number; count: number; share: number | null };

/** Loaded items that still say "find your working weight" although the exercise was logged before. */
export function findWeightAfterFirst(sim: Simulation): FindWeightAfterFirst {
  let n = 0;
  let count = 0;
  for (const e of loadedExposures(sim)) {
    if (e.n < 2) continue;
    n += 1;
    if (asksForWorkingWeight(e.item, sim.catalog.get(e.item.exerciseId)!)) count += 1;
  }
  return { n, count, share: n ? count / n : null };
}
