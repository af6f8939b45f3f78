import type { Exercise } from "../model/exercise.ts";
import { ACCESSORY } from "./data/accessory.ts";
import { CARRY } from "./data/carry.ts";
import { CONDITIONING } from "./data/conditioning.ts";
import { CORE_ANTI_EXTENSION } from "./data/core-anti-extension.ts";
import { CORE_ANTI_LATERAL } from "./data/core-anti-lateral.ts";
import { CORE_ANTI_ROTATION } from "./data/core-anti-rotation.ts";
import { HINGE } from "./data/hinge.ts";
import { LUNGE } from "./data/lunge.ts";
import { MOBILITY } from "./data/mobility.ts";
import { PULL_HORIZONTAL } from "./data/pull-horizontal.ts";
import { PULL_VERTICAL } from "./data/pull-vertical.ts";
import { PUSH_HORIZONTAL } from "./data/push-horizontal.ts";
import { PUSH_VERTICAL } from "./data/push-vertical.ts";
import { SQUAT } from "./data/squat.ts";
import { WARMUP } from "./data/warmup.ts";
import { withInverseLinks } from "./links.ts";

function deepFreeze(ex: Exercise): Exercise {
  for (const value of Object.values(ex)) if (typeof value === "object" && value !== null) Object.freeze(value);
  Object.freeze(ex.cues.setup);
  Object.freeze(ex.cues.execution);
  Object.freeze(ex.cues.faults);
  for (const option of ex.equipment) Object.freeze(option);
  return Object.freeze(ex);
}

/**
 * Spotter's built-in exercises, authored in this project. Inverse links are filled in (each
 * progression edge also appears as a regression on the other end) and every entry is frozen so
 * no caller can mutate the shared catalog.
 */
export const BUILTIN_EXERCISES: readonly Exercise[] = Object.freeze(
  withInverseLinks([
    ...SQUAT,
    ...HINGE,
    ...LUNGE,
    ...PUSH_HORIZONTAL,
    ...PUSH_VERTICAL,
    ...PULL_HORIZONTAL,
    ...PULL_VERTICAL,
    ...CARRY,
    ...CORE_ANTI_EXTENSION,
    ...CORE_ANTI_ROTATION,
    ...CORE_ANTI_LATERAL,
    ...ACCESSORY,
    ...CONDITIONING,
    ...MOBILITY,
    ...WARMUP,
  ]).map(deepFreeze),
);
