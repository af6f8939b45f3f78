/** Triage: red flags, monitoring signals, the traffic light per client and the daily pass. */

export * from "../model/triage-signal.ts";
export * from "./daily-pass.ts";
export * from "./evaluate.ts";
export * from "./red-flags.ts";
export * from "./referral.ts";
export * from "./rule-context.ts";
export * from "./rules.ts";
export * from "./text-phrases.ts";
export * from "./text-screen.ts";
