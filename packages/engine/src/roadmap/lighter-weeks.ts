import type { DeloadRule, SlotPrescription } from "../method/types.ts";
import type { BlockKind, Slot, SplitDay } from "./types.ts";

/** Without a method's own rule: half the sets, loads ~10% lighter, one RPE easier. */
export const DEFAULT_DELOAD: DeloadRule = { setsScale: 0.5, loadScale: 0.9, rpeShift: 1 };

/**
 * A method slot's prescription for a deload or taper week when the method wrote none: the
 * loading week's dose with volume cut by the deload rule (40-60 % fewer sets) and intensity
 * kept. A deload also eases effort a little; a taper keeps realization intensity (Bosquet et al.
 * 2007, Med Sci Sports Exerc 39:1358-1365: cut volume 41-60 %, keep intensity and frequency).
 */
function lighter(p: SlotPrescription, kind: "deload" | "taper", rule: DeloadRule): SlotPrescription {
  const sets = Math.max(1, Math.round(p.sets * rule.setsScale));
  const out: SlotPrescription = { ...p, sets };
  delete out.amrap;
  delete out.rampDownPct;
  if (kind === "deload") {
    if (out.rpe !== undefined) out.rpe = Math.max(5, out.rpe - rule.rpeShift);
    if (out.percent1rm !== undefined) out.percent1rm = Math.round(out.percent1rm * rule.loadScale * 2) / 2;
    if (out.topSet) out.topSet = { ...out.topSet, rpe: Math.max(5, out.topSet.rpe - rule.rpeShift) };
  }
  return out;
}

function withLighter(slot: Slot, kind: "deload" | "taper", rule: DeloadRule): Slot {
  const p = slot.prescription;
  if (!p || p[kind]) return slot;
  const base =
    kind === "taper"
      ? (p.realization ?? p.intensification ?? p.accumulation)
      : (p.intensification ?? p.accumulation ?? p.realization);
  if (!base) return slot;
  return { ...slot, prescription: { ...p, [kind]: lighter(base, kind, rule) } };
}

/** The split a block of `kind` uses: method days, with lighter-week prescriptions filled in. */
export function splitForBlock(days: readonly SplitDay[], kind: BlockKind, rule: DeloadRule): SplitDay[] {
  if (kind !== "deload" && kind !== "taper") return [...days];
  return days.map((d) => ({ ...d, slots: d.slots.map((s) => withLighter(s, kind, rule)) }));
}
