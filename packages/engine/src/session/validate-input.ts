import { EngineError, type EngineFieldError } from "../core/errors.ts";
import { validateSessionLogs } from "../logging/index.ts";
import { BODY_REGIONS, EQUIPMENT, type Equipment } from "../model/index.ts";
import { validateRoadmap } from "../roadmap/index.ts";
import { validateTrainerProfile } from "../trainer-profile/index.ts";
import { ADJUSTMENT_KINDS, type GenerateSessionInput } from "./types.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const fail = (errors: EngineFieldError[], code: "invalid_input" | "unknown_exercise" = "invalid_input") => {
  if (errors.length > 0) throw new EngineError(code, `${errors[0]!.path}: ${errors[0]!.message}`, errors);
};

/**
 * Validates generateSession's input beyond its types (the HTTP layer has run zod already, but
 * the engine is also called from the CLI and tests): ranges, references to the catalog and to the
 * client's locations, the roadmap and the history. Returns today's equipment.
 */
export function validateGenerateInput(input: GenerateSessionInput): Equipment[] {
  const { trainer, client, catalog, roadmap, position, today } = input;
  const e: EngineFieldError[] = [];
  const unknown: EngineFieldError[] = [];
  const push = (path: string, message: string) => e.push({ path, message });
  trainer.bannedExercises.forEach((id, i) => {
    if (!catalog.has(id)) unknown.push({ path: `trainer.bannedExercises.${i}`, message: `unknown exercise "${id}"` });
  });
  trainer.preferredExercises.forEach((id, i) => {
    if (!catalog.has(id))
      unknown.push({ path: `trainer.preferredExercises.${i}`, message: `unknown exercise "${id}"` });
  });
  client.baselines.repMaxes.forEach((r, i) => {
    const p = `client.baselines.repMaxes.${i}`;
    if (!catalog.has(r.exerciseId))
      unknown.push({ path: `${p}.exerciseId`, message: `unknown exercise "${r.exerciseId}"` });
    if (!(r.loadKg >= 0)) push(`${p}.loadKg`, "load must be ≥ 0");
    if (!(Number.isInteger(r.reps) && r.reps >= 1)) push(`${p}.reps`, "reps must be an integer ≥ 1");
    if (r.rpe !== undefined && !(r.rpe >= 1 && r.rpe <= 10)) push(`${p}.rpe`, "RPE must be 1-10");
  });
  fail(unknown, "unknown_exercise");
  for (const err of validateTrainerProfile(trainer)) push(`trainer.${err.path}`, err.message);
  if (!(Number.isInteger(today.durationMinutes) && today.durationMinutes >= 15 && today.durationMinutes <= 240))
    push("today.durationMinutes", "must be an integer 15-240");
  today.newPain.forEach((p, i) => {
    if (!BODY_REGIONS.includes(p.region)) push(`today.newPain.${i}.region`, "unknown body region");
    if (!(p.severity >= 0 && p.severity <= 10)) push(`today.newPain.${i}.severity`, "severity must be 0-10");
  });
  const r = today.readiness;
  if (r?.sleepHours !== undefined && !(r.sleepHours >= 0 && r.sleepHours <= 24))
    push("today.readiness.sleepHours", "must be 0-24");
  if (r?.soreness !== undefined && !(r.soreness >= 0 && r.soreness <= 10))
    push("today.readiness.soreness", "must be 0-10");
  if (
    !(Number.isInteger(position.blockIndex) && position.blockIndex >= 0 && position.blockIndex < roadmap.blocks.length)
  )
    push("position.blockIndex", `must be 0-${roadmap.blocks.length - 1}`);
  for (const err of validateRoadmap(roadmap)) push(`roadmap.${err.path}`, err.message);
  let equipment: Equipment[] = [];
  if (today.equipment) {
    today.equipment.forEach((x, i) => {
      if (!EQUIPMENT.includes(x)) push(`today.equipment.${i}`, `unknown equipment "${x}"`);
    });
    equipment = today.equipment;
  } else {
    const id = today.locationId ?? client.defaultLocationId;
    const loc = client.locations.find((l) => l.id === id);
    if (!loc)
      push(today.locationId ? "today.locationId" : "client.defaultLocationId", `no location "${id}" for this client`);
    else equipment = loc.equipment;
  }
  (input.adjustments ?? []).forEach((a, i) => {
    const p = `adjustments.${i}`;
    if (!ADJUSTMENT_KINDS.includes(a.kind)) push(`${p}.kind`, "unknown adjustment kind");
    if (!ISO_DATE.test(a.from)) push(`${p}.from`, "must be an ISO date (YYYY-MM-DD)");
    if (!ISO_DATE.test(a.until) || a.until < a.from) push(`${p}.until`, "must be an ISO date on or after from");
    if (a.loadScale !== undefined && !(a.loadScale >= 0.5 && a.loadScale <= 1)) push(`${p}.loadScale`, "must be 0.5-1");
    if (a.setsScale !== undefined && !(a.setsScale >= 0.25 && a.setsScale <= 1.5))
      push(`${p}.setsScale`, "must be 0.25-1.5");
    if (a.rpeShift !== undefined && !(a.rpeShift >= -3 && a.rpeShift <= 0)) push(`${p}.rpeShift`, "must be -3-0");
    if (a.kind === "substitution" && !a.exerciseId) push(`${p}.exerciseId`, "a substitution names the exercise");
  });
  for (const [id, st] of Object.entries(input.priorStates ?? {})) {
    // A state of an exercise the catalog no longer has is harmless (never selected): not checked.
    const p = `priorStates.${id}`;
    if (!st || typeof st !== "object") {
      push(p, "must be a progression state");
      continue;
    }
    for (const f of [
      "exposures",
      "e1rmKg",
      "lastE1rmKg",
      "bestE1rmKg",
      "lastLoadKg",
      "lastReps",
      "lastMinReps",
    ] as const)
      if (!(Number.isFinite(st[f]) && st[f] >= 0)) push(`${p}.${f}`, "must be a number ≥ 0");
    if (!ISO_DATE.test(st.lastDate)) push(`${p}.lastDate`, "expected YYYY-MM-DD");
    if (st.lastRpe !== undefined && !(st.lastRpe >= 1 && st.lastRpe <= 10)) push(`${p}.lastRpe`, "RPE must be 1-10");
  }
  fail(e);
  validateSessionLogs(input.history, "history", (id) => catalog.has(id));
  return equipment;
}
