/** Readiness: the daily check-in, per-client baselines and the 0-100 readiness score. */
export * from "./baselines.ts";
export * from "./check-in.ts";
export * from "./score.ts";
export * from "./series.ts";
