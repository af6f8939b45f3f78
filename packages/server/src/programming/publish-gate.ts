/** The publish rule lives with every other safety decision (safety/plan-gate.ts); kept as a path for callers. */
export { enforcePublishGate, overrideReasons } from "../safety/plan-gate.ts";
