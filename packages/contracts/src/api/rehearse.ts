import { z } from "zod";

/**
 * The owner's rehearsal pages (issue 10 items 8 and 9): the cohort audit and the scenario
 * simulator, run against the organization's own trainer profile, methods, exercises and tiers.
 */

const triageLevel = z.enum(["green", "yellow", "red"]);

export const cohortDifferenceSchema = z.object({
  goal: z.string(),
  attribute: z.string(),
  baseValue: z.string(),
  variantValue: z.string(),
  dimension: z.string(),
  where: z.string(),
  before: z.string(),
  after: z.string(),
  explained: z.boolean(),
  rule: z.string(),
});

export const cohortAuditResponseSchema = z.object({
  start: z.string(),
  clients: z.number().int(),
  pairs: z.number().int(),
  explained: z.number().int(),
  unexplained: z.number().int(),
  differences: z.array(cohortDifferenceSchema),
  /** What the audit ran against. */
  against: z.object({
    trainerProfile: z.enum(["saved", "default"]),
    methods: z.number().int(),
    organizationMethods: z.number().int(),
  }),
});
export type CohortAuditResponse = z.infer<typeof cohortAuditResponseSchema>;

export const cohortAuditQuerySchema = z.object({
  start: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

export const scenarioOutcomeSchema = z.object({
  scenarioId: z.string(),
  title: z.string(),
  story: z.string(),
  tier: z.string(),
  level: triageLevel,
  automationAllowed: z.boolean(),
  proposals: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      exerciseId: z.string().nullable(),
      before: z.string(),
      after: z.string(),
      status: z.string(),
      humanRequested: z.boolean(),
      reasons: z.array(z.string()),
    }),
  ),
  flags: z.array(
    z.object({
      kind: z.string(),
      level: triageLevel,
      ruleId: z.string(),
      message: z.string(),
      recommended: z.string(),
      dueAt: z.string().nullable(),
      referTo: z.array(z.string()),
    }),
  ),
  humanPaged: z.boolean(),
  coachAsked: z.array(z.string()),
  expectationsMet: z.boolean(),
  mismatches: z.array(z.string()),
});
export type ScenarioOutcomeDto = z.infer<typeof scenarioOutcomeSchema>;

export const scenarioRunResponseSchema = z.object({
  now: z.string(),
  tiers: z.array(z.string()),
  scenarios: z.array(z.object({ id: z.string(), title: z.string(), story: z.string() })),
  outcomes: z.array(scenarioOutcomeSchema),
});
export type ScenarioRunResponse = z.infer<typeof scenarioRunResponseSchema>;
