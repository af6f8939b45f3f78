export { clean, fromKg, KG_PER_LB, toKg } from "./conversion.ts";
export { DEFAULT_INCREMENTS, type LoadIncrements } from "./increments.ts";
export { isOnGrid, minimumLoad, type RoundMode, roundLoad } from "./round-load.ts";
