/** Proposals: plan changes from signals, service tiers, and the approval lifecycle. */
export * from "./decide.ts";
export * from "./from-signals.ts";
export * from "./lifecycle.ts";
export * from "./proposal.ts";
export * from "./service-tier.ts";
export * from "./to-adjustment.ts";
