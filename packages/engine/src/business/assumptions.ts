import type { ReviewCadence } from "../proposals/service-tier.ts";

/**
 * The owner's assumptions behind the business figures. They are editable (stored per
 * organization); these defaults are what an organization that never set them gets.
 */
export type BusinessAssumptions = {
  /** Minutes a coach spends on one scheduled review of one client (reading the week, replying). */
  minutesPerReview: number;
  /** Minutes a coach spends on one decision: a proposal approved/edited/rejected or a flag resolved. */
  minutesPerDecision: number;
  /** A client with no check-in and no completed session for this many days counts as churned. */
  churnInactiveDays: number;
};

export const BUSINESS_DEFAULTS: BusinessAssumptions = {
  minutesPerReview: 15,
  minutesPerDecision: 5,
  churnInactiveDays: 30,
};

/** Bounds the owner's form enforces (contracts use them too). */
export const BUSINESS_LIMITS = {
  minutesPerReview: { min: 0, max: 240 },
  minutesPerDecision: { min: 0, max: 120 },
  churnInactiveDays: { min: 7, max: 365 },
} as const;

/** Average days in a month (365.25 / 12), so weekly cadences convert without calendar effects. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Scheduled reviews per client per month implied by each review cadence. */
export const REVIEWS_PER_MONTH: Record<ReviewCadence, number> = {
  daily: DAYS_PER_MONTH,
  twice_weekly: (2 * DAYS_PER_MONTH) / 7,
  weekly: DAYS_PER_MONTH / 7,
  biweekly: DAYS_PER_MONTH / 14,
  monthly: 1,
};

/** A tier price per period as a price per month (52/12 weeks and 1/12 year per month). */
export function monthlyPriceMinor(amountMinor: number, period: "week" | "month" | "year"): number {
  if (period === "week") return (amountMinor * 52) / 12;
  if (period === "year") return amountMinor / 12;
  return amountMinor;
}
