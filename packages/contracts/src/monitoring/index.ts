/** Monitoring contracts: check-in input, service tiers, proposal decisions and red-flag resolution. */
export * from "./check-in.ts";
export * from "./decisions.ts";
export * from "./results.ts";
export * from "./service-tier.ts";
