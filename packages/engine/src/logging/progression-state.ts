import type { BodyRegion } from "../model/index.ts";
import { exposureBest, setRpe } from "../strength/index.ts";
import { toKg } from "../units/index.ts";
import { blendE1rm } from "./current-e1rm.ts";
import type { ExerciseLog, SessionLog, SetLog } from "./session-log.ts";
import { nonImprovingRun, TREND_KEEP } from "./stall.ts";

/** What the history says about one exercise. Loads in kg. */
export type ExerciseState = {
  exerciseId: string;
  exposures: number;
  /** ISO date of the last exposure. */
  lastDate: string;
  /** All-time best exposure e1RM (records and charts; not for prescribing). */
  bestE1rmKg: number;
  /** The last exposure's e1RM (the freshest evidence; kept when that exposure had none). */
  lastE1rmKg: number;
  /**
   * The CURRENT strength estimate, for prescribing: non-deload exposures blended in with
   * `blendE1rm` (see current-e1rm.ts). Never wiped by a failed or unticked log.
   */
  e1rmKg: number;
  /** e1RMs of the last ≤ 8 non-deload exposures with lifted reps, oldest first (for `isStalled`). */
  recentE1rmKg: number[];
  /** Heaviest completed set of the last exposure (the previous value when it had none). */
  lastLoadKg: number;
  lastReps: number;
  /** Lowest reps over the last exposure's completed working sets (for double progression). */
  lastMinReps: number;
  /** Highest RPE reported on the last exposure's completed sets at its top load. */
  lastRpe?: number;
  /** The RPE the last exposure was prescribed at, when the log says. */
  lastTargetRpe?: number;
  lastVelocity?: number;
  /** True when every logged set of the last exposure was completed. */
  lastAllCompleted: boolean;
  lastTargetReps?: number;
  /**
   * Exposures in the current non-improving e1RM trend (see `nonImprovingRun`); 0 while rising.
   * Use `isStalled(state, level)` to decide a stall.
   */
  stallCount: number;
  /** Consecutive non-deload exposures with a missed set (linear progression resets on it). */
  failedCount: number;
  /** Pain logged at the last exposure, if any. */
  lastPain?: { region: BodyRegion; severity: number; date: string };
};

export type ProgressionStates = Record<string, ExerciseState>;

/**
 * Folds the history (any order; sorted by date here) into per-exercise state, continuing from
 * `prior` (the states of the logs before `history`) when given. e1RMs come from
 * the one rule (`exposureE1rm`: RTS chart for rated sets, Epley capped at 10 reps otherwise).
 * A log with no completed loaded set keeps the known load and estimate; a deload exposure keeps
 * the working load to progress from.
 */
export function deriveProgressionStates(
  history: readonly SessionLog[],
  prior?: Readonly<ProgressionStates>,
): ProgressionStates {
  const states: ProgressionStates = {};
  // Folding continues from `prior` (states of earlier logs): copies, since the fold extends the
  // trend list in place and the caller's stored states must not change.
  if (prior) for (const id in prior) states[id] = { ...prior[id]!, recentE1rmKg: [...(prior[id]!.recentE1rmKg ?? [])] };
  // Usually already in date order (the server stores it so): sort only when needed.
  const ordered = history.every((l, i) => i === 0 || history[i - 1]!.date <= l.date);
  const sorted = ordered ? history : [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const log of sorted) {
    for (const ex of log.exercises) states[ex.exerciseId] = fold(states[ex.exerciseId], ex, log);
  }
  // The trend's length is read once at the end, not re-fitted at every exposure.
  for (const id in states) {
    const st = states[id]!;
    st.stallCount = nonImprovingRun(st.recentE1rmKg);
  }
  return states;
}

/** A logged set with every field the fold reads present (undefined when not logged). */
type FlatSet = {
  load: number | undefined;
  reps: number;
  rpe: number | undefined;
  rir: number | undefined;
  seconds: number | undefined;
  velocity: number | undefined;
  completed: boolean;
};

/**
 * The exposure's sets copied once into one shape: logged sets come in many shapes (with or without
 * load, RPE, seconds...), which makes every later read of them slow, and the fold reads each field
 * several times. One for-in visits only the keys a set has.
 */
function flatSets(sets: readonly SetLog[]): FlatSet[] {
  const out: FlatSet[] = new Array(sets.length);
  for (let i = 0; i < sets.length; i++) {
    const s = sets[i]!;
    const f: FlatSet = {
      load: undefined,
      reps: s.reps,
      rpe: undefined,
      rir: undefined,
      seconds: undefined,
      velocity: undefined,
      completed: s.completed === true,
    };
    for (const key in s) {
      if (key === "load") f.load = s.load;
      else if (key === "rpe") f.rpe = s.rpe;
      else if (key === "rir") f.rir = s.rir;
      else if (key === "seconds") f.seconds = s.seconds;
      else if (key === "velocity") f.velocity = s.velocity;
    }
    out[i] = f;
  }
  return out;
}

