import type { TierView } from "@spotter/contracts";
import type { TierRecord } from "../monitoring/tiers.ts";

/** A tier as the API shows it (contracts TierView). */
export function presentTier(t: TierRecord): TierView {
  return {
    id: t.id,
    name: t.name,
    model: t.model,
    isDefault: t.isDefault,
    price: t.price,
    reviewCadence: t.reviewCadence,
    responseHours: t.responseHours,
    autoApplyKinds: t.autoApplyKinds,
  };
}
