import type { LoadType } from "../model/index.ts";
import { clean } from "./conversion.ts";
import type { LoadIncrements } from "./increments.ts";

/** `nearest` for prescriptions; `down` when a cap must not be exceeded (bounded increases). */
export type RoundMode = "nearest" | "down";

function onStep(value: number, step: number, mode: RoundMode, min: number): number {
  const k = mode === "down" ? Math.floor(clean(value / step)) : Math.round(value / step);
  return clean(Math.max(min, k * step));
}

/**
 * Rounds a load (in the increments' unit) to one the equipment can make. Never negative, always
 * on the grid, and idempotent: rounding an already rounded load returns it unchanged.
 * - barbell: `bar + k·barbellStep`, at least the empty bar;
 * - dumbbell / machine / cable: `k·step`, at least one step;
 * - kettlebell: the nearest available size (or the largest not above, with `down`);
 * - band / bodyweight: 0 (external load is not prescribed).
 */
export function roundLoad(value: number, loadType: LoadType, inc: LoadIncrements, mode: RoundMode = "nearest"): number {
  const v = Number.isFinite(value) ? Math.max(0, value) : 0;
  switch (loadType) {
    case "barbell":
      return clean(inc.bar + onStep(v - inc.bar, inc.barbellStep, mode, 0));
    case "dumbbell":
      return onStep(v, inc.dumbbellStep, mode, inc.dumbbellStep);
    case "machine":
      return onStep(v, inc.machineStep, mode, inc.machineStep);
    case "cable":
      return onStep(v, inc.cableStep, mode, inc.cableStep);
    case "kettlebell":
      return nearestSize(v, inc.kettlebells, mode);
    default:
      return 0;
  }
}

function nearestSize(v: number, sizes: number[], mode: RoundMode): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  let best = first;
  for (const s of sorted) {
    if (mode === "down") {
      if (s <= v + 1e-9) best = s;
    } else if (Math.abs(s - v) < Math.abs(best - v)) best = s;
  }
  return best;
}

/** True when `value` is a load `roundLoad` could return for this equipment. */
export function isOnGrid(value: number, loadType: LoadType, inc: LoadIncrements): boolean {
  return roundLoad(value, loadType, inc) === clean(value);
}

/** The smallest non-zero load the equipment makes (the bar, one step, the lightest bell). */
export function minimumLoad(loadType: LoadType, inc: LoadIncrements): number {
  return roundLoad(0, loadType, inc);
}
