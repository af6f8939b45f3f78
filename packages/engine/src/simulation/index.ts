/**
 * The virtual-athlete simulation: clients with known true strength who perform generated
 * sessions, and the issue-8 metrics that judge the drafts against that truth. Pure and seeded;
 * used by the engine's tests, bench/programming and the demo seeding.
 */

export { GOAL_ZONES, type GoalZone } from "./goal-zones.ts";
export { loadsNotOwned } from "./inventory-check.ts";
export {
  type DeloadCut,
  type DurationFit,
  deloadVolumeCut,
  durationFit,
  itemsWithoutReasons,
  SIMULATION_TARGETS,
  type SimulationMetrics,
  simulationMetrics,
} from "./metrics.ts";
export {
  type FindWeightAfterFirst,
  findWeightAfterFirst,
  type GoalZoneShare,
  goalZoneShare,
  type LoadError,
  loadError,
  nearestRankQuantile,
  type ProgressionDirection,
  progressionDirection,
} from "./metrics-load.ts";
export {
  type CompetitionFrequency,
  competitionFrequency,
  type MainLiftContinuity,
  mainLiftContinuity,
  type SplitRotation,
  splitRotation,
} from "./metrics-schedule.ts";
export { type PerformContext, performSession, SELF_SELECTED_RPE } from "./perform-session.ts";
export { type Persona, type PersonaId, SIM_START, simulationPersonas } from "./personas.ts";
export { BASE_LIFTS, type BaseLift } from "./ratios.ts";
export { type SimulatedSession, type SimulateOptions, type Simulation, simulateClient } from "./run.ts";
export { independentSessionMinutes } from "./session-time.ts";
export {
  type AthleteSpec,
  createVirtualAthlete,
  GAIN_PER_WEEK,
  type VirtualAthlete,
} from "./virtual-athlete.ts";
export {
  createDieter,
  DIETER_RULES,
  type Dieter,
  type DieterDay,
  type DieterSpec,
  liveDay,
  trueExpenditure,
} from "./virtual-dieter.ts";
