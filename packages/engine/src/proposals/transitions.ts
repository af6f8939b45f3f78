import type { DiffValue } from "./proposal.ts";

/**
 * Every status a stored proposal can have: the one list contracts (the API enum) and the server's
 * database schema import. `proposed` is a proposal not yet routed (decideProposal routes every new
 * one, so the server treats it like one waiting for review).
 */
export const PROPOSAL_STATUSES = [
  "proposed",
  "auto_applied",
  "pending_review",
  "blocked",
  "approved",
  "edited",
  "rejected",
  "undone",
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** What can happen to a proposal after the engine routed it. */
export const PROPOSAL_EVENTS = ["approve", "edit", "reject", "undo", "ask_human", "red_resolved"] as const;
export type ProposalEvent = (typeof PROPOSAL_EVENTS)[number];

/** A decision a coach can still make: anything not yet final. */
const OPEN_FOR_DECISION = ["pending_review", "blocked", "auto_applied", "proposed"] as const;

/**
 * The state machine: for each event, the statuses it may leave and the one it enters.
 * - approve / edit / reject: a coach decides anything not yet final (a rejected auto-applied change is reverted);
 * - undo: client or coach takes back an automated change;
 * - ask_human: the client asks for a coach; an automated change is reverted and queued;
 * - red_resolved: the client's last open red was resolved; changes held back wait for the coach
 *   (never auto-applied late).
 */
export const PROPOSAL_TRANSITIONS: Record<ProposalEvent, { from: readonly ProposalStatus[]; to: ProposalStatus }> = {
  approve: { from: OPEN_FOR_DECISION, to: "approved" },
  edit: { from: OPEN_FOR_DECISION, to: "edited" },
  reject: { from: OPEN_FOR_DECISION, to: "rejected" },
  undo: { from: ["auto_applied"], to: "undone" },
  ask_human: { from: ["auto_applied", "pending_review"], to: "pending_review" },
  red_resolved: { from: ["blocked"], to: "pending_review" },
};

/** The verb a refusal names ("only … can be approved"). */
const PAST: Record<ProposalEvent, string> = {
  approve: "approved",
  edit: "edited",
  reject: "rejected",
  undo: "undone",
  ask_human: "human_requested",
  red_resolved: "unblocked",
};

export type ProposalTransition =
  | {
      ok: true;
      from: ProposalStatus;
      to: ProposalStatus;
      /** Every transition is a human's doing, so the result is never automated. */
      automated: false;
      /** Set when the client asked for a human decision. */
      humanRequested: boolean;
      /** The change was applied and must now be reverted. */
      revertApplied: boolean;
      /** Whether the transition is a human decision (who and when are recorded). */
      decision: boolean;
    }
  | { ok: false; from: ProposalStatus; allowed: readonly ProposalStatus[]; message: string };

/** Applies `event` to a proposal in `status`: the next status, or a refusal saying which statuses allow it. */
export function transitionProposal(status: ProposalStatus, event: ProposalEvent): ProposalTransition {
  const rule = PROPOSAL_TRANSITIONS[event];
  if (!rule.from.includes(status)) {
    return {
      ok: false,
      from: status,
      allowed: rule.from,
      message: `this proposal is ${status.replace("_", " ")}; only ${rule.from.join(" or ")} can be ${PAST[event]}`,
    };
  }
  const applied = status === "auto_applied";
  return {
    ok: true,
    from: status,
    to: rule.to,
    automated: false,
    humanRequested: event === "ask_human",
    revertApplied: applied && (event === "reject" || event === "undo" || event === "ask_human"),
    decision: event === "approve" || event === "edit" || event === "reject" || event === "undo",
  };
}

/** A coach's edit overrides the named "after" values; the others stay as proposed. */
export function editedDiff<D extends { before: Record<string, unknown>; after: Record<string, unknown> }>(
  diff: D,
  edit: Record<string, DiffValue>,
): D {
  return { ...diff, after: { ...diff.after, ...edit } };
}
