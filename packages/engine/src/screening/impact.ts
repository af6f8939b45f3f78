import type { Exercise } from "../model/index.ts";

/**
 * High-impact work an uncleared client does not get: jumps, bounds and hops (the "plyometric" tag)
 * and anything with impact landings or running (the `impact` / `knee_impact` joint-stress tags),
 * except the low-intensity general warm-up drills (jumping jacks, skips).
 */
export function isHighImpact(ex: Pick<Exercise, "tags" | "jointStress">): boolean {
  if (ex.tags.includes("plyometric")) return true;
  if (ex.tags.includes("general_warmup")) return false;
  return ex.jointStress.includes("impact") || ex.jointStress.includes("knee_impact");
}
