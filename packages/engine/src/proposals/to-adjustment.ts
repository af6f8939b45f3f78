import { addDays } from "../core/dates.ts";
import { clamp, round } from "../core/stats.ts";
import type { Adjustment } from "../session/types.ts";
import type { DiffValue, Proposal } from "./proposal.ts";
import type { ProposalStatus } from "./transitions.ts";

/** A stored proposal as far as session generation cares: its (possibly coach-edited) diff and status. */
export type AcceptedProposalInput = Pick<Proposal, "kind" | "scope" | "date" | "exerciseId" | "diff"> & {
  /** The stored proposal's id (what the coach and client see and what reasons cite). */
  id: string;
  status: ProposalStatus;
  /** ISO date the change was approved, edited or auto-applied (default: the proposal's date). */
  decidedOn?: string;
};

/** Days a plan change stays in effect after it is accepted: a training week (engine convention). */
export const ADJUSTMENT_DAYS = 7;
/** Defaults when a diff does not carry the number (from-signals.ts uses the same values). */
const DEFAULT_DELOAD = { loadScale: 0.9, setsScale: 0.6 };
const DEFAULT_VOLUME_SCALE = 0.8;
/** "Easy session": about 15% lighter and 2 RPE easier (engine convention). */
export const EASY_SESSION = { loadScale: 0.85, rpeShift: -2 } as const;

const num = (v: DiffValue | undefined): number | undefined =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;

/** Progression decisions that cap the next load (hold, or a model's lower load) become a load hold. */
const HOLDING_DECISIONS = new Set<DiffValue>(["hold", "reduce"]);

/**
 * Turns an accepted proposal into the engine's Adjustment, or null when it has no effect on the
 * next session: blocked, rejected and undone proposals never change a plan. A progression proposal
 * that holds (or lowers) a lift becomes a load hold on that lift; one that progresses or deloads as
 * the roadmap planned is what the engine does anyway. A proposal still pending review becomes a
 * `pending` adjustment only for a hold or a deload (the draft says "held pending your approval");
 * other pending kinds wait for the coach. In effect from the proposal's date until
 * ADJUSTMENT_DAYS − 1 days after it was accepted ("today" changes: the accepted day only). The
 * numbers come from the diff's "after" side, so a coach's edit is what the session honours.
 */
export function adjustmentFromProposal(p: AcceptedProposalInput): Adjustment | null {
  const pending = p.status === "pending_review";
  const decidedBy =
    p.status === "auto_applied"
      ? "automation"
      : p.status === "approved" || p.status === "edited" || pending
        ? "coach"
        : null;
  if (!decidedBy) return null;
  const kind =
    p.kind === "progression" ? (HOLDING_DECISIONS.has(p.diff.after.decision ?? null) ? "load_hold" : null) : p.kind;
  if (!kind || (pending && kind !== "load_hold" && kind !== "deload")) return null;
  const decided = p.decidedOn && p.decidedOn > p.date ? p.decidedOn : p.date;
  const until = p.scope === "today" ? decided : addDays(decided, ADJUSTMENT_DAYS - 1);
  const common = { proposalId: p.id, decidedBy, from: p.date, until, ...(pending ? { pending: true } : {}) } as const;
  const { before, after } = p.diff;
  if (p.kind === "progression") {
    if (!p.exerciseId) return null;
    const note = typeof after.prescription === "string" ? { note: after.prescription } : {};
    return { ...common, kind: "load_hold", exerciseId: p.exerciseId, ...note };
  }
  switch (p.kind) {
    case "load_hold":
      return { ...common, kind: "load_hold", ...(p.exerciseId ? { exerciseId: p.exerciseId } : {}) };
    case "deload": {
      const pct = num(after.intensityPct);
      const b = num(before.weeklySets);
      const a = num(after.weeklySets);
      return {
        ...common,
        kind: "deload",
        loadScale: pct !== undefined ? clamp(round(pct / 100, 2), 0.5, 1) : DEFAULT_DELOAD.loadScale,
        setsScale: b && a !== undefined ? clamp(round(a / b, 2), 0.25, 1) : DEFAULT_DELOAD.setsScale,
      };
    }
    case "volume_change": {
      const pct = num(after.volumeChangePct);
      const b = num(before.weeklySets);
      const a = num(after.weeklySets);
      const scale = pct !== undefined ? 1 + pct / 100 : b && a !== undefined ? a / b : DEFAULT_VOLUME_SCALE;
      return { ...common, kind: "volume_change", setsScale: clamp(round(scale, 2), 0.25, 1.5) };
    }
    case "substitution": {
      const original = p.exerciseId ?? (typeof before.exerciseId === "string" ? before.exerciseId : undefined);
      if (!original) return null;
      const sub = typeof after.exerciseId === "string" && after.exerciseId !== original ? after.exerciseId : undefined;
      return { ...common, kind: "substitution", exerciseId: original, ...(sub ? { substituteId: sub } : {}) };
    }
    case "session_swap":
      return {
        ...common,
        kind: "session_swap",
        loadScale: EASY_SESSION.loadScale,
        rpeShift: EASY_SESSION.rpeShift,
        ...(typeof after.session === "string" ? { note: after.session } : {}),
      };
    default:
      return null;
  }
}
