import type { ResponseHours } from "../model/triage-signal.ts";
import type { ProposalKind } from "./proposal.ts";

export const REVIEW_CADENCES = ["daily", "twice_weekly", "weekly", "biweekly", "monthly"] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

/** A service tier an owner configures. */
export type ServiceTier = {
  name: string;
  /** Price in minor units (cents) per period. */
  price: { amountMinor: number; currency: string; period: "week" | "month" | "year" };
  reviewCadence: ReviewCadence;
  /** Response-time promise in hours for yellow and red items. */
  responseHours: ResponseHours;
  /** Proposal kinds that may apply without review while the client is green. */
  autoApplyKinds: ProposalKind[];
};

/** Example tiers for demos and tests; owners configure their own. */
export const EXAMPLE_TIERS = {
  selfGuided: {
    name: "Self-guided",
    price: { amountMinor: 2900, currency: "EUR", period: "month" },
    reviewCadence: "monthly",
    responseHours: { yellow: 72, red: 24 },
    autoApplyKinds: ["progression", "load_hold", "session_swap", "volume_change"],
  },
  hybrid: {
    name: "Hybrid",
    price: { amountMinor: 9900, currency: "EUR", period: "month" },
    reviewCadence: "weekly",
    responseHours: { yellow: 24, red: 4 },
    autoApplyKinds: ["progression", "load_hold"],
  },
  premium: {
    name: "Premium",
    price: { amountMinor: 29900, currency: "EUR", period: "month" },
    reviewCadence: "daily",
    responseHours: { yellow: 12, red: 2 },
    autoApplyKinds: [],
  },
} as const satisfies Record<string, ServiceTier>;
