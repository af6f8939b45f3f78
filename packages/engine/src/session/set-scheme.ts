import { reason } from "../core/reasons.ts";
import type { SlotPrescription } from "../method/index.ts";
import type { Exercise } from "../model/index.ts";
import { percentOf1rm, rpeForPercent } from "../strength/index.ts";
import { availableLoads, roundLoad } from "../units/index.ts";
import { itemSeconds } from "./duration.ts";
import { effortOn, type PrescribeContext } from "./prescribe.ts";
import type { SessionItem } from "./types.ts";

/** A load for a derived set, on what today's location actually has (inventory), like the top set. */
function derivedLoad(value: number, ex: Exercise, ctx: PrescribeContext): number {
  return roundLoad(value, ex.loadType, ctx.increments, "nearest", availableLoads(ctx.inventory, ctx.unit));
}

function finish(item: SessionItem, ex: Exercise): SessionItem {
  item.estimatedSeconds = itemSeconds(ex, item);
  return item;
}

/**
 * A top set then back-off sets: `top` was prescribed at the top set's reps and RPE; the back-off
 * sets take `backoffPct` % of its load for the slot's reps, and their RPE is read from the RTS
 * chart at that share of the e1RM the top set implies (so RPE and %1RM agree).
 */
function topAndBackoff(top: SessionItem, p: SlotPrescription, ex: Exercise, ctx: PrescribeContext): SessionItem[] {
  const t = p.topSet!;
  const reps = Array.isArray(p.reps) ? p.reps[0] : p.reps;
  const topItem: SessionItem = { ...top, sets: 1, reps: t.reps, reasons: [...top.reasons] };
  if (top.load === undefined) return [finish(topItem, ex)];
  const load = derivedLoad((top.load * t.backoffPct) / 100, ex, ctx);
  const pctOfMax = (percentOf1rm(t.reps, t.rpe) * load) / top.load;
  const rpe = rpeForPercent(reps, pctOfMax);
  const back: SessionItem = {
    ...top,
    sets: p.sets,
    reps,
    load,
    effort: effortOn(ctx.trainer.effortScale, rpe, reps),
    alternatives: [],
    reasons: [
      reason(
        "dose.backoff",
        `Back-off: ${p.sets} × ${reps} at ${t.backoffPct}% of today's top set (${top.load} ${ctx.unit}), about RPE ${rpe}.`,
        { topLoad: top.load, unit: ctx.unit, topReps: t.reps, topRpe: t.rpe },
        { backoffPct: t.backoffPct },
      ),
    ],
  };
  return [finish(topItem, ex), finish(back, ex)];
}

/**
 * Ramped sets below the heaviest one (a 5/3/1 week: 65 %, 75 %, then 85 % for as many reps as
 * possible): `top` was prescribed at the heaviest percentage; each ramp step is `d` points lower.
 */
function rampDown(top: SessionItem, p: SlotPrescription, ex: Exercise, ctx: PrescribeContext): SessionItem[] {
  const steps = p.rampDownPct!;
  const topPct = p.percent1rm!;
  const out: SessionItem[] = [];
  if (top.load !== undefined) {
    for (const d of steps) {
      const pct = topPct - d;
      const load = derivedLoad((top.load * pct) / topPct, ex, ctx);
      // A build-up set below the chart's range (RPE < 6) carries no effort target: printing
      // "RPE 6" for it would overstate the effort; the load is the prescription.
      const { effort: _omitted, ...rest } = top;
      out.push(
        finish(
          {
            ...rest,
            sets: 1,
            load,
            alternatives: [],
            reasons: [
              reason(
                "dose.wave_step",
                `Wave set at ${pct}% (${d} points under today's top set of ${topPct}%).`,
                { topPercent: topPct, topLoad: top.load, unit: ctx.unit },
                { percent: pct },
              ),
            ],
          },
          ex,
        ),
      );
    }
  }
  const topSets = Math.max(1, p.sets - out.length);
  return [...out, finish({ ...top, sets: topSets, ...(p.amrap ? { amrap: true } : {}) }, ex)];
}

/**
 * Expands one prescribed item by the slot's set scheme: a top set with back-off sets, ramped
 * wave sets, or straight sets (optionally with an as-many-reps-as-possible last set).
 */
export function expandSetScheme(
  item: SessionItem,
  p: SlotPrescription | undefined,
  ex: Exercise,
  ctx: PrescribeContext,
): SessionItem[] {
  if (!p || ex.measure !== "reps") return [item];
  if (p.topSet) return topAndBackoff(item, p, ex, ctx);
  if (p.rampDownPct?.length && p.percent1rm !== undefined) return rampDown(item, p, ex, ctx);
  if (p.amrap) return [finish({ ...item, amrap: true }, ex)];
  return [item];
}
