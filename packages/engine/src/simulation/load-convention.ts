import * as catalogApi from "../catalog/index.ts";
import type { Exercise } from "../model/index.ts";
import type { Relation } from "./ratios.ts";

type LoadPer = (ex: Pick<Exercise, "id" | "loadType">) => "hand" | "total" | undefined;

/**
 * The engine's own per-hand/total convention (catalog `loadPer`), read through the module
 * namespace so the simulation keeps working while that helper is being introduced.
 */
const engineLoadPer = (catalogApi as unknown as { loadPer?: LoadPer }).loadPer;

/**
 * The one place that decides whether a dumbbell/kettlebell load is per hand or the total.
 * The engine's convention wins when it exists; otherwise movements done with one implement in
 * each hand (dumbbell bench press, rows, split squats) are per hand and single-implement work
 * (goblet squat, kettlebell swing) is the total. A one-arm exercise's single bell is both.
 *
 * @returns what to divide the TOTAL load moved (the ratio table's unit) by to get the number the
 * prescription means.
 */
export function prescribedLoadDivisor(ex: Exercise, relation: Relation | undefined): number {
  if (ex.loadType !== "dumbbell" && ex.loadType !== "kettlebell") return 1;
  const implementsHeld = relation?.hands ?? 1;
  const per = engineLoadPer ? engineLoadPer(ex) : implementsHeld === 2 ? "hand" : "total";
  return per === "hand" ? implementsHeld : 1;
}
