import type { Unit } from "../../units/index.ts";
import type { IntakeState } from "./intake-state.ts";

export type SectionProps = {
  s: IntakeState;
  set: (patch: Partial<IntakeState>) => void;
  unit: Unit;
};

/** Toggles `v` in a list (for checkbox groups). */
export function toggle<T>(list: T[], v: T, on: boolean): T[] {
  return on ? (list.includes(v) ? list : [...list, v]) : list.filter((x) => x !== v);
}
