/** Monitoring: training load, ACWR, monotony, adherence, performance, pain and soreness trends. */
export * from "./acwr.ts";
export * from "./adherence.ts";
export * from "./load.ts";
export * from "./monotony.ts";
export * from "./pain.ts";
export * from "./performance.ts";
export type * from "./records.ts";
export * from "./snapshot.ts";
export * from "./soreness.ts";
export { type WindowStats, windowStats } from "../core/stats.ts";
export * from "./weight.ts";
