export { clean, convertLoad, fromKg, KG_PER_LB, toKg } from "./conversion.ts";
export { DEFAULT_INCREMENTS, type LoadIncrements } from "./increments.ts";
export { type AvailableLoads, availableLoads } from "./inventory.ts";
export { isOnGrid, minimumLoad, nextLoadUp, type RoundMode, roundLoad } from "./round-load.ts";
