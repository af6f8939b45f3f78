/**
 * Audits that rehearse the engine before clients meet it: the cohort audit (matched synthetic
 * clients that differ in one attribute; every difference in what the engine decides, explained by
 * a rule or not) and the scenario simulator (scripted client histories through the daily pass
 * under an organization's tier: what automation would do and what a coach would be asked).
 */
export {
  COHORT_ATTRIBUTES,
  COHORT_BASE,
  COHORT_GOALS,
  COHORT_VARIANTS,
  type CohortAttribute,
  type CohortClient,
  type CohortGroup,
  cohortGroups,
} from "./cohort-clients.ts";
export { type CohortDifference, type CohortReport, cohortAudit } from "./cohort-compare.ts";
export {
  ATTRIBUTE_EFFECTS,
  type AttributeEffect,
  COHORT_DIMENSIONS,
  type CohortDimension,
  LOAD_TOLERANCE,
} from "./cohort-policy.ts";
export { type CohortContext, type CohortOutcome, runCohortClient } from "./cohort-run.ts";
export { runScenario, runScenarios, type ScenarioOutcome } from "./scenario-run.ts";
export { SCENARIOS, type Scenario, type ScenarioExpectation } from "./scenarios.ts";
