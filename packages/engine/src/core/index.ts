/**
 * The engine's kernel: what every feature folder may use and no feature folder owns. It imports
 * nothing from the rest of the engine, so no folder reaches another through it.
 */
export {
  addDays,
  addHours,
  dayFromNow,
  dayIndex,
  dayNumber,
  dayOfInstant,
  type Instant,
  isoFromDay,
  toEpochMs,
  weekStart,
} from "./dates.ts";
export { EngineError, type EngineErrorCode, type EngineFieldError, guard, invalid } from "./errors.ts";
export { createRandom, mulberry32, type Random, seedToState } from "./random.ts";
export { type Reason, reason } from "./reasons.ts";
export { clamp, round, type WindowStats, windowStats } from "./stats.ts";
