import type { LoadType } from "../model/index.ts";
import { clean } from "./conversion.ts";
import type { LoadIncrements } from "./increments.ts";
import type { AvailableLoads } from "./inventory.ts";

/** `nearest` for prescriptions; `down` when a cap must not be exceeded (bounded increases). */
export type RoundMode = "nearest" | "down";

function onStep(value: number, step: number, mode: RoundMode, min: number): number {
  const k = mode === "down" ? Math.floor(clean(value / step)) : Math.round(value / step);
  return clean(Math.max(min, k * step));
}

/** The heaviest grid load not above `max` (but never below `min`: the lightest thing that exists). */
function capOnGrid(load: number, max: number | undefined, base: number, step: number): number {
  if (max === undefined || load <= max + 1e-9) return load;
  return clean(base + Math.max(0, Math.floor(clean((max - base) / step))) * step);
}

/**
 * Rounds a load (in the increments' unit) to one the equipment can make. Never negative, always
 * on the grid, and idempotent: rounding an already rounded load returns it unchanged.
 * - barbell: `bar + k·barbellStep`, at least the empty bar;
 * - dumbbell / machine / cable: `k·step`, at least one step;
 * - kettlebell: the nearest available size (or the largest not above, with `down`);
 * - band / bodyweight: 0 (external load is not prescribed).
 * With `available` (a location's inventory, see `availableLoads`) dumbbells and kettlebells
 * round to the weights that exist there, and no load goes above the heaviest that exists.
 */
export function roundLoad(
  value: number,
  loadType: LoadType,
  inc: LoadIncrements,
  mode: RoundMode = "nearest",
  available?: AvailableLoads,
): number {
  const v = Number.isFinite(value) ? Math.max(0, value) : 0;
  switch (loadType) {
    case "barbell":
      return capOnGrid(
        clean(inc.bar + onStep(v - inc.bar, inc.barbellStep, mode, 0)),
        available?.barbellMax,
        inc.bar,
        inc.barbellStep,
      );
    case "dumbbell":
      if (available?.dumbbells) return nearestSize(v, available.dumbbells, mode);
      return onStep(v, inc.dumbbellStep, mode, inc.dumbbellStep);
    case "machine":
      return capOnGrid(
        onStep(v, inc.machineStep, mode, inc.machineStep),
        available?.machineMax,
        inc.machineStep,
        inc.machineStep,
      );
    case "cable":
      return capOnGrid(
        onStep(v, inc.cableStep, mode, inc.cableStep),
        available?.cableMax,
        inc.cableStep,
        inc.cableStep,
      );
    case "kettlebell":
      return nearestSize(v, available?.kettlebells ?? inc.kettlebells, mode);
    default:
      return 0;
  }
}

function nearestSize(v: number, sizes: readonly number[], mode: RoundMode): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  let best = first;
  for (const s of sorted) {
    if (mode === "down") {
      if (s <= v + 1e-9) best = s;
      // Ties go to the heavier size, as Math.round does on the even grids.
    } else if (Math.abs(s - v) <= Math.abs(best - v) + 1e-9) best = s;
  }
  return best;
}

/**
 * The smallest load the equipment makes that is heavier than `value` (one plate pair, the next
 * dumbbell, the next bell), or undefined when nothing heavier exists. Progression uses it so a
 * coarse grid never blocks the smallest possible increase (8 kg dumbbells → 10 kg).
 */
export function nextLoadUp(
  value: number,
  loadType: LoadType,
  inc: LoadIncrements,
  available?: AvailableLoads,
): number | undefined {
  const sizes =
    loadType === "kettlebell"
      ? (available?.kettlebells ?? inc.kettlebells)
      : loadType === "dumbbell"
        ? available?.dumbbells
        : undefined;
  if (sizes) return [...sizes].sort((a, b) => a - b).find((s) => s > value + 1e-9);
  const step =
    loadType === "barbell"
      ? inc.barbellStep
      : loadType === "dumbbell"
        ? inc.dumbbellStep
        : loadType === "machine"
          ? inc.machineStep
          : loadType === "cable"
            ? inc.cableStep
            : 0;
  if (step <= 0) return undefined;
  const here = roundLoad(value, loadType, inc, "down");
  const up = here > value + 1e-9 ? here : clean(here + step);
  const capped = roundLoad(up, loadType, inc, "nearest", available);
  return capped > value + 1e-9 ? capped : undefined;
}

/** True when `value` is a load `roundLoad` could return for this equipment (and inventory). */
export function isOnGrid(value: number, loadType: LoadType, inc: LoadIncrements, available?: AvailableLoads): boolean {
  return roundLoad(value, loadType, inc, "nearest", available) === clean(value);
}

/** The smallest non-zero load the equipment makes (the bar, one step, the lightest bell). */
export function minimumLoad(loadType: LoadType, inc: LoadIncrements, available?: AvailableLoads): number {
  return roundLoad(0, loadType, inc, "nearest", available);
}
