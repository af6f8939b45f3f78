/** Programming API: trainer profile, exercises, roadmaps, sessions, logs and progress. */
export * from "./coach-today.ts";
export * from "./exercise.ts";
export * from "./log.ts";
export * from "./method.ts";
export * from "./method-assign.ts";
export * from "./method-preview.ts";
export * from "./progress.ts";
export * from "./roadmap.ts";
export * from "./safety.ts";
export * from "./session.ts";
export * from "./trainer-profile.ts";
export * from "./week.ts";
