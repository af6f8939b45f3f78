import type { MovementPattern } from "../model/index.ts";
import type { Slot, SlotRole, SplitDay } from "./types.ts";

const s = (pattern: MovementPattern, role: SlotRole): Slot => ({ pattern, role });

const FULL_A: SplitDay = {
  label: "Full body A (squat)",
  slots: [
    s("squat", "main"),
    s("horizontal_push", "secondary"),
    s("horizontal_pull", "accessory"),
    s("core_anti_extension", "accessory"),
  ],
};
const FULL_B: SplitDay = {
  label: "Full body B (hinge)",
  slots: [
    s("hinge", "main"),
    s("vertical_pull", "secondary"),
    s("vertical_push", "accessory"),
    s("lunge", "accessory"),
    s("core_anti_rotation", "accessory"),
  ],
};
const FULL_C: SplitDay = {
  label: "Full body C (press)",
  slots: [
    s("horizontal_push", "main"),
    s("lunge", "secondary"),
    s("horizontal_pull", "accessory"),
    s("carry", "accessory"),
    s("core_anti_lateral_flexion", "accessory"),
  ],
};
const LOWER_1: SplitDay = {
  label: "Lower 1 (squat)",
  slots: [s("squat", "main"), s("hinge", "secondary"), s("lunge", "accessory"), s("core_anti_extension", "accessory")],
};
const UPPER_1: SplitDay = {
  label: "Upper 1 (horizontal)",
  slots: [
    s("horizontal_push", "main"),
    s("horizontal_pull", "secondary"),
    s("vertical_pull", "accessory"),
    s("vertical_push", "accessory"),
  ],
};
const LOWER_2: SplitDay = {
  label: "Lower 2 (hinge)",
  slots: [s("hinge", "main"), s("squat", "secondary"), s("carry", "accessory"), s("core_anti_rotation", "accessory")],
};
const UPPER_2: SplitDay = {
  label: "Upper 2 (vertical)",
  slots: [
    s("vertical_push", "main"),
    s("vertical_pull", "secondary"),
    s("horizontal_push", "accessory"),
    s("horizontal_pull", "accessory"),
    s("core_anti_lateral_flexion", "accessory"),
  ],
};
const SINGLE_LEG: SplitDay = {
  label: "Single leg and pull",
  slots: [
    s("lunge", "main"),
    s("horizontal_pull", "secondary"),
    s("vertical_push", "accessory"),
    s("core_anti_extension", "accessory"),
  ],
};
const CONDITIONING: SplitDay = {
  label: "Conditioning and mobility",
  slots: [s("conditioning", "main"), s("carry", "accessory"), s("core_anti_rotation", "accessory")],
};

/**
 * The weekly split for a number of training days: full body for 1-3 days (frequency matters for
 * strength: Pelland et al. 2025, Sports Med), upper/lower for 4, plus single-leg and conditioning days beyond.
 * Every day's first slot is its main lift; across the week each major pattern gets a main slot.
 */
export function weeklySplit(daysPerWeek: number): SplitDay[] {
  switch (Math.max(1, Math.min(7, Math.round(daysPerWeek)))) {
    case 1:
      return [
        { label: "Full body", slots: [...FULL_A.slots.slice(0, 3), s("hinge", "secondary"), ...FULL_A.slots.slice(3)] },
      ];
    case 2:
      return [FULL_A, FULL_B];
    case 3:
      return [FULL_A, FULL_B, FULL_C];
    case 4:
      return [LOWER_1, UPPER_1, LOWER_2, UPPER_2];
    case 5:
      return [LOWER_1, UPPER_1, LOWER_2, UPPER_2, SINGLE_LEG];
    case 6:
      return [LOWER_1, UPPER_1, LOWER_2, UPPER_2, SINGLE_LEG, CONDITIONING];
    default:
      return [LOWER_1, UPPER_1, CONDITIONING, LOWER_2, UPPER_2, SINGLE_LEG, CONDITIONING];
  }
}
