import type { Catalog } from "../catalog/catalog.ts";
import type { EngineFieldError } from "../core/errors.ts";
import { GOALS, LEVELS, MUSCLES } from "../model/index.ts";
import type { Method } from "./types.ts";
import { checkGroups } from "./validate-groups.ts";
import { checkSlot, isObj, num, oneOf, type Push } from "./validate-slot.ts";

/** Deload and taper weeks cut volume 40-60% and keep intensity (Bosquet et al., MSSE 2007). */
export const DELOAD_SETS_SCALE: [number, number] = [0.4, 0.6];
export const DELOAD_MIN_LOAD_SCALE = 0.85;

/** Most slots a day may hold (the roadmap editor's limit, validateRoadmap). */
export const MAX_SLOTS_PER_DAY = 8;

const ID = /^(org:)?[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Every problem with a method, paths dotted from its root (`days.0.slots.2.prescription.
 * realization.reps`); empty = valid. Reads its input defensively (it may be an import) and never
 * throws. With a catalog, exercise ids must exist there and match their slot's pattern.
 */
export function validateMethod(method: Method, catalog?: Catalog): EngineFieldError[] {
  const problems: EngineFieldError[] = [];
  const push: Push = (path, message) => problems.push({ path, message });
  const m: unknown = method;
  if (!isObj(m)) {
    push("", "a method must be an object");
    return problems;
  }
  if (m.version !== 1) push("version", "must be 1");
  if (typeof m.id !== "string" || !ID.test(m.id)) push("id", "must be a kebab-case id (organization methods: org:...)");
  for (const key of ["name", "summary", "basis"])
    if (typeof m[key] !== "string" || (m[key] as string).trim() === "") push(key, "must not be empty");
  checkList(m.goals, "goals", GOALS, push);
  checkList(m.levels, "levels", LEVELS, push);
  checkRange(m.daysPerWeek, "daysPerWeek", 1, 7, push);
  if (m.minAge !== undefined && !(num(m.minAge) && m.minAge >= 18 && m.minAge <= 120)) push("minAge", "must be 18-120");
  if (m.eventPeaking !== undefined && typeof m.eventPeaking !== "boolean")
    push("eventPeaking", "must be true or false");
  checkDeload(m.deload, push);
  if (m.weeklySets !== undefined) {
    if (!isObj(m.weeklySets)) push("weeklySets", "must map muscles to [min, max] sets");
    else
      for (const [muscle, range] of Object.entries(m.weeklySets)) {
        if (!oneOf(muscle, MUSCLES)) push(`weeklySets.${muscle}`, "not a muscle");
        else checkRange(range, `weeklySets.${muscle}`, 0, 40, push);
      }
  }
  if (!Array.isArray(m.days) || m.days.length < 1 || m.days.length > 7) {
    push("days", "a method needs 1-7 training days");
    return problems;
  }
  m.days.forEach((day: unknown, d) => {
    const p = `days.${d}`;
    if (!isObj(day)) {
      push(p, "a day must be {label, slots}");
      return;
    }
    if (typeof day.label !== "string" || day.label.trim() === "") push(`${p}.label`, "every day needs a label");
    if (!Array.isArray(day.slots) || day.slots.length === 0) {
      push(`${p}.slots`, "a day needs at least one slot");
      return;
    }
    if (day.slots.length > MAX_SLOTS_PER_DAY) push(`${p}.slots`, `at most ${MAX_SLOTS_PER_DAY} slots a day`);
    const first: unknown = day.slots[0];
    if (isObj(first) && first.role !== "main") push(`${p}.slots.0.role`, "the first slot must be a main lift");
    day.slots.forEach((slot: unknown, s) => {
      checkSlot(slot, `${p}.slots.${s}`, push, catalog);
    });
    checkGroups(day.slots, `${p}.slots`, push);
  });
  return problems;
}

function checkList(v: unknown, path: string, allowed: readonly string[], push: Push): void {
  if (!Array.isArray(v) || v.length === 0) {
    push(path, `list at least one of ${allowed.join(", ")}`);
    return;
  }
  v.forEach((x, i) => {
    if (!oneOf(x, allowed)) push(`${path}.${i}`, `must be one of ${allowed.join(", ")}`);
    else if (v.indexOf(x) !== i) push(`${path}.${i}`, `"${x}" is listed twice`);
  });
}

function checkRange(v: unknown, path: string, lo: number, hi: number, push: Push): void {
  if (v === undefined) return;
  if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => num(x) && Number.isInteger(x) && x >= lo && x <= hi)) {
    push(path, `must be [min, max], whole numbers ${lo}-${hi}`);
    return;
  }
  if (v[0] > v[1]) push(path, `range is inverted: ${v[0]} > ${v[1]}`);
}

function checkDeload(d: unknown, push: Push): void {
  if (!isObj(d)) {
    push("deload", "must be {setsScale, loadScale, rpeShift}");
    return;
  }
  const [lo, hi] = DELOAD_SETS_SCALE;
  if (!(num(d.setsScale) && d.setsScale >= lo && d.setsScale <= hi))
    push("deload.setsScale", `a deload cuts volume 40-60%: setsScale must be ${lo}-${hi}`);
  if (!(num(d.loadScale) && d.loadScale >= DELOAD_MIN_LOAD_SCALE && d.loadScale <= 1))
    push("deload.loadScale", `a deload keeps intensity: loadScale must be ${DELOAD_MIN_LOAD_SCALE}-1`);
  if (!(num(d.rpeShift) && d.rpeShift >= -3 && d.rpeShift <= 0)) push("deload.rpeShift", "must be -3 to 0");
}
