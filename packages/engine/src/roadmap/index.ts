export { blockTargets, pickMethod } from "./block-targets.ts";
export { buildRoadmap, DEFAULT_HORIZON_WEEKS, MAX_HORIZON_WEEKS } from "./build-roadmap.ts";
export { DEFAULT_TRAINING_DAYS, type PlannedDay, plannedDayOn, plannedDays, trainingWeekdays } from "./calendar.ts";
export { roadmapPosition } from "./position.ts";
export { weeklySplit } from "./split.ts";
export type {
  Block,
  Dose,
  EffortTargets,
  Roadmap,
  RoadmapPosition,
  Slot,
  SplitDay,
} from "./types.ts";
export { validateRoadmap } from "./validate.ts";
