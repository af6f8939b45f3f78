import type { Catalog } from "../catalog/index.ts";
import type { Reason } from "../core/reasons.ts";
import { defaultMethodForProfile, type Method } from "../method/index.ts";
import { type AcsmResult, acsmDecision } from "../screening/index.ts";
import { type IntakeReview, reviewIntake, type Segment, segmentClient } from "../segmentation/index.ts";
import type { Session } from "../session/index.ts";
import { GAIN_PER_WEEK, GOAL_ZONES, type PersonaId, simulateClient } from "../simulation/index.ts";
import type { TrainerProfile } from "../trainer-profile/index.ts";
import { COHORT_BASE, type CohortClient } from "./cohort-clients.ts";

/** What the audit runs every synthetic client against: the organization's own trainer profile, methods and catalog. */
export type CohortContext = {
  trainer: TrainerProfile;
  /** Built-in methods plus the organization's (the default choice picks among them). */
  methods: readonly Method[];
  catalog: Catalog;
  /** First training day (YYYY-MM-DD); the audit's "now" is that morning. */
  start: string;
  /** Weeks of sessions drafted and performed per client (default 2). */
  weeks?: number;
  seed?: string | number;
};

/** Everything the engine decided for one synthetic client. */
export type CohortOutcome = {
  client: CohortClient;
  segment: Segment;
  acsm: AcsmResult | null;
  intake: IntakeReview;
  method: { id: string; name: string; reason: Reason } | null;
  sessions: Session[];
  /** Days the engine refused to draft (message), so a refusal is a difference too. */
  refusals: { date: string; message: string }[];
};

/** The same persona id for every client: the virtual athlete's seeded noise is then matched across the cohort. */
const COHORT_PERSONA: PersonaId = "no-baselines";

export function runCohortClient(client: CohortClient, ctx: CohortContext): CohortOutcome {
  const now = `${ctx.start}T08:00:00Z`;
  const p = client.profile;
  const choice = defaultMethodForProfile(p, ctx.start, ctx.methods);
  const sim = simulateClient({
    persona: {
      id: COHORT_PERSONA,
      name: client.id,
      client: p,
      trainer: ctx.trainer,
      athlete: {
        oneRepMaxKg: client.oneRepMaxKg,
        // The athlete's pulling truth derives from body mass and pull-up reps: it is the base's for
        // every client (a heavier client is not assumed stronger) and scales with strength variants.
        bodyMassKg: COHORT_BASE.bodyMassKg * client.strengthFactor,
        pullUpReps: 5,
        pushUpReps: 20,
        weeklyGain: GAIN_PER_WEEK.intermediate,
      },
      trainingDays: p.schedule.preferredDays,
      competitionLifts: [],
      zone: GOAL_ZONES.moderate,
    },
    weeks: ctx.weeks ?? 2,
    seed: ctx.seed ?? "cohort",
    method: choice?.method ?? null,
    startDate: ctx.start,
    catalog: ctx.catalog,
  });
  return {
    client,
    segment: segmentClient(p, now),
    acsm: p.screening ? acsmDecision(p.screening, p.trainingAgeMonths) : null,
    intake: reviewIntake(p, now),
    method: choice ? { id: choice.method.id, name: choice.method.name, reason: choice.reason } : null,
    sessions: sim.sessions.map((s) => s.session),
    refusals: sim.errors,
  };
}
