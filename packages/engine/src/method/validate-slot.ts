import type { Catalog } from "../catalog/catalog.ts";
import { LOAD_TYPES, MOVEMENT_PATTERNS, MUSCLES } from "../model/index.ts";
import { BLOCK_KINDS, type ProgressionRule, SLOT_ROLES } from "../model/plan.ts";
import { percentOf1rm } from "../strength/rpe-chart.ts";
import { RPE_PERCENT_TOLERANCE, repBounds, rpeContradictsPercent } from "./intensity.ts";
import type { SlotPrescription } from "./types.ts";

/** Collects one problem: a dotted path from the method's root and a sentence for the coach. */
export type Push = (path: string, message: string) => void;

/** Input may come from an import, so every check reads `unknown` and never throws. */
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
export const num = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const int = (v: unknown, lo: number, hi: number) => num(v) && Number.isInteger(v) && v >= lo && v <= hi;
const within = (v: unknown, lo: number, hi: number) => num(v) && v >= lo && v <= hi;
export const oneOf = (v: unknown, allowed: readonly string[]) => typeof v === "string" && allowed.includes(v);

/** Checks one slot of a day: pattern, role, exercises (against the catalog when given), doses, rule. */
export function checkSlot(slot: unknown, p: string, push: Push, catalog?: Catalog): void {
  if (!isObj(slot)) {
    push(p, "a slot must be an object");
    return;
  }
  if (!oneOf(slot.pattern, MOVEMENT_PATTERNS)) push(`${p}.pattern`, "every slot needs a movement pattern");
  if (!oneOf(slot.role, SLOT_ROLES)) push(`${p}.role`, `must be one of ${SLOT_ROLES.join(", ")}`);
  if (slot.exerciseIds !== undefined) checkExercises(slot.exerciseIds, slot.pattern, `${p}.exerciseIds`, push, catalog);
  if (slot.constraints !== undefined) checkConstraints(slot.constraints, `${p}.constraints`, push);
  const rule = isObj(slot.progression) ? (slot.progression as ProgressionRule) : undefined;
  if (slot.progression !== undefined) checkRule(slot.progression, `${p}.progression`, push);
  if (slot.prescription === undefined) return;
  if (!isObj(slot.prescription)) {
    push(`${p}.prescription`, "must map block kinds to doses");
    return;
  }
  const byKind = slot.prescription;
  for (const [kind, dose] of Object.entries(byKind)) {
    if (!oneOf(kind, BLOCK_KINDS)) push(`${p}.prescription.${kind}`, `not a block kind (${BLOCK_KINDS.join(", ")})`);
    else checkPrescription(dose, `${p}.prescription.${kind}`, push, rule);
  }
  // A deload or taper week keeps intensity and cuts volume: never more sets than the loading weeks.
  const loading = ["accumulation", "intensification", "realization"]
    .map((k) => byKind[k])
    .filter((d): d is SlotPrescription => isObj(d) && num(d.sets))
    .map(totalSets);
  const most = Math.max(0, ...loading);
  for (const kind of ["deload", "taper"]) {
    const d = byKind[kind];
    if (most > 0 && isObj(d) && num(d.sets) && totalSets(d as SlotPrescription) > most)
      push(`${p}.prescription.${kind}.sets`, `a ${kind} week cuts volume: at most the loading weeks' ${most} sets`);
  }
}

const totalSets = (d: SlotPrescription) => d.sets + (isObj(d.topSet) ? 1 : 0);

function checkExercises(ids: unknown, pattern: unknown, p: string, push: Push, catalog?: Catalog): void {
  if (!Array.isArray(ids) || ids.length === 0) {
    push(p, "list at least one exercise id, or leave it out");
    return;
  }
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (typeof id !== "string" || id === "") {
      push(`${p}.${i}`, "must be an exercise id");
      return;
    }
    if (seen.has(id)) push(`${p}.${i}`, `"${id}" is listed twice`);
    seen.add(id);
    if (!catalog) return;
    const ex = catalog.get(id);
    if (!ex) push(`${p}.${i}`, `unknown exercise "${id}"`);
    else if (typeof pattern === "string" && ex.pattern !== pattern)
      push(`${p}.${i}`, `"${id}" is a ${ex.pattern} exercise, the slot's pattern is ${pattern}`);
  });
}

