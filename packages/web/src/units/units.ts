/** Loads are kilograms everywhere in the API and engine; pounds exist only at display edges. */
import { fromKg, type Unit } from "@spotter/engine";

// The conversion itself is the engine's (one home for the pound); this file adds display rules.
export { fromKg, KG_PER_LB, toKg, type Unit } from "@spotter/engine";

/** Rounds for display: 0.5 kg or 1 lb steps, matching the smallest common plate jumps. */
export function roundLoad(value: number, unit: Unit): number {
  return unit === "kg" ? Math.round(value * 2) / 2 : Math.round(value);
}

export function formatLoad(kg: number | undefined, unit: Unit): string {
  if (kg === undefined) return "—";
  if (kg === 0) return "bodyweight";
  return `${roundLoad(fromKg(kg, unit), unit)} ${unit}`;
}