function fold(prev: ExerciseState | undefined, ex: ExerciseLog, log: SessionLog): ExerciseState {
  const sets = flatSets(ex.sets);
  const best = exposureBest(sets, log.unit);
  const e1rm = best?.e1rmKg ?? 0;
  const pain = ex.pain && ex.pain.severity > 0 ? { ...ex.pain, date: log.date } : undefined;
  if (prev && ex.target?.deload) {
    // A deload is deliberately light: keep the working load and estimate to progress from.
    const { lastPain: _old, ...rest } = prev;
    const next: ExerciseState = {
      ...rest,
      exposures: prev.exposures + 1,
      lastDate: log.date,
      bestE1rmKg: Math.max(prev.bestE1rmKg, e1rm),
    };
    if (pain) next.lastPain = pain;
    return next;
  }
  const top = topOfExposure(sets, log);
  // Informative: some completed loaded set, or nothing known before (then even unticked sets
  // with reps are the best evidence there is, so the next exposure has a load to derive from).
  const informative = top.completedLoaded || !(prev && prev.lastLoadKg > 0);
  let current = prev?.e1rmKg ?? 0;
  if (informative && e1rm > 0) current = blendE1rm(current, e1rm, best?.method === "rpe_chart");
  // The trend takes every exposure with lifted reps, failed ones included: a missed rep is evidence.
  // The previous state is discarded once folded, so its list is extended in place.
  const recent = prev?.recentE1rmKg ?? [];
  if (e1rm > 0) {
    recent.push(e1rm);
    if (recent.length > TREND_KEEP) recent.shift();
  }
  const keepLoad = !informative || top.loadKg <= 0;
  // A log that leaves the known load in place leaves its top set too: the reps, rating and target
  // describe that load, not sets at another one (a failed 8 kg set read against a kept 6 kg load
  // would cut the next load to 4 kg). The miss itself is kept in lastAllCompleted and failedCount.
  const keepTop = keepLoad && prev !== undefined;
  const next: ExerciseState = {
    exerciseId: ex.exerciseId,
    exposures: (prev?.exposures ?? 0) + 1,
    lastDate: log.date,
    bestE1rmKg: Math.max(prev?.bestE1rmKg ?? 0, e1rm),
    lastE1rmKg: e1rm > 0 ? e1rm : (prev?.lastE1rmKg ?? 0),
    e1rmKg: current,
    recentE1rmKg: recent,
    lastLoadKg: keepTop ? prev.lastLoadKg : top.loadKg,
    lastReps: keepTop ? prev.lastReps : top.reps >= 0 ? top.reps : (prev?.lastReps ?? 0),
    lastMinReps: keepTop ? prev.lastMinReps : top.minReps >= 0 ? top.minReps : (prev?.lastMinReps ?? 0),
    lastAllCompleted: top.allCompleted,
    // Set for the final state by deriveProgressionStates.
    stallCount: 0,
    failedCount: top.allCompleted ? 0 : (prev?.failedCount ?? 0) + 1,
  };
  const from = keepTop
    ? { rpe: prev.lastRpe, velocity: prev.lastVelocity, reps: prev.lastTargetReps, targetRpe: prev.lastTargetRpe }
    : { rpe: top.rpe, velocity: top.velocity, reps: ex.target?.reps, targetRpe: ex.target?.rpe };
  if (from.rpe !== undefined) next.lastRpe = from.rpe;
  if (from.velocity !== undefined) next.lastVelocity = from.velocity;
  if (from.reps !== undefined) next.lastTargetReps = from.reps;
  if (from.targetRpe !== undefined) next.lastTargetRpe = from.targetRpe;
  if (pain) next.lastPain = pain;
  return next;
}

/** The top of an exposure; reps and minReps are −1 when no set qualifies. */
type Top = {
  loadKg: number;
  reps: number;
  minReps: number;
  rpe: number | undefined;
  velocity: number | undefined;
  completedLoaded: boolean;
  allCompleted: boolean;
};

/**
 * The top set of an exposure: the heaviest completed set (ties: more reps), the hardest rated
 * effort at that load, its velocity, and the lowest completed reps. Timed loaded sets (carries, holds: load
 * with seconds, no reps) count for the load. With no completed set at all, the sets actually
 * performed (reps or seconds logged) stand in. Allocation-free: it runs for every logged exposure.
 */
function topOfExposure(sets: readonly FlatSet[], log: SessionLog): Top {
  let completedLoaded = false;
  let performedLoaded = false;
  let allCompleted = sets.length > 0;
  for (const s of sets) {
    const loaded = (s.load ?? 0) > 0;
    if (s.completed) completedLoaded ||= loaded;
    else allCompleted = false;
    if (loaded && (s.reps > 0 || (s.seconds ?? 0) > 0)) performedLoaded = true;
  }
  // Stand-ins only when nothing completed carried a load but something performed did.
  const usePerformed = !completedLoaded && performedLoaded;
  const out: Top = {
    loadKg: 0,
    reps: -1,
    minReps: -1,
    rpe: undefined,
    velocity: undefined,
    completedLoaded,
    allCompleted,
  };
  for (const s of sets) {
    const inBasis = usePerformed ? s.reps > 0 || (s.seconds ?? 0) > 0 : s.completed;
    if (!inBasis) continue;
    const load = toKg(s.load ?? 0, log.unit);
    if (s.reps > 0 || s.seconds === undefined) out.minReps = out.minReps < 0 ? s.reps : Math.min(out.minReps, s.reps);
    if (load > out.loadKg || (load === out.loadKg && s.reps > out.reps)) {
      out.loadKg = load;
      out.reps = s.reps;
      out.velocity = s.velocity;
    }
  }
  // Effort: the hardest rating among the sets at the top load. "RPE 8 for 3 sets" is missed when
  // any set went past 8, and the next exposure should not add load on it.
  for (const s of sets) {
    const inBasis = usePerformed ? s.reps > 0 || (s.seconds ?? 0) > 0 : s.completed;
    const rpe = setRpe(s);
    if (inBasis && rpe !== undefined && toKg(s.load ?? 0, log.unit) === out.loadKg)
      out.rpe = Math.max(out.rpe ?? 0, rpe);
  }
  return out;
}
