import type { SegmentView } from "@spotter/contracts";
import type { segmentClient } from "@spotter/engine";
import type { TierRecord } from "../monitoring/tiers.ts";
import { presentTier } from "./tier.ts";

/** A client's intake segment with the tier it suggests and the one that governs it now (contracts SegmentView). */
export const presentSegment = (
  clientId: string,
  segment: ReturnType<typeof segmentClient>,
  suggested: TierRecord | null,
  current: TierRecord | null,
): SegmentView => ({
  clientId,
  risk: segment.risk,
  experience: segment.experience,
  autonomy: segment.autonomy,
  suggestedModel: segment.suggestedModel,
  age: segment.age,
  reasons: segment.reasons,
  suggestedTier: suggested ? presentTier(suggested) : null,
  currentTier: current ? presentTier(current) : null,
});