function checkConstraints(c: unknown, p: string, push: Push): void {
  if (!isObj(c)) {
    push(p, "must be an object");
    return;
  }
  const list = (key: string, allowed: readonly string[]) => {
    const v = c[key];
    if (v === undefined) return;
    if (!Array.isArray(v)) {
      push(`${p}.${key}`, "must be a list");
      return;
    }
    v.forEach((x, i) => {
      if (!oneOf(x, allowed)) push(`${p}.${key}.${i}`, `must be one of ${allowed.join(", ")}`);
    });
  };
  list("loadTypes", LOAD_TYPES);
  list("muscles", MUSCLES);
  if (c.unilateral !== undefined && typeof c.unilateral !== "boolean") push(`${p}.unilateral`, "must be true or false");
}

/** Sets, reps in order, effort on the 1-10 scale, and RPE and %1RM that agree on the RTS chart. */
export function checkPrescription(d: unknown, p: string, push: Push, rule?: ProgressionRule): void {
  if (!isObj(d)) {
    push(p, "must be a dose {sets, reps, rpe or percent1rm}");
    return;
  }
  if (!int(d.sets, 1, 20)) push(`${p}.sets`, "must be a whole number 1-20");
  const reps = d.reps;
  const repsOk = Array.isArray(reps)
    ? reps.length === 2 && int(reps[0], 1, 100) && int(reps[1], 1, 100)
    : int(reps, 1, 100);
  if (!repsOk) push(`${p}.reps`, "must be a whole number 1-100 or a range [low, high]");
  else if (Array.isArray(reps) && (reps[0] as number) > (reps[1] as number))
    push(`${p}.reps`, `range is inverted: ${reps[0]} > ${reps[1]}`);
  if (d.rpe !== undefined && !within(d.rpe, 1, 10)) push(`${p}.rpe`, "RPE must be 1-10");
  if (d.percent1rm !== undefined && !within(d.percent1rm, 1, 100)) push(`${p}.percent1rm`, "must be 1-100 %");
  if (d.restSeconds !== undefined && !int(d.restSeconds, 0, 900)) push(`${p}.restSeconds`, "must be 0-900 s");
  if (d.seconds !== undefined && !int(d.seconds, 1, 3600)) push(`${p}.seconds`, "must be 1-3600 s");
  const clean = repsOk && within(d.rpe ?? 5, 1, 10) && within(d.percent1rm ?? 50, 1, 100);
  const dose = d as SlotPrescription;
  if (clean && rpeContradictsPercent(dose, rule)) {
    const [lo, hi] = repBounds(dose.reps);
    const chart = `${percentOf1rm(hi, dose.rpe!).toFixed(1)}-${percentOf1rm(lo, dose.rpe!).toFixed(1)}`;
    push(`${p}.percent1rm`, `contradicts RPE ${dose.rpe} for ${lo}-${hi} reps (RTS chart: ${chart} %1RM); give one`);
  }
  if (d.rampDownPct !== undefined) checkRamp(dose, p, push, rule);
  if (d.topSet !== undefined) checkTopSet(dose, p, push, clean);
}

function checkRamp(d: SlotPrescription, p: string, push: Push, rule?: ProgressionRule): void {
  const ramp: unknown = d.rampDownPct;
  if (!Array.isArray(ramp) || !ramp.every((x) => within(x, 1, 60))) {
    push(`${p}.rampDownPct`, "must be a list of 1-60 %1RM points below the last set");
    return;
  }
  if (d.percent1rm === undefined && rule?.kind !== "percent_wave")
    push(`${p}.rampDownPct`, "ramped sets need a %1RM: give percent1rm or a percent_wave rule");
  if (num(d.sets) && ramp.length >= d.sets) push(`${p}.rampDownPct`, `needs fewer ramped sets than the ${d.sets} sets`);
  for (let i = 1; i < ramp.length; i++)
    if ((ramp[i] as number) >= (ramp[i - 1] as number))
      push(`${p}.rampDownPct.${i}`, "ramped sets climb toward the last one: list larger drops first");
}

