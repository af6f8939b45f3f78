import { type Instant, toEpochMs } from "../core/dates.ts";
import type { TriageLevel } from "../model/triage-signal.ts";
import { decideProposal } from "./decide.ts";
import type { DiffValue, Proposal } from "./proposal.ts";
import type { ServiceTier } from "./service-tier.ts";

export type ProposalStatus =
  | "auto_applied"
  | "pending_review"
  | "blocked"
  | "approved"
  | "edited"
  | "rejected"
  | "undone";

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

/**
 * The client asks for a human decision ("ask my coach"): an auto-applied change is reverted and
 * queued; a pending one stays queued and is marked as requested. Final decisions are unchanged.
 */
export function askForHuman(state: ProposalState, reasonText: string, now: Instant): ProposalState {
  if (state.status !== "auto_applied" && state.status !== "pending_review") return state;
  return {
    ...state,
    status: "pending_review",
    automated: false,
    humanRequested: true,
    revertApplied: state.status === "auto_applied",
    history: [...state.history, { at: iso(now), actor: "client", action: "asked_for_human", reason: reasonText }],
  };
}

export type CoachDecision =
  | { action: "approve"; reason?: string }
  | { action: "edit"; after: Record<string, DiffValue>; reason: string }
  | { action: "reject"; reason: string };

/** A coach approves, edits or rejects a pending (or auto-applied) proposal. Reject of an applied change reverts it. */
export function applyCoachDecision(state: ProposalState, d: CoachDecision, now: Instant): ProposalState {
  if (state.status !== "pending_review" && state.status !== "auto_applied" && state.status !== "blocked") return state;
  const entry: ProposalAuditEntry = {
    at: iso(now),
    actor: "coach",
    action: d.action === "approve" ? "approved" : d.action === "edit" ? "edited" : "rejected",
    reason: d.reason ?? "approved as proposed",
  };
  const proposal =
    d.action === "edit"
      ? { ...state.proposal, diff: { before: state.proposal.diff.before, after: d.after } }
      : state.proposal;
  return {
    ...state,
    proposal,
    status: d.action === "approve" ? "approved" : d.action === "edit" ? "edited" : "rejected",
    automated: false,
    revertApplied: d.action === "reject" && state.status === "auto_applied",
    history: [...state.history, entry],
  };
}

/** Undo an automated change (client or coach). */
export function undoAutomated(
  state: ProposalState,
  actor: "client" | "coach",
  reasonText: string,
  now: Instant,
): ProposalState {
  if (state.status !== "auto_applied") return state;
  return {
    ...state,
    status: "undone",
    automated: false,
    revertApplied: true,
    history: [...state.history, { at: iso(now), actor, action: "undone", reason: reasonText }],
  };
}
