import type { Exercise } from "../model/index.ts";
import type { ItemGroup, ItemRole } from "./types.ts";

/** Seconds to set up, load or change equipment before a bodyweight exercise's first set. */
export const TRANSITION_SECONDS = 30;
/** A loaded exercise takes longer to set up (bar, plates, bench, stack). */
export const LOADED_TRANSITION_SECONDS = 60;
/** Per set: getting into position, unracking and re-racking, breathing before the first rep. */
export const SET_SETUP_SECONDS = 10;
/** Unilateral work: switching sides within a set. */
export const SIDE_SWITCH_SECONDS = 5;

/**
 * Estimated seconds for an item, counted as a stopwatch would: per set the work (reps ×
 * secondsPerRep, or seconds; × 2 sides for unilateral work plus the switch) and the setup; rest
 * between sets; and one transition to set the exercise up. A ramp set's "transition" is its rest:
 * the plates change while the lifter recovers before the next ramp or work set.
 * In a superset or circuit the rests are the group's: a member other than the last rests (briefly)
 * after each of its sets before the next member, the last one rests after every round but the
 * final one; the other members' sets fill what would have been rest (that is the time saved).
 */
export function itemSeconds(
  ex: Exercise,
  item: { sets: number; reps?: number; seconds?: number; restSeconds: number; role?: ItemRole; group?: ItemGroup },
): number {
  const perSet = item.seconds !== undefined ? item.seconds : (item.reps ?? 0) * ex.secondsPerRep;
  const sides = ex.unilateral ? 2 : 1;
  const work = item.sets * (perSet * sides + SET_SETUP_SECONDS + (sides - 1) * SIDE_SWITCH_SECONDS);
  const loaded = ex.loadType !== "bodyweight" && ex.loadType !== "band";
  const transition = item.role === "ramp" ? item.restSeconds : loaded ? LOADED_TRANSITION_SECONDS : TRANSITION_SECONDS;
  const g = item.group;
  const rests =
    g === undefined
      ? Math.max(0, item.sets - 1) * item.restSeconds
      : g.position < g.size
        ? item.sets * item.restSeconds
        : Math.max(0, item.sets - 1) * g.restAfterSeconds;
  return Math.round(work + rests + transition);
}
