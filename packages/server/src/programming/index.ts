/** Programming commands: load → authorize → engine → persist → present. */
export * from "./adjustments.ts";
export * from "./catalog.ts";
export * from "./clock.ts";
export * from "./edit.ts";
export * from "./engine-errors.ts";
export * from "./export-sections.ts";
export * from "./generate.ts";
export * from "./history.ts";
export * from "./log-convert.ts";
export * from "./log-session.ts";
export * from "./progress.ts";
export * from "./roadmaps.ts";
export * from "./sessions-store.ts";
export * from "./trainer-profiles.ts";
