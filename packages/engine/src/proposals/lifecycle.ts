import { type Instant, toEpochMs } from "../core/dates.ts";
import type { TriageLevel } from "../model/triage-signal.ts";
import { decideProposal } from "./decide.ts";
import type { DiffValue, Proposal } from "./proposal.ts";
import type { ServiceTier } from "./service-tier.ts";
import { editedDiff, type ProposalEvent, type ProposalStatus, transitionProposal } from "./transitions.ts";

export type ProposalAuditEntry = {
  at: string;
  actor: "engine" | "client" | "coach";
  action: "auto_applied" | "queued" | "blocked" | "asked_for_human" | "approved" | "edited" | "rejected" | "undone";
  reason: string;
};

/** A proposal's state as the server stores it; every transition appends to `history`. */
export type ProposalState = {
  proposal: Proposal;
  status: ProposalStatus;
  /** True while the applied change came from automation without a human decision. */
  automated: boolean;
  /** The client asked for a human decision. */
  humanRequested: boolean;
  /** Set when a transition requires the server to revert an applied change. */
  revertApplied: boolean;
  history: ProposalAuditEntry[];
};

const iso = (now: Instant) => new Date(toEpochMs(now)).toISOString();

/** Open a proposal: decide it and record who decided what. */
export function openProposal(proposal: Proposal, tier: ServiceTier, level: TriageLevel, now: Instant): ProposalState {
  const { decision, reasons } = decideProposal(proposal, tier, level);
  const status: ProposalStatus = decision === "auto_apply" ? "auto_applied" : decision;
  return {
    proposal,
    status,
    automated: status === "auto_applied",
    humanRequested: false,
    revertApplied: false,
    history: [
      {
        at: iso(now),
        actor: "engine",
        action: status === "auto_applied" ? "auto_applied" : status === "blocked" ? "blocked" : "queued",
        reason: reasons.map((r) => r.message).join(" "),
      },
    ],
  };
}

/** One step of the state machine on a stored state; a refused transition leaves the state as it was. */
function step(state: ProposalState, event: ProposalEvent, entry: ProposalAuditEntry): ProposalState {
  const t = transitionProposal(state.status, event);
  if (!t.ok) return state;
  return {
    ...state,
    status: t.to,
    automated: t.automated,
    humanRequested: state.humanRequested || t.humanRequested,
    revertApplied: t.revertApplied,
    history: [...state.history, entry],
  };
}

/**
 * The client asks for a human decision ("ask my coach"): an auto-applied change is reverted and
 * queued; a pending one stays queued and is marked as requested. Final decisions are unchanged.
 */
export function askForHuman(state: ProposalState, reasonText: string, now: Instant): ProposalState {
  return step(state, "ask_human", { at: iso(now), actor: "client", action: "asked_for_human", reason: reasonText });
}

export type CoachDecision =
  | { action: "approve"; reason?: string }
  | { action: "edit"; after: Record<string, DiffValue>; reason: string }
  | { action: "reject"; reason: string };

/**
 * A coach approves, edits or rejects a proposal not yet final. Reject of an applied change reverts
 * it; an edit overrides the named "after" values.
 */
export function applyCoachDecision(state: ProposalState, d: CoachDecision, now: Instant): ProposalState {
  const action = d.action === "approve" ? "approved" : d.action === "edit" ? "edited" : "rejected";
  const next = step(state, d.action, {
    at: iso(now),
    actor: "coach",
    action,
    reason: d.reason ?? "approved as proposed",
  });
  if (next === state || d.action !== "edit") return next;
  return { ...next, proposal: { ...state.proposal, diff: editedDiff(state.proposal.diff, d.after) } };
}

/** Undo an automated change (client or coach). */
export function undoAutomated(
  state: ProposalState,
  actor: "client" | "coach",
  reasonText: string,
  now: Instant,
): ProposalState {
  return step(state, "undo", { at: iso(now), actor, action: "undone", reason: reasonText });
}
