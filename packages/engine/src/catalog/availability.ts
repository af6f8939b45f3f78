import type { Exercise } from "../model/exercise.ts";
import { EQUIPMENT_LEVELS, type Equipment, type EquipmentLevel } from "../model/vocabulary.ts";

const LEVEL_ORDER: readonly EquipmentLevel[] = ["bodyweight", "minimal", "free_weights", "full_gym"];

/**
 * Everything a location at `level` owns. Levels are cumulative: a free-weights home gym also
 * has the bands and pull-up bar of the minimal level, and a full gym has everything below it.
 */
export function equipmentAtLevel(level: EquipmentLevel): Equipment[] {
  const owned = new Set<Equipment>();
  for (const l of LEVEL_ORDER) {
    for (const e of EQUIPMENT_LEVELS[l]) owned.add(e);
    if (l === level) break;
  }
  return [...owned];
}

/**
 * True when ANY one equipment option of the exercise is fully owned (options are an OR of
 * AND-sets; the empty set `[]` means bodyweight and is always available).
 */
export function isAvailable(exercise: Exercise, equipmentOwned: readonly Equipment[]): boolean {
  const owned = new Set(equipmentOwned);
  return exercise.equipment.some((option) => option.every((item) => owned.has(item)));
}

/** The lowest equipment level at which the exercise can be done, or undefined if none reaches it. */
export function minimumLevel(exercise: Exercise): EquipmentLevel | undefined {
  return LEVEL_ORDER.find((level) => isAvailable(exercise, equipmentAtLevel(level)));
}
