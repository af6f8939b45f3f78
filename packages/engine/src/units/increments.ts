import type { Unit } from "../model/index.ts";

/**
 * What loads a gym can actually make, in one unit. A barbell load is `bar + k × barbellStep`
 * (barbellStep = the smallest plate pair); dumbbells, machine stacks and cables step evenly;
 * kettlebells come in fixed sizes.
 */
export type LoadIncrements = {
  /** Empty bar weight. */
  bar: number;
  /** Smallest jump on the bar: two of the smallest plates. */
  barbellStep: number;
  dumbbellStep: number;
  /** Available kettlebell sizes, ascending. */
  kettlebells: number[];
  machineStep: number;
  cableStep: number;
};

/** Commercial-gym defaults: 1.25 kg / 2.5 lb change plates, 2 kg / 5 lb dumbbell jumps. */
export const DEFAULT_INCREMENTS: Readonly<Record<Unit, LoadIncrements>> = Object.freeze({
  kg: {
    bar: 20,
    barbellStep: 2.5,
    dumbbellStep: 2,
    kettlebells: [4, 6, 8, 10, 12, 14, 16, 20, 24, 28, 32, 36, 40, 48],
    machineStep: 5,
    cableStep: 2.5,
  },
  lb: {
    bar: 45,
    barbellStep: 5,
    dumbbellStep: 5,
    kettlebells: [9, 13, 18, 26, 35, 44, 53, 62, 70, 80, 88, 106],
    machineStep: 10,
    cableStep: 5,
  },
});
