import type { Exercise } from "../model/exercise.ts";
import { ACCESSORY } from "./exercises/accessory.ts";
import { ACCESSORY_ARMS } from "./exercises/accessory-arms.ts";
import { ACCESSORY_ISOLATION } from "./exercises/accessory-isolation.ts";
import { CARRY } from "./exercises/carry.ts";
import { CONDITIONING } from "./exercises/conditioning.ts";
import { CORE_ANTI_EXTENSION } from "./exercises/core-anti-extension.ts";
import { CORE_ANTI_LATERAL } from "./exercises/core-anti-lateral.ts";
import { CORE_ANTI_ROTATION } from "./exercises/core-anti-rotation.ts";
import { CORE_FLEXION } from "./exercises/core-flexion.ts";
import { HINGE } from "./exercises/hinge.ts";
import { HINGE_POWER } from "./exercises/hinge-power.ts";
import { LUNGE } from "./exercises/lunge.ts";
import { MOBILITY } from "./exercises/mobility.ts";
import { PULL_HORIZONTAL } from "./exercises/pull-horizontal.ts";
import { PULL_VERTICAL } from "./exercises/pull-vertical.ts";
import { PUSH_HORIZONTAL } from "./exercises/push-horizontal.ts";
import { PUSH_VERTICAL } from "./exercises/push-vertical.ts";
import { SQUAT } from "./exercises/squat.ts";
import { WARMUP } from "./exercises/warmup.ts";
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
    ...HINGE_POWER,
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
    ...ACCESSORY_ARMS,
    ...ACCESSORY_ISOLATION,
    ...CORE_FLEXION,
    ...CONDITIONING,
    ...MOBILITY,
    ...WARMUP,
  ]).map(deepFreeze),
);
