import type { Unit } from "../model/index.ts";

/** Exact by definition (International Yard and Pound Agreement, 1959). */
export const KG_PER_LB = 0.45359237;

/** Converts a load from `unit` to kilograms, the engine's internal unit. */
export function toKg(value: number, unit: Unit): number {
  return unit === "kg" ? value : value * KG_PER_LB;
}

/** Converts kilograms to `unit`. */
export function fromKg(kg: number, unit: Unit): number {
  return unit === "kg" ? kg : kg / KG_PER_LB;
}

/**
 * A load written in `from` as the same load in `to`, to 0.01: what a plan in kg reads as in a log
 * kept in lb (and back). Unchanged when the units agree, so a kg plan logged in kg keeps its value.
 */
export function convertLoad(value: number, from: Unit, to: Unit): number {
  return from === to ? value : Math.round(fromKg(toKg(value, from), to) * 100) / 100;
}

/** Rounds away float noise (0.1 + 0.2) so grid checks and equality are exact to 1e-6. */
export function clean(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
