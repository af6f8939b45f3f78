export type * from "./client-profile.ts";
export type * from "./exercise.ts";
export * from "./vocabulary.ts";
