import type { BusinessAssumptions } from "./assumptions.ts";
import type { BusinessCounts } from "./counts.ts";
import type { BusinessFigure } from "./figure.ts";
import {
  adherenceFigure,
  checkInFigure,
  escalationFigure,
  responseFigure,
  retentionFigure,
  revenueFigure,
  satisfactionFigure,
} from "./figures.ts";
import { type PricingGuidance, pricingGuidance } from "./pricing.ts";

export type BusinessReport = { figures: BusinessFigure[]; pricing: PricingGuidance[] };

/** Every business figure, in the order the owner's page shows them, and the pricing guidance. */
export function businessReport(counts: BusinessCounts, assumptions: BusinessAssumptions): BusinessReport {
  return {
    figures: [
      retentionFigure(counts, assumptions),
      revenueFigure(counts),
      satisfactionFigure(counts),
      adherenceFigure(counts),
      checkInFigure(counts),
      responseFigure(counts, "red"),
      responseFigure(counts, "yellow"),
      responseFigure(counts, "message"),
      escalationFigure(counts),
    ],
    pricing: pricingGuidance(counts, assumptions),
  };
}
