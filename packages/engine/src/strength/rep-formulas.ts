/**
 * Rep-max formulas: estimated 1RM from a load `w` lifted for `r` reps to failure.
 * Sources: (Epley 1985, Brzycki 1993, Lombardi 1989, Mayhew 1992, O'Conner 1989,
 * Wathen 1994, Lander 1985).
 */
export const REP_FORMULAS = {
  /** 1RM = w·(1 + r/30) */
  epley: (w: number, r: number) => w * (1 + r / 30),
  /** 1RM = w·36/(37 − r) */
  brzycki: (w: number, r: number) => (w * 36) / (37 - r),
  /** 1RM = w·r^0.10 */
  lombardi: (w: number, r: number) => w * r ** 0.1,
  /** 1RM = 100·w/(52.2 + 41.9·e^(−0.055·r)) */
  mayhew: (w: number, r: number) => (100 * w) / (52.2 + 41.9 * Math.exp(-0.055 * r)),
  /** 1RM = w·(1 + 0.025·r) */
  oconner: (w: number, r: number) => w * (1 + 0.025 * r),
  /** 1RM = 100·w/(48.8 + 53.8·e^(−0.075·r)) */
  wathan: (w: number, r: number) => (100 * w) / (48.8 + 53.8 * Math.exp(-0.075 * r)),
  /** 1RM = 100·w/(101.3 − 2.67123·r) */
  lander: (w: number, r: number) => (100 * w) / (101.3 - 2.67123 * r),
} as const;
export type RepFormula = keyof typeof REP_FORMULAS;

/**
 * Reps above this are capped: "no more than 10 repetitions should be used in linear equations"
 * (Reynolds, Gordon & Robergs, JSCR 2006).
 */
export const MAX_FORMULA_REPS = 10;

/**
 * e1RM from a rep max. r = 1 returns w exactly (the raw formulas overshoot at one rep), r = 0
 * returns 0, and r is capped at 10, which under-estimates rather than over-estimates high-rep sets.
 */
export function e1rmFromReps(w: number, r: number, formula: RepFormula = "epley"): number {
  if (r <= 0 || w <= 0) return 0;
  if (r === 1) return w;
  return REP_FORMULAS[formula](w, Math.min(r, MAX_FORMULA_REPS));
}
