import type { Exercise } from "../model/index.ts";
import type { SessionItem } from "../session/index.ts";
import { rpeForPercent, rpeFromRir } from "../strength/index.ts";

/**
 * How the simulation reads a prescription, written against the SessionItem shape only (the
 * generator behind it is being rewritten, so nothing here depends on its internals).
 */

/** Loads that a plate, dumbbell, kettlebell, stack or cable sets (bands and bodyweight do not). */
export function isExternallyLoaded(ex: Exercise): boolean {
  return ex.loadType !== "bodyweight" && ex.loadType !== "band";
}

/** The item's effort target as RPE, whatever scale the trainer prints (undefined when none). */
export function targetRpe(item: SessionItem): number | undefined {
  const e = item.effort;
  if (!e) return undefined;
  if (e.scale === "rpe") return e.value;
  if (e.scale === "rir") return rpeFromRir(e.value);
  return rpeForPercent(Math.max(1, item.reps ?? 1), e.value);
}

/**
 * True when a loaded item asks the client to find their own working weight: no load printed, or
 * the engine's find-weight reason/note (it prints the empty bar with that note for barbells).
 */
export function asksForWorkingWeight(item: SessionItem, ex: Exercise): boolean {
  if (!isExternallyLoaded(ex) || ex.measure !== "reps") return false;
  if (item.load === undefined || item.load <= 0) return true;
  if (item.reasons.some((r) => /find_weight|working_weight/.test(r.ruleId))) return true;
  return /find (your|today's) working weight/i.test(item.note ?? "");
}

/** Items that count as working sets (not warm-up drills, ramps or the cool-down). */
export function isWorkingItem(item: SessionItem): boolean {
  return item.role === "main" || item.role === "secondary" || item.role === "accessory";
}

/** The block kinds whose volume is cut on purpose. */
export function isLighterWeek(blockKind: string): boolean {
  return blockKind === "deload" || blockKind === "taper";
}
