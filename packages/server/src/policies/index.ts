export * from "./clients.ts";
export * from "./proposals.ts";
