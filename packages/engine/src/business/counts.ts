import type { ReviewCadence } from "../proposals/service-tier.ts";

/**
 * What the database aggregates for the business figures (one organization, months `YYYY-MM`).
 * The server computes these counts in SQL; the engine turns them into rates, scores and money with
 * the reasons a reader needs. `tierId` null means "tier unknown" (a deleted client).
 */
export type TierFacts = {
  id: string;
  name: string;
  priceMinor: number;
  currency: string;
  period: "week" | "month" | "year";
  reviewCadence: ReviewCadence;
  responseHours: { yellow: number; red: number };
};

export type ClientMonthCounts = {
  month: string;
  tierId: string | null;
  /** Clients who had started before the month and had not churned before it. */
  activeAtStart: number;
  /** Clients whose first day (created, or first record when history was imported) is in the month. */
  joined: number;
  /** Clients whose churn day is in the month. */
  churned: number;
  /** Clients active on at least one day of the month (a billed client-month). */
  activeInMonth: number;
  /** Days each client was active in the month, summed (one check-in a day is asked for). */
  expectedCheckIns: number;
  /** Check-ins on those days. */
  checkIns: number;
};

export type SessionMonthCounts = { month: string; tierId: string | null; planned: number; done: number };

export type ResponseKind = "yellow" | "red" | "message";

export type ResponseCounts = {
  kind: ResponseKind;
  /**
   * month: one month × tier; tier: one tier over the period; all: every tier over the period (SQL
   * grouping sets, so each median is exact rather than a median of medians).
   */
  scope: "month" | "tier" | "all";
  month: string | null;
  tierId: string | null;
  /** Items answered (flag resolved, proposal decided, message replied to). */
  answered: number;
  /** Answered within the tier's promise. */
  withinPromise: number;
  /** Still unanswered and already past the promise. */
  overdueOpen: number;
  /** Median hours from raised to answered; null without answered items. */
  medianHours: number | null;
};

export type EscalationCounts = {
  month: string;
  tierId: string | null;
  level: "yellow" | "red";
  /** Resolved with an action: referred, plan changed, a proposal approved or edited. */
  acted: number;
  /** Resolved as "no action needed": a note only, no outcome, a proposal rejected. */
  noAction: number;
};

export type SurveyCounts = {
  month: string;
  tierId: string | null;
  answers: number;
  promoters: number;
  detractors: number;
  scoreSum: number;
};

/** Human decisions (flags resolved, proposals decided) per tier over the whole period. */
export type DecisionCounts = { tierId: string | null; decisions: number };

export type BusinessCounts = {
  months: string[];
  tiers: TierFacts[];
  clients: ClientMonthCounts[];
  sessions: SessionMonthCounts[];
  responses: ResponseCounts[];
  escalations: EscalationCounts[];
  surveys: SurveyCounts[];
  decisions: DecisionCounts[];
  /** False when this installation has no messaging tables: the message figure says so. */
  messagingAvailable: boolean;
};
