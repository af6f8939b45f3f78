import type { Goal, Level } from "../model/index.ts";
import type { BlockKind } from "./types.ts";

/** Main-lift reps and RPE for one block kind. */
export type MainZone = { reps: number; rpe: number };

/**
 * Main-lift reps × RPE per goal and block kind (the %1RM these land at, from the RTS chart, in
 * comments). After the NSCA goal-based assignment (Haff & Triplett, Essentials of Strength
 * Training and Conditioning, 4th ed., 2016): strength ≤ 6 reps at ≥ 80-85 %1RM, hypertrophy
 * 6-12 reps at 67-85 %, muscular endurance ≥ 12 reps at ≤ 67 %; and the ACSM progression stand
 * (Ratamess et al. 2009, Med Sci Sports Exerc 41:687-708): volume first, then intensity.
 * Deload rows keep the intensification reps (intensity is kept, volume is cut elsewhere);
 * taper rows keep realization-like intensity at low volume (Bosquet et al. 2007, Med Sci Sports
 * Exerc 39:1358-1365: keep intensity, cut volume 41-60 %).
 */
const MAIN_ZONES: Record<Goal, Record<BlockKind, MainZone>> = {
  strength: {
    accumulation: { reps: 6, rpe: 7.5 }, // ≈ 79 %
    intensification: { reps: 4, rpe: 8 }, // ≈ 84 %
    realization: { reps: 2, rpe: 8.5 }, // ≈ 90 %
    deload: { reps: 4, rpe: 6.5 }, // ≈ 79 %
    taper: { reps: 2, rpe: 8 }, // ≈ 89 %
  },
  performance: {
    accumulation: { reps: 5, rpe: 7.5 },
    intensification: { reps: 3, rpe: 8 },
    realization: { reps: 2, rpe: 8.5 },
    deload: { reps: 3, rpe: 6.5 },
    taper: { reps: 2, rpe: 8 },
  },
  hypertrophy: {
    accumulation: { reps: 10, rpe: 7.5 }, // ≈ 71 %
    intensification: { reps: 8, rpe: 8 }, // ≈ 76 %
    realization: { reps: 6, rpe: 8.5 }, // ≈ 81 %
    deload: { reps: 8, rpe: 6.5 },
    taper: { reps: 6, rpe: 8 },
  },
  fat_loss: {
    accumulation: { reps: 10, rpe: 7 },
    intensification: { reps: 8, rpe: 7.5 },
    realization: { reps: 8, rpe: 8 },
    deload: { reps: 8, rpe: 6 },
    taper: { reps: 8, rpe: 7 },
  },
  general_health: {
    accumulation: { reps: 10, rpe: 7 },
    intensification: { reps: 8, rpe: 7.5 },
    realization: { reps: 8, rpe: 8 },
    deload: { reps: 8, rpe: 6 },
    taper: { reps: 8, rpe: 7 },
  },
  endurance: {
    accumulation: { reps: 15, rpe: 7 },
    intensification: { reps: 12, rpe: 7.5 },
    realization: { reps: 12, rpe: 8 },
    deload: { reps: 12, rpe: 6 },
    taper: { reps: 12, rpe: 7 },
  },
};

/**
 * Novices (and anyone whose training age says beginner) stay in 8-12 reps at moderate effort
 * whatever the goal (ACSM 2009: novices 8-12 RM loads; RIR is least accurate far from failure
 * in the inexperienced, Zourdos et al. 2016, J Strength Cond Res 30:267-275).
 */
const BEGINNER: Record<BlockKind, MainZone> = {
  accumulation: { reps: 10, rpe: 7 },
  intensification: { reps: 8, rpe: 7.5 },
  realization: { reps: 8, rpe: 7.5 },
  deload: { reps: 8, rpe: 6 },
  taper: { reps: 8, rpe: 6.5 },
};

/** Working sets of a main lift per loading session, by goal (NSCA: strength 2-6, hypertrophy 3-6). */
const MAIN_SETS: Record<Goal, number> = {
  strength: 5,
  performance: 5,
  hypertrophy: 4,
  fat_loss: 3,
  general_health: 3,
  endurance: 3,
};

export function mainZone(goal: Goal, level: Level, kind: BlockKind): MainZone {
  return level === "beginner" ? BEGINNER[kind] : MAIN_ZONES[goal][kind];
}

export function mainSets(goal: Goal, level: Level): number {
  return level === "beginner" ? 3 : MAIN_SETS[goal];
}
