import type { EquipmentInventory, Unit } from "../model/index.ts";
import { clean, fromKg } from "./conversion.ts";

/** A location's inventory in the prescription unit, ranges expanded to the loads that exist. */
export type AvailableLoads = {
  /** Ascending. */
  dumbbells?: number[];
  /** Ascending. */
  kettlebells?: number[];
  barbellMax?: number;
  machineMax?: number;
  cableMax?: number;
};

/** A dumbbell range longer than this is a typing error, not a rack. */
const MAX_RANGE_ENTRIES = 400;

/**
 * Converts a location's kg inventory to `unit` (exact conversion, float noise cleaned, so lb
 * equipment stored as exact kg prints in whole lb again). Undefined when there is nothing to say.
 */
export function availableLoads(inventory: EquipmentInventory | undefined, unit: Unit): AvailableLoads | undefined {
  if (!inventory) return undefined;
  const conv = (kg: number) => clean(fromKg(kg, unit));
  const sizes = (kgs: readonly number[]) => [...new Set(kgs.filter((x) => x > 0).map(conv))].sort((a, b) => a - b);
  const out: AvailableLoads = {};
  const db = inventory.dumbbellsKg;
  if (Array.isArray(db)) {
    if (db.length > 0) out.dumbbells = sizes(db);
  } else if (db && db.step > 0 && db.max >= db.min) {
    const n = Math.min(MAX_RANGE_ENTRIES, Math.floor(clean((db.max - db.min) / db.step)) + 1);
    out.dumbbells = sizes(Array.from({ length: n }, (_, k) => db.min + k * db.step));
  }
  if (inventory.kettlebellsKg && inventory.kettlebellsKg.length > 0) out.kettlebells = sizes(inventory.kettlebellsKg);
  if (inventory.barbellMaxKg !== undefined) out.barbellMax = conv(inventory.barbellMaxKg);
  if (inventory.machineMaxKg !== undefined) out.machineMax = conv(inventory.machineMaxKg);
  if (inventory.cableMaxKg !== undefined) out.cableMax = conv(inventory.cableMaxKg);
  return out;
}
