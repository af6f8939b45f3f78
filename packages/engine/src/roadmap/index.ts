export { clientLevel, levelAllows } from "../model/level.ts";
export { blockTargets, pickMethod } from "./block-targets.ts";
export { buildRoadmap, DEFAULT_HORIZON_WEEKS, MAX_HORIZON_WEEKS } from "./build-roadmap.ts";
export { roadmapPosition } from "./position.ts";
export { weeklySplit } from "./split.ts";
export {
  BLOCK_KINDS,
  type Block,
  type BlockKind,
  type Dose,
  type EffortTargets,
  type ProgressionKind,
  type ProgressionRule,
  type Roadmap,
  type RoadmapPosition,
  SLOT_ROLES,
  type Slot,
  type SlotRole,
  type SplitDay,
} from "./types.ts";
export { validateRoadmap } from "./validate.ts";
