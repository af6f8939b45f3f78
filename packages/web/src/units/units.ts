/** Loads are kilograms everywhere in the API and engine; pounds exist only at display edges. */

export type Unit = "kg" | "lb";

/** International avoirdupois pound (exact by definition since 1959). */
export const KG_PER_LB = 0.45359237;

export function fromKg(kg: number, unit: Unit): number {
  return unit === "kg" ? kg : kg / KG_PER_LB;
}

export function toKg(value: number, unit: Unit): number {
  return unit === "kg" ? value : value * KG_PER_LB;
}

/** Rounds for display: 0.5 kg or 1 lb steps, matching the smallest common plate jumps. */
export function roundLoad(value: number, unit: Unit): number {
  return unit === "kg" ? Math.round(value * 2) / 2 : Math.round(value);
}

export function formatLoad(kg: number | undefined, unit: Unit): string {
  if (kg === undefined) return "—";
  if (kg === 0) return "bodyweight";
  return `${roundLoad(fromKg(kg, unit), unit)} ${unit}`;
}
