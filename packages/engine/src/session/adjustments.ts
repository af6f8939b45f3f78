import { type Reason, reason } from "../core/reasons.ts";
import type { ProgressionStates } from "../logging/index.ts";
import type { Unit } from "../model/index.ts";
import { fromKg, type LoadIncrements, roundLoad } from "../units/index.ts";
import { itemSeconds } from "./duration.ts";
import type { Adjustment, SessionItem } from "./types.ts";

/** The adjustments whose window contains today (inclusive ISO dates compare as strings). */
export function activeAdjustments(adjustments: readonly Adjustment[] | undefined, today: string): Adjustment[] {
  return (adjustments ?? []).filter((a) => a.from <= today && today <= a.until);
}

/** Pending proposals that shape a draft before the coach decides: the cautious ones. */
const PENDING_SHAPES = new Set<Adjustment["kind"]>(["load_hold", "deload"]);

const who = (a: Adjustment) =>
  a.pending
    ? "held pending your approval"
    : a.decidedBy === "coach"
      ? "approved by the coach"
      : "applied automatically (can be undone)";
const base = (a: Adjustment) => ({
  proposalId: a.proposalId,
  decidedBy: a.decidedBy,
  ...(a.pending ? { pending: true } : {}),
});
/** A pending hold or deload says so in its rule id, so a program can tell it from an accepted one. */
const ruleOf = (a: Adjustment) =>
  a.pending ? (a.kind === "deload" ? "proposal.pending_deload" : "proposal.pending_hold") : `proposal.${a.kind}`;

/**
 * How the active adjustments combine. Reductions do not stack within a dimension: the strongest
 * load reduction (deload, session swap) and the strongest set change (deload, volume change) win,
 * so two proposals born from the same signals never halve a session twice.
 */
export type AdjustmentPlan = {
  loadScale: number;
  loadFrom?: Adjustment;
  setsScale: number;
  setsFrom?: Adjustment;
  rpeShift: number;
  rpeFrom?: Adjustment;
  /** Exercise id → the hold ("*" holds every lift). */
  holds: Map<string, Adjustment>;
  /** Exercise id to avoid → its substitution. */
  avoid: Map<string, Adjustment>;
  /** Substitute exercise id → its substitution. */
  prefer: Map<string, Adjustment>;
  reasons: Reason[];
};

export function planAdjustments(active: readonly Adjustment[], blockKind: string): AdjustmentPlan {
  const plan: AdjustmentPlan = {
    loadScale: 1,
    setsScale: 1,
    rpeShift: 0,
    holds: new Map(),
    avoid: new Map(),
    prefer: new Map(),
    reasons: [],
  };
  for (const a of active) {
    // A pending change other than a hold or deload waits for the coach's decision.
    if (a.pending && !PENDING_SHAPES.has(a.kind)) continue;
    const window = { from: a.from, until: a.until };
    if (a.kind === "deload" && blockKind === "deload") {
      plan.reasons.push(
        reason(ruleOf(a), `A deload was ${who(a)}, and this block is already a deload, so it is not stacked.`, {
          ...base(a),
          ...window,
          blockKind,
        }),
      );
      continue;
    }
    if (
      (a.kind === "deload" || a.kind === "session_swap") &&
      a.loadScale !== undefined &&
      a.loadScale < plan.loadScale
    ) {
      plan.loadScale = a.loadScale;
      plan.loadFrom = a;
    }
    if ((a.kind === "deload" || a.kind === "volume_change") && a.setsScale !== undefined) {
      const stronger = Math.abs(a.setsScale - 1) > Math.abs(plan.setsScale - 1);
      if (stronger) {
        plan.setsScale = a.setsScale;
        plan.setsFrom = a;
      }
    }
    if (a.kind === "session_swap" && a.rpeShift !== undefined && a.rpeShift < plan.rpeShift) {
      plan.rpeShift = a.rpeShift;
      plan.rpeFrom = a;
    }
    if (a.kind === "load_hold") {
      // The newest hold per lift wins, except that a pending one never hides an accepted one.
      const cur = plan.holds.get(a.exerciseId ?? "*");
      if (!cur || cur.pending || !a.pending) plan.holds.set(a.exerciseId ?? "*", a);
    }
    if (a.kind === "substitution" && a.exerciseId) {
      plan.avoid.set(a.exerciseId, a);
      if (a.substituteId) plan.prefer.set(a.substituteId, a);
    }
    const what = describe(a);
    plan.reasons.push(
      reason(ruleOf(a), `${what}: a change ${who(a)}, in effect ${a.from} to ${a.until}.`, {
        ...base(a),
        ...window,
        exerciseId: a.exerciseId ?? null,
        substituteId: a.substituteId ?? null,
        loadScale: a.loadScale ?? null,
        setsScale: a.setsScale ?? null,
        rpeShift: a.rpeShift ?? null,
      }),
    );
  }
  return plan;
}

