import { type Reason, reason } from "../core/reasons.ts";
import type { ReviewCadence } from "../proposals/service-tier.ts";
import { type BusinessAssumptions, monthlyPriceMinor, REVIEWS_PER_MONTH } from "./assumptions.ts";
import type { BusinessCounts } from "./counts.ts";

/** What one client of a tier costs in coach time per month, and what the price pays per coach hour. */
export type PricingGuidance = {
  tierId: string;
  tier: string;
  reviewCadence: ReviewCadence;
  reviewsPerMonth: number;
  /** Scheduled reviews × minutes per review. */
  reviewMinutes: number;
  /** Measured human decisions per client-month in this tier (null without client-months). */
  decisionsPerClientMonth: number | null;
  /** Decisions per client-month × minutes per decision (0 when not measured). */
  decisionMinutes: number;
  /** Coach minutes per client per month. */
  minutesPerClientMonth: number;
  monthlyPriceMinor: number;
  currency: string;
  /** The tier's monthly price ÷ coach hours per client-month; null when no coach time is implied. */
  pricePerCoachHourMinor: number | null;
  clientMonths: number;
  decisions: number;
  reasons: Reason[];
};

/**
 * Coach minutes per client per month for each tier: its review cadence × the owner's minutes per
 * review, plus the measured review load (human decisions per client-month in the period × minutes
 * per decision). The price per coach hour that follows lets the owner see which tier under-prices
 * the coach's time.
 */
export function pricingGuidance(c: BusinessCounts, a: BusinessAssumptions): PricingGuidance[] {
  const clientMonths = new Map<string | null, number>();
  for (const r of c.clients) clientMonths.set(r.tierId, (clientMonths.get(r.tierId) ?? 0) + r.activeInMonth);
  return c.tiers.map((t) => {
    const months = clientMonths.get(t.id) ?? 0;
    const decisions = c.decisions.find((d) => d.tierId === t.id)?.decisions ?? 0;
    const reviewsPerMonth = REVIEWS_PER_MONTH[t.reviewCadence];
    const reviewMinutes = reviewsPerMonth * a.minutesPerReview;
    const perClientMonth = months > 0 ? decisions / months : null;
    const decisionMinutes = (perClientMonth ?? 0) * a.minutesPerDecision;
    const total = reviewMinutes + decisionMinutes;
    const price = monthlyPriceMinor(t.priceMinor, t.period);
    const perHour = total > 0 ? Math.round(price / (total / 60)) : null;
    return {
      tierId: t.id,
      tier: t.name,
      reviewCadence: t.reviewCadence,
      reviewsPerMonth,
      reviewMinutes,
      decisionsPerClientMonth: perClientMonth,
      decisionMinutes,
      minutesPerClientMonth: total,
      monthlyPriceMinor: Math.round(price),
      currency: t.currency,
      pricePerCoachHourMinor: perHour,
      clientMonths: months,
      decisions,
      reasons: [
        reason(
          "business.pricing.review_cadence",
          `${t.reviewCadence.replace("_", " ")} reviews: ${reviewsPerMonth.toFixed(1)} a month × ${a.minutesPerReview} min`,
          { reviewCadence: t.reviewCadence, reviewsPerMonth },
          { minutesPerReview: a.minutesPerReview },
        ),
        reason(
          perClientMonth === null ? "business.pricing.no_load_measured" : "business.pricing.measured_load",
          perClientMonth === null
            ? "no client-months in the period: review load not measured"
            : `${decisions} decisions over ${months} client-months × ${a.minutesPerDecision} min`,
          { decisions, clientMonths: months },
          { minutesPerDecision: a.minutesPerDecision },
        ),
      ],
    };
  });
}
