/** Proposals: plan changes from signals and progression decisions, service tiers, and the approval lifecycle. */
export * from "./decide.ts";
export * from "./flag-resolution.ts";
export * from "./from-signals.ts";
export * from "./lifecycle.ts";
export * from "./progression-decision.ts";
export * from "./progression-proposals.ts";
export * from "./proposal.ts";
export * from "./service-tier.ts";
export * from "./to-adjustment.ts";
export * from "./transitions.ts";