function describe(a: Adjustment): string {
  const pct = (x: number) => `${Math.round((x - 1) * 100)}%`;
  switch (a.kind) {
    case "load_hold":
      return a.exerciseId ? `Loads on ${a.exerciseId} hold (no increase)` : "Loads hold (no increases)";
    case "deload":
      return `Deload: loads ${pct(a.loadScale ?? 1)}, sets ${pct(a.setsScale ?? 1)}`;
    case "volume_change":
      return `Volume change: sets ${pct(a.setsScale ?? 1)}`;
    case "substitution":
      return `${a.exerciseId} is replaced${a.substituteId ? ` by ${a.substituteId}` : ""}`;
    default:
      return `Easier session${a.note ? ` (${a.note})` : ""}: loads ${pct(a.loadScale ?? 1)}, effort ${a.rpeShift ?? 0} RPE`;
  }
}

/** Reasons on loaded items for the load scale and effort shift fed into prescription. */
export function intensityReasons(item: SessionItem, plan: AdjustmentPlan): void {
  const a = plan.loadFrom;
  if (a && item.load !== undefined) {
    item.reasons.push(
      reason(
        ruleOf(a),
        `Load at ${Math.round(plan.loadScale * 100)}% of what progression proposed: ${a.kind.replace("_", " ")} ${who(a)}.`,
        { ...base(a), loadScale: plan.loadScale, load: item.load, unit: item.unit },
      ),
    );
  }
  const r = plan.rpeFrom;
  if (r && r !== a) {
    item.reasons.push(
      reason(`proposal.${r.kind}`, `Effort ${plan.rpeShift} RPE: easier session ${who(r)}.`, {
        ...base(r),
        rpeShift: plan.rpeShift,
      }),
    );
  }
}

/**
 * Load hold: an item covered by a hold never goes above the client's last load for that exercise
 * (rounded down to the equipment grid). Items without a previous load are left as prescribed.
 * A hold on one lift is about the exposure after the evidence it was decided from: once the lift
 * has been trained again after the hold's start, the newer log (and the decision made from it)
 * governs, and the hold is reported as superseded; a hold on every lift ("*") still covers it.
 */
export function applyHold(
  item: SessionItem,
  plan: AdjustmentPlan,
  states: ProgressionStates,
  unit: Unit,
  increments: LoadIncrements,
  loadType: Parameters<typeof roundLoad>[1],
): void {
  const state = states[item.exerciseId];
  const own = plan.holds.get(item.exerciseId);
  const stale = own && state && state.lastDate > own.from ? own : undefined;
  if (stale) {
    item.reasons.push(
      reason(
        "proposal.load_hold.superseded",
        `A hold on this lift from ${stale.from} no longer applies: it was trained again on ${state!.lastDate}.`,
        { ...base(stale), exerciseId: item.exerciseId, holdFrom: stale.from, lastTrained: state!.lastDate },
      ),
    );
  }
  const a = (stale ? undefined : own) ?? plan.holds.get("*");
  const last = state?.lastLoadKg;
  if (!a || item.load === undefined || !last || last <= 0) return;
  const held = roundLoad(fromKg(last, unit), loadType, increments, "down");
  const proposed = item.load;
  if (proposed > held) item.load = held;
  const what = a.pending ? "a proposed load hold" : "a load hold";
  item.reasons.push(
    reason(
      ruleOf(a),
      proposed > held
        ? `Held at last time's ${held} ${unit} instead of ${proposed} ${unit}: ${what} ${who(a)}.`
        : `${what.charAt(0).toUpperCase()}${what.slice(1)} ${who(a)} applies; ${item.load} ${unit} is not above last time's ${held} ${unit}.`,
      { ...base(a), exerciseId: item.exerciseId, proposedLoad: proposed, heldLoad: held, unit },
    ),
  );
}

/** Reason on the item that replaces an exercise a substitution told the engine to avoid. */
export function substitutionReason(exerciseId: string, plan: AdjustmentPlan): Reason | undefined {
  const a = plan.prefer.get(exerciseId);
  if (!a) return undefined;
  return reason("proposal.substitution", `${exerciseId} replaces ${a.exerciseId}: a substitution ${who(a)}.`, {
    ...base(a),
    original: a.exerciseId ?? null,
    substitute: exerciseId,
  });
}

/**
 * Set scaling (deload, volume change) on the main section after duration fitting, so fitting does
 * not add the cut sets back; the session is then shorter than requested, which the reason says.
 */
export function applySetScale(
  items: SessionItem[],
  plan: AdjustmentPlan,
  exOf: (id: string) => Parameters<typeof itemSeconds>[0],
): void {
  const a = plan.setsFrom;
  if (!a || plan.setsScale === 1) return;
  for (const item of items) {
    const from = item.sets;
    const to = Math.max(1, Math.round(from * plan.setsScale));
    if (to === from) continue;
    item.sets = to;
    item.estimatedSeconds = itemSeconds(exOf(item.exerciseId), item);
    item.reasons.push(
      reason(
        ruleOf(a),
        `${from} → ${to} sets: ${a.kind === "deload" ? "deload" : "volume change"} ${who(a)} (the session may run shorter than requested).`,
        { ...base(a), fromSets: from, toSets: to, setsScale: plan.setsScale },
      ),
    );
  }
}
