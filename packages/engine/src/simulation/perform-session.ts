import type { Catalog } from "../catalog/index.ts";
import { createRandom } from "../core/random.ts";
import type { ExerciseLog, SessionLog, SetLog } from "../logging/index.ts";
import { validateSessionLogs } from "../logging/index.ts";
import type { Exercise } from "../model/index.ts";
import type { Session, SessionItem } from "../session/index.ts";
import { percentOf1rm } from "../strength/index.ts";
import { fromKg, type LoadIncrements, roundLoad } from "../units/index.ts";
import { fatiguedCapacity, HARD_SET_RIR, performSet, repsToFailure } from "./physics.ts";
import { asksForWorkingWeight, isExternallyLoaded, isLighterWeek, targetRpe } from "./prescription-read.ts";
import type { VirtualAthlete } from "./virtual-athlete.ts";

/** "Find your working weight": the athlete settles on a load that feels like RPE 6 for the reps. */
export const SELF_SELECTED_RPE = 6;
/** Loaded timed work (carries, holds) picked by the athlete: this share of the lift's 1RM. */
const TIMED_LOAD_SHARE = 0.4;
/** Roles whose sets the athlete rates (warm-up drills and cool-down are not rated). */
const RATED = new Set(["main", "secondary", "accessory", "finisher"]);

export type PerformContext = {
  catalog: Catalog;
  /** The trainer's increments in the session's unit: the loads the athlete's gym makes. */
  increments: LoadIncrements;
  seed: string | number;
};

/**
 * The athlete performs a generated session as prescribed, within their true strength, and logs it
 * the way the client portal does: every item but the ramp-up sets, one entry per exercise, with
 * what was prescribed as `target`.
 */
export function performSession(athlete: VirtualAthlete, session: Session, ctx: PerformContext): SessionLog {
  const rng = createRandom(`${ctx.seed}:perform:${session.date}`);
  const noise = () => [-0.5, 0, 0.5][Math.floor(rng.next() * 3)]!;
  const deload = isLighterWeek(session.blockKind);
  const exercises: ExerciseLog[] = [];
  const byId = new Map<string, ExerciseLog>();
  const rated: number[] = [];
  for (const item of [...session.warmup, ...session.main, ...session.finisher, ...session.cooldown]) {
    if (item.role === "ramp") continue;
    const ex = ctx.catalog.get(item.exerciseId);
    if (!ex) continue;
    const sets = performItem(athlete, ex, item, session, ctx, noise);
    if (!RATED.has(item.role)) for (const s of sets) delete s.rpe;
    for (const s of sets) if (s.rpe !== undefined) rated.push(s.rpe);
    const existing = byId.get(ex.id);
    if (existing) {
      existing.sets.push(...sets);
      continue;
    }
    const rpe = targetRpe(item);
    const entry: ExerciseLog = {
      exerciseId: ex.id,
      target: {
        sets: item.sets,
        ...(item.reps !== undefined ? { reps: item.reps } : {}),
        ...(item.load !== undefined ? { load: item.load } : {}),
        ...(rpe !== undefined ? { rpe } : {}),
        ...(deload ? { deload: true } : {}),
      },
      sets,
    };
    byId.set(ex.id, entry);
    exercises.push(entry);
  }
  const mean = rated.length > 0 ? rated.reduce((a, b) => a + b, 0) / rated.length : 6;
  return {
    date: session.date,
    unit: session.unit,
    exercises,
    sessionRpe: Math.min(10, Math.max(1, Math.round(mean * 2) / 2)),
    feel: 4,
    benchmarks: [],
  };
}

function performItem(
  athlete: VirtualAthlete,
  ex: Exercise,
  item: SessionItem,
  session: Session,
  ctx: PerformContext,
  noise: () => number,
): SetLog[] {
  const oneRm = athlete.oneRepMaxKg(ex, session.date);
  const oneRmUnit = oneRm === undefined ? undefined : fromKg(oneRm, session.unit);
  if (item.seconds !== undefined || ex.measure !== "reps") {
    let load = item.load && item.load > 0 ? item.load : undefined;
    if (load === undefined && oneRmUnit !== undefined && isExternallyLoaded(ex))
      load = roundLoad(oneRmUnit * TIMED_LOAD_SHARE, ex.loadType, ctx.increments, "down");
    const seconds = item.seconds ?? 30;
    const withLoad = load !== undefined && timedLoadLoggable();
    return Array.from({ length: item.sets }, () => ({
      reps: 0,
      seconds,
      completed: true,
      ...(withLoad ? { load } : {}),
    }));
  }
  const reps = item.reps ?? 8;
  let load: number | undefined;
  let fresh: number;
  if (oneRmUnit !== undefined && isExternallyLoaded(ex)) {
    load = asksForWorkingWeight(item, ex)
      ? roundLoad((oneRmUnit * percentOf1rm(reps, SELF_SELECTED_RPE)) / 100, ex.loadType, ctx.increments, "down")
      : item.load!;
    fresh = repsToFailure((load / oneRmUnit) * 100);
  } else {
    fresh = athlete.maxReps(ex, session.date);
  }
  const sets: SetLog[] = [];
  let hard = 0;
  for (let k = 0; k < item.sets; k++) {
    const out = performSet(fatiguedCapacity(fresh, hard), reps, noise());
    if (out.rir <= HARD_SET_RIR) hard += 1;
    sets.push({ ...(load !== undefined ? { load } : {}), reps: out.reps, rpe: out.rpe, completed: out.completed });
  }
  return sets;
}

let timedLoadAccepted: boolean | undefined;
/**
 * Whether the engine's log validation accepts a load on a timed set (reps 0). Today it does not
 * (the "a loaded carry cannot be logged with its load"); once it does, the athlete logs it.
 */
function timedLoadLoggable(): boolean {
  if (timedLoadAccepted === undefined) {
    try {
      const set = { load: 10, reps: 0, seconds: 30, completed: true };
      const probe = { exerciseId: "farmers-carry", sets: [set] };
      validateSessionLogs([{ date: "2026-01-01", unit: "kg", exercises: [probe], benchmarks: [] }], "probe");
      timedLoadAccepted = true;
    } catch {
      timedLoadAccepted = false;
    }
  }
  return timedLoadAccepted;
}