function checkTopSet(d: SlotPrescription, p: string, push: Push, clean: boolean): void {
  const t: unknown = d.topSet;
  if (!isObj(t)) {
    push(`${p}.topSet`, "must be {reps, rpe, backoffPct}");
    return;
  }
  if (!int(t.reps, 1, 100)) push(`${p}.topSet.reps`, "must be a whole number 1-100");
  if (!within(t.rpe, 1, 10)) push(`${p}.topSet.rpe`, "RPE must be 1-10");
  if (!within(t.backoffPct, 50, 100)) push(`${p}.topSet.backoffPct`, "must be 50-100 % of the top set");
  if (!clean || !int(t.reps, 1, 100) || !within(t.rpe, 1, 10) || !within(t.backoffPct, 50, 100)) return;
  // The back-off sets' load follows from the top set; a stated back-off RPE must agree with it.
  if (d.rpe === undefined) return;
  const backoff = (percentOf1rm(t.reps as number, t.rpe as number) * (t.backoffPct as number)) / 100;
  const [lo, hi] = repBounds(d.reps);
  if (
    backoff < percentOf1rm(hi, d.rpe) - RPE_PERCENT_TOLERANCE ||
    backoff > percentOf1rm(lo, d.rpe) + RPE_PERCENT_TOLERANCE
  )
    push(`${p}.topSet.backoffPct`, `back-off sets at ${backoff.toFixed(1)} %1RM contradict RPE ${d.rpe}`);
}

/** A progression rule's parameters (the same limits the roadmap editor enforces). */
export function checkRule(r: unknown, p: string, push: Push): void {
  if (!isObj(r)) {
    push(p, "must be a progression rule");
    return;
  }
  switch (r.kind) {
    case "linear":
      if (!(num(r.incrementKg) && r.incrementKg > 0 && r.incrementKg <= 10))
        push(`${p}.incrementKg`, "must be > 0 and ≤ 10");
      if (!int(r.failureLimit, 1, 10)) push(`${p}.failureLimit`, "must be a whole number 1-10");
      if (!within(r.resetPct, 0, 30)) push(`${p}.resetPct`, "must be 0-30");
      return;
    case "double": {
      const rr = r.repRange;
      if (!(Array.isArray(rr) && int(rr[0], 1, 30) && int(rr[1], 1, 30) && rr[0] <= rr[1]))
        push(`${p}.repRange`, "must be [low, high] with 1 ≤ low ≤ high ≤ 30");
      if (!(num(r.incrementPct) && r.incrementPct > 0 && r.incrementPct <= 10))
        push(`${p}.incrementPct`, "must be > 0 and ≤ 10");
      return;
    }
    case "rpe":
      if (!int(r.reps, 1, 30)) push(`${p}.reps`, "must be a whole number 1-30");
      if (!within(r.targetRpe, 1, 10)) push(`${p}.targetRpe`, "RPE must be 1-10");
      return;
    case "percent_wave":
      if (!within(r.trainingMaxPct, 50, 100)) push(`${p}.trainingMaxPct`, "must be 50-100");
      if (!Array.isArray(r.waves) || r.waves.length === 0) {
        push(`${p}.waves`, "needs at least one step");
        return;
      }
      r.waves.forEach((w: unknown, i) => {
        if (!isObj(w) || !within(w.pct, 1, 100) || !int(w.reps, 1, 30))
          push(`${p}.waves.${i}`, "each step is {pct 1-100, reps 1-30}");
      });
      return;
    case "velocity":
      if (!int(r.reps, 1, 30)) push(`${p}.reps`, "must be a whole number 1-30");
      if (!(num(r.targetVelocity) && r.targetVelocity > 0 && r.targetVelocity <= 2))
        push(`${p}.targetVelocity`, "must be > 0 and ≤ 2 m/s");
      return;
    default:
      push(`${p}.kind`, "must be linear, double, rpe, percent_wave or velocity");
  }
}
