import type { DeloadRule, SlotPrescription } from "../method/types.ts";
import type { BlockKind, Slot, SplitDay } from "./types.ts";

/** Without a method's own rule: half the sets, loads ~10% lighter, one RPE easier. */
export const DEFAULT_DELOAD: DeloadRule = { setsScale: 0.5, loadScale: 0.9, rpeShift: -1 };

/**
 * Sets kept in a lighter week, across a day's slots: each slot's share is rounded so the running
 * total stays on target (3 + 3 + 3 + 3 sets at 0.5 → 2 + 1 + 2 + 1), so the day's volume is cut
 * by the rule's share even when every slot has an odd number of sets; at least one set each.
 */
export function lighterSets(sets: readonly number[], scale: number): number[] {
  let wanted = 0;
  let kept = 0;
  return sets.map((n) => {
    wanted += n * scale;
    const k = Math.max(1, Math.round(wanted - kept));
    kept += k;
    return k;
  });
}

/**
 * A method slot's prescription for a deload or taper week when the method wrote none: the
 * loading week's dose with volume cut by the deload rule (40-60 % fewer sets) and intensity
 * kept. A deload also eases effort a little; a taper keeps realization intensity (Bosquet et al.
 * 2007, Med Sci Sports Exerc 39:1358-1365: cut volume 41-60 %, keep intensity and frequency).
 */
function lighter(p: SlotPrescription, kind: "deload" | "taper", rule: DeloadRule, sets: number): SlotPrescription {
  const out: SlotPrescription = { ...p, sets };
  delete out.amrap;
  delete out.rampDownPct;
  if (kind === "deload") {
    if (out.rpe !== undefined) out.rpe = Math.max(5, out.rpe + rule.rpeShift);
    if (out.percent1rm !== undefined) out.percent1rm = Math.round(out.percent1rm * rule.loadScale * 2) / 2;
    if (out.topSet) out.topSet = { ...out.topSet, rpe: Math.max(5, out.topSet.rpe + rule.rpeShift) };
  }
  return out;
}

/** The loading-week prescription a lighter week derives from (taper: the heaviest block's). */
function baseOf(slot: Slot, kind: "deload" | "taper"): SlotPrescription | undefined {
  const p = slot.prescription;
  if (!p || p[kind]) return undefined;
  return kind === "taper"
    ? (p.realization ?? p.intensification ?? p.accumulation)
    : (p.intensification ?? p.accumulation ?? p.realization);
}

function lighterDay(day: SplitDay, kind: "deload" | "taper", rule: DeloadRule): SplitDay {
  const bases = day.slots.map((s) => baseOf(s, kind));
  const derived = bases.filter((b): b is SlotPrescription => b !== undefined);
  const kept = lighterSets(
    derived.map((b) => b.sets),
    rule.setsScale,
  );
  let i = 0;
  const slots = day.slots.map((slot, k) => {
    const base = bases[k];
    if (!base) return slot;
    return { ...slot, prescription: { ...slot.prescription, [kind]: lighter(base, kind, rule, kept[i++]!) } };
  });
  return { ...day, slots };
}

/** The split a block of `kind` uses: method days, with lighter-week prescriptions filled in. */
export function splitForBlock(days: readonly SplitDay[], kind: BlockKind, rule: DeloadRule): SplitDay[] {
  if (kind !== "deload" && kind !== "taper") return [...days];
  return days.map((d) => lighterDay(d, kind, rule));
}
