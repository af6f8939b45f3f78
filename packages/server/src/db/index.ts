export * from "./open.ts";
export * as schema from "./schema.ts";
