import { dayNumber } from "../core/dates.ts";
import { createRandom } from "../core/random.ts";
import type { Exercise } from "../model/index.ts";
import { percentOf1rm } from "../strength/index.ts";
import { prescribedLoadDivisor } from "./load-convention.ts";
import { type BaseLift, FALLBACK_RATIO, PATTERN_BASE, type RatioBase, RELATIONS, type Relation } from "./ratios.ts";

/**
 * A simulated client whose true strength is KNOWN: the base lifts' 1RMs on the start date, a
 * weekly rate of gain, and a seeded individual deviation (±8%) from the simulation's own ratio
 * table for every other exercise. The engine never sees any of this; it only sees the logs.
 */
export type AthleteSpec = {
  /** True 1RM (kg) of each base lift on `startDate`. */
  oneRepMaxKg: Record<BaseLift, number>;
  bodyMassKg: number;
  /** Strict pull-ups and push-ups to failure on `startDate`. */
  pullUpReps: number;
  pushUpReps: number;
  /** Fractional gain of every 1RM and rep max per week (see GAIN_PER_WEEK). */
  weeklyGain: number;
  startDate: string;
  seed: string | number;
};

/**
 * Weekly rates of strength gain by training status. Orders of magnitude from Rhea et al. (2003,
 * Med Sci Sports Exerc 35(3):456-464; untrained vs trained dose-response), Peterson, Rhea, Sen &
 * Gordon (2010, Ageing Res Rev 9(3):226-237; older adults ≈ 25-30% over ~18 weeks) and Pritchard
 * et al. (2015, Sports Med 45: trained lifters gain a few percent over a year).
 */
export const GAIN_PER_WEEK = { beginner: 0.0175, intermediate: 0.005, advanced: 0.002, olderAdult: 0.01 } as const;

/** How far a derived lift may sit from the table ratio for one individual (±8%). */
export const INDIVIDUAL_DEVIATION = 0.08;

const UNSTRENGTH_PATTERNS = new Set<string>(["conditioning", "mobility", "warmup"]);

export type VirtualAthlete = {
  spec: AthleteSpec;
  /** Relation used for an exercise (listed, else its pattern's base at half); undefined for unloaded work. */
  relationOf(ex: Exercise): Relation | undefined;
  /** True 1RM (kg) of an externally loaded exercise on `date`, in the prescription's convention (per hand or total). */
  oneRepMaxKg(ex: Exercise, date: string): number | undefined;
  /** Fresh reps to failure for bodyweight or band work on `date`. */
  maxReps(ex: Exercise, date: string): number;
};

export function createVirtualAthlete(spec: AthleteSpec): VirtualAthlete {
  const start = dayNumber(spec.startDate, "spec.startDate");
  const growth = (date: string) => (1 + spec.weeklyGain) ** ((dayNumber(date) - start) / 7);
  const deviation = new Map<string, number>();
  const deviate = (id: string) => {
    let d = deviation.get(id);
    if (d === undefined) {
      d = 1 + (2 * createRandom(`${spec.seed}:ratio:${id}`).next() - 1) * INDIVIDUAL_DEVIATION;
      deviation.set(id, d);
    }
    return d;
  };
  // The system pulling 1RM: body mass moved for `pullUpReps` reps to failure (RTS chart).
  const pullSystem = () =>
    spec.pullUpReps >= 1 ? spec.bodyMassKg / (percentOf1rm(spec.pullUpReps, 10) / 100) : spec.bodyMassKg * 0.8;
  const baseKg = (b: RatioBase) => (b === "pull" ? pullSystem() : spec.oneRepMaxKg[b]);

  const relationOf = (ex: Exercise): Relation | undefined => {
    if (ex.loadType === "bodyweight" || ex.loadType === "band") return undefined;
    const listed = RELATIONS[ex.id];
    if (listed) return listed;
    if (ex.id === "weighted-pull-up") return { base: "pull", ratio: 1, hands: 1 };
    // Conditioning machines, mobility and warm-up drills have no strength truth.
    if (UNSTRENGTH_PATTERNS.has(ex.pattern)) return undefined;
    const base = PATTERN_BASE[ex.pattern] ?? "barbell-bent-over-row";
    return { base, ratio: FALLBACK_RATIO, hands: 1 };
  };

  return {
    spec,
    relationOf,
    oneRepMaxKg(ex, date) {
      const rel = relationOf(ex);
      if (!rel) return undefined;
      const isBase = (RELATIONS[ex.id]?.ratio ?? 0) === 1 && rel.base === ex.id;
      let total = baseKg(rel.base) * rel.ratio * (isBase ? 1 : deviate(ex.id));
      // A weighted pull-up's load is what hangs from the belt: the system 1RM minus the body.
      if (ex.id === "weighted-pull-up") total = Math.max(0, total - spec.bodyMassKg);
      return (total * growth(date)) / prescribedLoadDivisor(ex, rel);
    },
    maxReps(ex, date) {
      return bodyweightMaxReps(ex, spec) * deviate(ex.id) * growth(date);
    },
  };
}

/** Fresh reps to failure for unloaded work, from the athlete's pull-up and push-up maxima. */
function bodyweightMaxReps(ex: Exercise, spec: AthleteSpec): number {
  const pull = spec.pullUpReps;
  const push = spec.pushUpReps;
  const byId: Record<string, number> = {
    "pull-up": pull,
    "chin-up": pull + 1,
    "negative-pull-up": pull + 4,
    "scapular-pull-up": pull + 8,
    "push-up": push,
    "knee-push-up": push * 1.6 + 4,
    "incline-push-up": push * 1.6 + 4,
    "wall-push-up": push * 3 + 10,
    "decline-push-up": push * 0.7,
    "archer-push-up": push * 0.4,
    "diamond-push-up": push * 0.6,
    "parallel-bar-dip": push * 0.5,
    "bench-dip": push * 0.8,
    "pike-push-up": push * 0.5,
    "handstand-push-up": push * 0.15,
    "pistol-squat": 3,
    "box-pistol": 6,
    "nordic-curl": 3,
    "plyo-push-up": push * 0.5,
    "ab-wheel-rollout": 12,
    "hanging-leg-raise": 10,
    "hanging-knee-raise": 15,
  };
  const listed = byId[ex.id];
  if (listed !== undefined) return Math.max(0, listed);
  if (ex.pattern === "horizontal_pull") return pull * 1.5 + 6;
  if (ex.pattern === "vertical_pull") return pull + 6;
  if (ex.pattern === "horizontal_push" || ex.pattern === "vertical_push") return push;
  if (ex.pattern === "squat" || ex.pattern === "lunge" || ex.pattern === "hinge") return 30;
  return 20;
}
