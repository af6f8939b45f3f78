/** @spotter/contracts: zod schemas shared by server, web and cli. */

export * from "./client-profile.ts";
export * from "./common.ts";
export * from "./errors.ts";
export * from "./api/index.ts";
export * from "./monitoring/index.ts";
export * from "./engine/index.ts";
export * from "./api/programming/index.ts";
