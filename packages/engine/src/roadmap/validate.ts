import { addDays, dayNumber } from "../core/dates.ts";
import type { EngineFieldError } from "../core/errors.ts";
import { checkGroups } from "../method/validate-groups.ts";
import type { Block, ProgressionRule, Roadmap } from "./types.ts";

/**
 * Checks a roadmap a coach has edited. Returns every problem (empty = valid) so an editor can show
 * them all at once: blocks back to back from `startDate`, 1-52 weeks each, a 1-7 day split whose
 * days start with a main slot, RPE targets 1-10, sensible progression parameters.
 */
export function validateRoadmap(roadmap: Roadmap): EngineFieldError[] {
  const errors: EngineFieldError[] = [];
  const push = (path: string, message: string) => errors.push({ path, message });
  try {
    dayNumber(roadmap.startDate, "startDate");
  } catch {
    push("startDate", "expected a real date as YYYY-MM-DD");
    return errors;
  }
  if (roadmap.blocks.length === 0) push("blocks", "a roadmap needs at least one block");
  let expected = roadmap.startDate;
  roadmap.blocks.forEach((b, i) => {
    const p = `blocks.${i}`;
    if (b.startDate !== expected) push(`${p}.startDate`, `expected ${expected} (blocks run back to back)`);
    if (!Number.isInteger(b.weeks) || b.weeks < 1 || b.weeks > 52) push(`${p}.weeks`, "must be an integer 1-52");
    else expected = addDays(expected, b.weeks * 7);
    checkBlock(b, p, push);
  });
  if (errors.length === 0 && roadmap.endDate !== expected) push("endDate", `expected ${expected}`);
  return errors;
}

function checkBlock(b: Block, p: string, push: (path: string, message: string) => void): void {
  if (b.split.length < 1 || b.split.length > 7) push(`${p}.split`, "needs 1-7 training days");
  b.split.forEach((day, d) => {
    if (day.slots.length < 1 || day.slots.length > 8) push(`${p}.split.${d}.slots`, "needs 1-8 slots");
    else if (day.slots[0]!.role !== "main")
      push(`${p}.split.${d}.slots.0.role`, "the first slot must be the main lift");
    // A coach's edit of the split keeps supersets whole, as in a method.
    checkGroups(day.slots, `${p}.split.${d}.slots`, push);
  });
  for (const key of ["mainRpe", "accessoryRpe"] as const) {
    const v = b.effort[key];
    if (!(v >= 1 && v <= 10)) push(`${p}.effort.${key}`, "RPE must be 1-10");
  }
  for (const role of ["main", "accessory"] as const) {
    if (!(Number.isInteger(b[role].sets) && b[role].sets >= 1 && b[role].sets <= 10))
      push(`${p}.${role}.sets`, "must be an integer 1-10");
    if (!(Number.isInteger(b[role].reps) && b[role].reps >= 1 && b[role].reps <= 30))
      push(`${p}.${role}.reps`, "must be an integer 1-30");
  }
  checkRule(b.progression, `${p}.progression`, push);
}

function checkRule(r: ProgressionRule, p: string, push: (path: string, message: string) => void): void {
  switch (r.kind) {
    case "linear":
      if (!(r.incrementKg > 0 && r.incrementKg <= 10)) push(`${p}.incrementKg`, "must be > 0 and ≤ 10");
      if (!(r.resetPct >= 0 && r.resetPct <= 30)) push(`${p}.resetPct`, "must be 0-30");
      break;
    case "double":
      if (!(r.repRange[0] >= 1 && r.repRange[1] >= r.repRange[0] && r.repRange[1] <= 30))
        push(`${p}.repRange`, "must be [low, high] with 1 ≤ low ≤ high ≤ 30");
      if (!(r.incrementPct > 0 && r.incrementPct <= 10)) push(`${p}.incrementPct`, "must be > 0 and ≤ 10");
      break;
    case "rpe":
      if (!(r.targetRpe >= 1 && r.targetRpe <= 10)) push(`${p}.targetRpe`, "RPE must be 1-10");
      break;
    case "percent_wave":
      if (r.waves.length === 0) push(`${p}.waves`, "needs at least one step");
      r.waves.forEach((w, i) => {
        if (!(w.pct > 0 && w.pct <= 100)) push(`${p}.waves.${i}.pct`, "must be 1-100");
      });
      break;
    case "velocity":
      if (!(r.targetVelocity > 0 && r.targetVelocity < 2)) push(`${p}.targetVelocity`, "must be 0-2 m/s");
      break;
  }
}
