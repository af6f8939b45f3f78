import type { BodyRegion } from "../model/index.ts";
import { e1rmFromReps, e1rmFromRpe, rpeFromRir } from "../strength/index.ts";
import { toKg } from "../units/index.ts";
import type { SessionLog } from "./session-log.ts";

/** What the history says about one exercise. Loads in kg. */
export type ExerciseState = {
  exerciseId: string;
  exposures: number;
  /** ISO date of the last exposure. */
  lastDate: string;
  bestE1rmKg: number;
  lastE1rmKg: number;
  /** Heaviest completed set of the last exposure. */
  lastLoadKg: number;
  lastReps: number;
  /** Lowest reps over the last exposure's completed working sets (for double progression). */
  lastMinReps: number;
  lastRpe?: number;
  lastVelocity?: number;
  /** True when every logged set of the last exposure was completed. */
  lastAllCompleted: boolean;
  lastTargetReps?: number;
  /** Consecutive exposures without a new best e1RM (> 1% better) or with a missed set. */
  stallCount: number;
  /** Pain logged at the last exposure, if any. */
  lastPain?: { region: BodyRegion; severity: number; date: string };
};

export type ProgressionStates = Record<string, ExerciseState>;

/** A new best must beat the old one by this much, so noise does not reset the stall count. */
export const STALL_IMPROVEMENT = 0.01;

/**
 * Folds the history (any order; sorted by date here) into per-exercise state: best and last
 * e1RM (RTS chart for rated sets, Epley capped at 10 reps otherwise), last load/reps/effort,
 * stall count and last pain.
 */
export function deriveProgressionStates(history: readonly SessionLog[]): ProgressionStates {
  const states: ProgressionStates = {};
  // Usually already in date order (the server stores it so): sort only when needed.
  const ordered = history.every((l, i) => i === 0 || history[i - 1]!.date <= l.date);
  const sorted = ordered ? history : [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const log of sorted) {
    for (const ex of log.exercises) {
      const prev = states[ex.exerciseId];
      let e1rm = 0;
      let topLoad = 0;
      let topReps = 0;
      let minReps = Number.POSITIVE_INFINITY;
      let rpe: number | undefined;
      let velocity: number | undefined;
      let allCompleted = ex.sets.length > 0;
      for (const s of ex.sets) {
        const load = toKg(s.load ?? 0, log.unit);
        if (s.completed) minReps = Math.min(minReps, s.reps);
        else allCompleted = false;
        const est = setE1rm(load, s.reps, s.rpe ?? (s.rir !== undefined ? rpeFromRir(s.rir) : undefined));
        if (est > e1rm) e1rm = est;
        if (s.completed && (load > topLoad || (load === topLoad && s.reps > topReps))) {
          topLoad = load;
          topReps = s.reps;
          rpe = s.rpe ?? (s.rir !== undefined ? 10 - s.rir : undefined);
          velocity = s.velocity;
        }
      }
      const pain = ex.pain && ex.pain.severity > 0 ? { ...ex.pain, date: log.date } : undefined;
      if (prev && ex.target?.deload) {
        // A deload is deliberately light: keep the working load to progress from.
        const next: ExerciseState = { ...prev, exposures: prev.exposures + 1, lastDate: log.date };
        next.bestE1rmKg = Math.max(prev.bestE1rmKg, e1rm);
        if (pain) next.lastPain = pain;
        else delete next.lastPain;
        states[ex.exerciseId] = next;
        continue;
      }
      const best = prev?.bestE1rmKg ?? 0;
      const improved = e1rm > best * (1 + STALL_IMPROVEMENT);
      const stalled = prev !== undefined && (!improved || !allCompleted);
      const next: ExerciseState = {
        exerciseId: ex.exerciseId,
        exposures: (prev?.exposures ?? 0) + 1,
        lastDate: log.date,
        bestE1rmKg: Math.max(best, e1rm),
        lastE1rmKg: e1rm,
        lastLoadKg: topLoad,
        lastReps: topReps,
        lastMinReps: Number.isFinite(minReps) ? minReps : 0,
        lastAllCompleted: allCompleted,
        stallCount: stalled ? (prev?.stallCount ?? 0) + 1 : 0,
      };
      if (rpe !== undefined) next.lastRpe = rpe;
      if (velocity !== undefined) next.lastVelocity = velocity;
      if (ex.target?.reps !== undefined) next.lastTargetReps = ex.target.reps;
      if (pain) next.lastPain = pain;
      states[ex.exerciseId] = next;
    }
  }
  return states;
}

/** Same rule as estimateE1rm (chart for rated sets in range, else Epley capped at 10), allocation-free. */
function setE1rm(load: number, reps: number, rpe: number | undefined): number {
  if (rpe !== undefined && rpe >= 6 && reps <= 12) return e1rmFromRpe(load, reps, rpe);
  return e1rmFromReps(load, reps);
}
