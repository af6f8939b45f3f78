/** @spotter/contracts: zod schemas shared by server, web and cli. */

export * from "./api/index.ts";
export * from "./api/notifications.ts";
export * from "./api/programming/index.ts";
export * from "./business.ts";
export * from "./client-profile.ts";
export * from "./common.ts";
export * from "./engine/index.ts";
export * from "./errors.ts";
export * from "./monitoring/index.ts";
