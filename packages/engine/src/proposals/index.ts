/** Proposals: plan changes from signals and progression decisions, service tiers, and the approval lifecycle. */
export { type DecisionResult, decideProposal, type ProposalDecision } from "./decide.ts";
export {
  checkFlagResolution,
  FLAG_OUTCOMES,
  FLAG_STATUSES,
  type FlagOutcome,
  type FlagResolution,
  type FlagResolutionInput,
  type FlagStatus,
  resumesAutomation,
} from "./flag-resolution.ts";
export { type ProposalContext, proposalsFromSignals } from "./from-signals.ts";
export {
  applyCoachDecision,
  askForHuman,
  type CoachDecision,
  openProposal,
  type ProposalAuditEntry,
  type ProposalState,
  undoAutomated,
} from "./lifecycle.ts";
export {
  decideProgressions,
  type NextExposure,
  PROGRESSION_DECISIONS,
  type ProgressionDecision,
  type ProgressionDecisionInput,
  type ProgressionDecisionKind,
} from "./progression-decision.ts";
export { progressionProposals } from "./progression-proposals.ts";
export { type DiffValue, MAJOR_CHANGE_RULES, PROPOSAL_KINDS, type Proposal, type ProposalKind } from "./proposal.ts";
export { EXAMPLE_TIERS, REVIEW_CADENCES, type ReviewCadence, type ServiceTier } from "./service-tier.ts";
export { type AcceptedProposalInput, ADJUSTMENT_DAYS, adjustmentFromProposal, EASY_SESSION } from "./to-adjustment.ts";
export {
  editedDiff,
  PROPOSAL_EVENTS,
  PROPOSAL_STATUSES,
  PROPOSAL_TRANSITIONS,
  type ProposalEvent,
  type ProposalStatus,
  type ProposalTransition,
  transitionProposal,
} from "./transitions.ts";
