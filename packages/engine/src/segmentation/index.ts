/** Segmentation: intake risk/experience/autonomy, a suggested coaching model, and the intake review. */
export * from "./intake-review.ts";
export * from "./segment.ts";
