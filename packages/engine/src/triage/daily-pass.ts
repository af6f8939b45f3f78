import { dayOfInstant, type Instant, isoFromDay } from "../core/dates.ts";
import type { TriageLevel, TriageSignal } from "../model/triage-signal.ts";
import type { QuestionnaireRecord } from "../monitoring/records.ts";
import {
  type ClientMonitoringData,
  computeMonitoring,
  type LoadSummary,
  type MonitoringSnapshot,
} from "../monitoring/snapshot.ts";
import { type DecisionResult, decideProposal } from "../proposals/decide.ts";
import { type ProposalContext, proposalsFromSignals } from "../proposals/from-signals.ts";
import type { Proposal } from "../proposals/proposal.ts";
import type { ServiceTier } from "../proposals/service-tier.ts";
import type { Readiness } from "../readiness/score.ts";
import { evaluate } from "./evaluate.ts";

/** One client's rows for the daily pass (the last `MONITORING_WINDOW_DAYS` = 90 days are enough). */
export type DailyPassInput = ClientMonitoringData & {
  questionnaires?: readonly QuestionnaireRecord[];
  /** The coach resolved reds through this ISO date (records after it raise new reds). */
  redFlagsResolvedThrough?: string;
  /** The current plan, for concrete proposal diffs. */
  plan?: Omit<ProposalContext, "date">;
};

export type DailyPassResult = {
  date: string;
  level: TriageLevel;
  automationAllowed: boolean;
  signals: TriageSignal[];
  readiness: Readiness;
  load: LoadSummary;
  adherence: MonitoringSnapshot["adherence"];
  performance: MonitoringSnapshot["performance"];
  proposals: (DecisionResult & { proposal: Proposal })[];
};

/**
 * The whole monitoring → triage → proposal pipeline for one client and one day. Pure: the same rows,
 * tier and `now` give the same result, so a re-run of the scheduled pass is idempotent (ids are
 * deterministic; the server upserts by id). The day evaluated is `opts.date` (the client's local
 * date, which the server knows from the client's time zone) or else the UTC date of `now`.
 */
export function dailyPass(
  data: DailyPassInput,
  tier: ServiceTier,
  now: Instant,
  opts: { date?: string } = {},
): DailyPassResult {
  const date = opts.date ?? isoFromDay(dayOfInstant(now));
  const snapshot = computeMonitoring(data, date);
  const triage = evaluate(
    {
      checkIns: data.checkIns,
      sessions: data.sessions,
      ...(data.questionnaires ? { questionnaires: data.questionnaires } : {}),
      snapshot,
    },
    {
      date,
      now,
      responseHours: tier.responseHours,
      ...(data.redFlagsResolvedThrough ? { redFlagsResolvedThrough: data.redFlagsResolvedThrough } : {}),
    },
  );
  const proposals = proposalsFromSignals(triage.signals, { ...data.plan, date }).map((proposal) => ({
    proposal,
    ...decideProposal(proposal, tier, triage.level),
  }));
  return {
    date,
    level: triage.level,
    automationAllowed: triage.automationAllowed,
    signals: triage.signals,
    readiness: snapshot.readiness,
    load: snapshot.load,
    adherence: snapshot.adherence,
    performance: snapshot.performance,
    proposals,
  };
}
