import type { Exercise } from "../model/index.ts";
import type { Relation } from "./ratios.ts";

/**
 * The one place that decides whether a dumbbell/kettlebell load is per hand or the total.
 *
 * The engine has no convention field yet; when one appears on the exercise (`loadPer: "hand" |
 * "total"`) it wins. Otherwise: movements done with one implement in each hand (dumbbell bench
 * press, rows, split squats) are prescribed per hand, single-implement work (goblet squat,
 * one-arm row, kettlebell deadlift) as the total, which is how gyms label dumbbells.
 *
 * @returns what to divide the TOTAL load by to get the number the prescription means.
 */
export function prescribedLoadDivisor(ex: Exercise, relation: Relation | undefined): number {
  const declared = (ex as Exercise & { loadPer?: unknown }).loadPer;
  const implementsCount = relation?.hands ?? 1;
  if (declared === "total") return 1;
  if (declared === "hand") return implementsCount;
  if (ex.loadType !== "dumbbell" && ex.loadType !== "kettlebell") return 1;
  return implementsCount;
}
