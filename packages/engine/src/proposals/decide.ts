import { type Reason, reason } from "../core/reasons.ts";
import type { TriageLevel } from "../model/triage-signal.ts";
import type { Proposal } from "./proposal.ts";
import type { ServiceTier } from "./service-tier.ts";

export type ProposalDecision = "auto_apply" | "pending_review" | "blocked";

export type DecisionResult = { decision: ProposalDecision; reasons: Reason[] };

/**
 * Route a proposal by the client's level and tier (DESIGN: traffic-light policy).
 * - red client → blocked: automation stops until a coach resolves the red;
 * - major change → pending review in every tier;
 * - yellow client, or the proposal itself not green → pending review;
 * - kind not in the tier's `autoApplyKinds` → pending review;
 * - otherwise auto-apply.
 * Every reason that applies is listed, so the coach sees all of them, not only the first.
 */
export function decideProposal(proposal: Proposal, tier: ServiceTier, clientLevel: TriageLevel): DecisionResult {
  const inputs = { proposalId: proposal.id, kind: proposal.kind, clientLevel, tier: tier.name, major: proposal.major };
  if (clientLevel === "red") {
    return {
      decision: "blocked",
      reasons: [
        reason(
          "decision.blocked.red",
          "A red flag is open for this client, so automation is stopped until a coach resolves it.",
          inputs,
        ),
      ],
    };
  }
  const reasons: Reason[] = [];
  if (proposal.major) {
    reasons.push(reason("decision.review.major", "Major changes need the coach's sign-off in every tier.", inputs));
  }
  if (clientLevel === "yellow") {
    reasons.push(
      reason("decision.review.client_yellow", "The client is at yellow, so changes wait for the coach.", inputs),
    );
  }
  if (proposal.level !== "green" && clientLevel !== "yellow") {
    reasons.push(
      reason(
        "decision.review.proposal_level",
        `The proposal comes from a ${proposal.level} signal, so the coach reviews it.`,
        {
          ...inputs,
          proposalLevel: proposal.level,
        },
      ),
    );
  }
  if (!tier.autoApplyKinds.includes(proposal.kind)) {
    reasons.push(
      reason(
        "decision.review.tier",
        `The "${tier.name}" tier has ${proposal.kind.replace("_", " ")} reviewed by the coach.`,
        {
          ...inputs,
          autoApplyKinds: tier.autoApplyKinds.join(",") || "none",
        },
      ),
    );
  }
  if (reasons.length) return { decision: "pending_review", reasons };
  return {
    decision: "auto_apply",
    reasons: [
      reason(
        "decision.auto_apply",
        `Client is green and the "${tier.name}" tier lets ${proposal.kind.replace("_", " ")} changes apply automatically; it can be undone.`,
        { ...inputs, autoApplyKinds: tier.autoApplyKinds.join(",") },
      ),
    ],
  };
}
