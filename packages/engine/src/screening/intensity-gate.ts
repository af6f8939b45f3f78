import type { Catalog } from "../catalog/index.ts";
import { startingStrength } from "../catalog/index.ts";
import { type Reason, reason } from "../core/reasons.ts";
import type { ProgressionStates } from "../logging/index.ts";
import type { ClientProfile, EquipmentInventory, Unit } from "../model/index.ts";
import type { EffortScale } from "../trainer-profile/index.ts";
import { availableLoads, fromKg, type LoadIncrements, roundLoad } from "../units/index.ts";
import { isHighImpact } from "./impact.ts";
import type { ClearanceRequirement } from "./requirement.ts";

/**
 * Vigorous work as the gate defines it: RPE ≥ 7 (RIR ≤ 3) or ≥ 60% of 1RM (ACSM 2009 position
 * stand, Med Sci Sports Exerc 41:687-708: < 60% 1RM is the light-to-moderate range for novices).
 */
export const VIGOROUS = { rpe: 7, percent1rm: 60 } as const;
/** What a gated session is capped at: below the vigorous line with room for rounding. */
export const GATED_CAP = { rpe: 6, percent1rm: 55 } as const;

/** The item fields the gate reads and rewrites (a SessionItem has them all). */
export type GateItem = {
  exerciseId: string;
  load?: number;
  effort?: { scale: EffortScale; value: number };
  note?: string;
  reasons: Reason[];
};
export type GatePlan<T extends GateItem> = {
  warmup: T[];
  main: T[];
  finisher: T[];
  cooldown: T[];
  reasons: Reason[];
};
/** What the gate needs to know a lift's 1RM and round a capped load (a session's prescribe context). */
export type GateContext = {
  catalog: Catalog;
  client: ClientProfile;
  states: ProgressionStates;
  today: string;
  unit: Unit;
  increments: LoadIncrements;
  inventory?: EquipmentInventory;
};

/** An effort target as RPE (RIR = 10 − RPE), or null for %1RM targets. */
export function effortRpe(e: { scale: EffortScale; value: number }): number | null {
  return e.scale === "rpe" ? e.value : e.scale === "rir" ? 10 - e.value : null;
}

/** True when an effort target is vigorous on its own scale. */
export function isVigorousEffort(e: { scale: EffortScale; value: number }): boolean {
  if (e.scale === "percent_1rm") return e.value >= VIGOROUS.percent1rm;
  return (effortRpe(e) ?? 0) >= VIGOROUS.rpe;
}

function cappedEffort(e: { scale: EffortScale; value: number }): { scale: EffortScale; value: number } {
  if (e.scale === "percent_1rm") return { scale: e.scale, value: Math.min(e.value, GATED_CAP.percent1rm) };
  if (e.scale === "rir") return { scale: e.scale, value: Math.max(e.value, 10 - GATED_CAP.rpe) };
  return { scale: e.scale, value: Math.min(e.value, GATED_CAP.rpe) };
}

/**
 * Applies open clearance requirements to a drafted plan: high-impact items leave, effort targets
 * are capped at RPE 6 (RIR 4, 55% 1RM) and loads at 55% of the client's known 1RM for the lift
 * (rounded down; when the lightest load available is still ≥ 60%, the load is left to the client
 * with a note). Every change carries a `screening.*` reason. No open requirement: the plan as is.
 */
export function gateSession<T extends GateItem, P extends GatePlan<T>>(
  plan: P,
  open: readonly ClearanceRequirement[],
  ctx: GateContext,
): P {
  if (open.length === 0) return plan;
  const why = open.map((r) => `${r.kind.replaceAll("_", " ")} (see a ${r.see.replaceAll("_", " ")})`).join("; ");
  const thresholds = { rpeBelow: VIGOROUS.rpe, percent1rmBelow: VIGOROUS.percent1rm };
  const removed: string[] = [];
  const gateItem = (item: T): T | null => {
    const ex = ctx.catalog.get(item.exerciseId);
    if (ex && isHighImpact(ex)) {
      removed.push(item.exerciseId);
      return null;
    }
    const next: T = { ...item, reasons: [...item.reasons] };
    if (item.effort) {
      const capped = cappedEffort(item.effort);
      if (capped.value !== item.effort.value) {
        next.effort = capped;
        next.reasons.push(
          reason(
            "screening.effort_cap",
            `Effort capped at ${capped.value} (${capped.scale}) until clearance is recorded: ${why}.`,
            { scale: item.effort.scale, was: item.effort.value },
            thresholds,
          ),
        );
      }
    }
    if (item.load !== undefined && ex) {
      const start = startingStrength({
        exerciseId: ex.id,
        catalog: ctx.catalog,
        states: ctx.states,
        baselines: ctx.client.baselines.repMaxes,
        today: ctx.today,
      });
      if (start) {
        const oneRm = fromKg(start.e1rmKg, ctx.unit);
        const cap = roundLoad(
          oneRm * (GATED_CAP.percent1rm / 100),
          ex.loadType,
          ctx.increments,
          "down",
          availableLoads(ctx.inventory, ctx.unit),
        );
        if (item.load >= oneRm * (VIGOROUS.percent1rm / 100) || item.load > cap) {
          const fits = cap > 0 && cap < oneRm * (VIGOROUS.percent1rm / 100);
          if (fits) next.load = cap;
          else {
            delete next.load;
            next.note = `Use a load you could lift at least 12 times (under ${Math.floor(oneRm * 0.55)} ${ctx.unit}); the lightest available is too heavy until clearance.`;
          }
          next.reasons.push(
            reason(
              "screening.load_cap",
              `Load ${fits ? `capped at ${cap}` : "left to the client"} (under ${VIGOROUS.percent1rm}% of a ${Math.round(oneRm)} ${ctx.unit} 1RM) until clearance is recorded: ${why}.`,
              { was: item.load, e1rm: Math.round(oneRm * 10) / 10, unit: ctx.unit },
              thresholds,
            ),
          );
        }
      }
    }
    return next;
  };
  const section = (items: T[]) => items.map(gateItem).filter((i): i is T => i !== null);
  const out = {
    ...plan,
    warmup: section(plan.warmup),
    main: section(plan.main),
    finisher: section(plan.finisher),
    cooldown: section(plan.cooldown),
  };
  out.reasons = [
    ...plan.reasons,
    reason(
      "screening.clearance_gate",
      `Clearance not recorded (${why}): light-to-moderate work only, no high-impact plyometrics.`,
      {
        open: open.map((r) => r.kind).join(","),
        scope: open.some((r) => r.scope === "any") ? "any" : "vigorous",
      },
      thresholds,
    ),
  ];
  if (removed.length)
    out.reasons.push(
      reason("screening.high_impact_removed", `High-impact work removed until clearance: ${removed.join(", ")}.`, {
        removed: removed.join(","),
      }),
    );
  return out;
}
