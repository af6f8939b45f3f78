/**
 * @spotter/engine: the pure domain. No I/O, no clock, no Math.random: `now` and `seed` are
 * arguments. Export only what other packages need.
 */

export * from "./catalog/index.ts";
export * from "./logging/index.ts";
export * from "./method/index.ts";
export * from "./model/index.ts";
export * from "./monitoring/index.ts";
export * from "./progression/index.ts";
export * from "./proposals/index.ts";
export * from "./readiness/index.ts";
export * from "./roadmap/index.ts";
export * from "./segmentation/index.ts";
export * from "./session/index.ts";
export * from "./simulation/index.ts";
export * from "./strength/index.ts";
export * from "./trainer-profile/index.ts";
export * from "./triage/index.ts";
export * from "./units/index.ts";
