import type { BusinessFiguresResponse } from "@spotter/contracts";
import { businessReport, type TierFacts } from "@spotter/engine";
import type { Database } from "../db/open.ts";
import { loadTiers } from "../monitoring/tiers.ts";
import { loadBusinessCounts } from "./counts.ts";
import type { Period } from "./period.ts";
import { loadBusinessSettings } from "./settings.ts";

/**
 * The owner's one page: the organization's tiers and assumptions, the counts aggregated in SQL,
 * the engine's figures and pricing guidance, and the latest survey comments (without names).
 */
export async function buildBusinessReport(
  database: Database,
  organizationId: string,
  period: Period,
  now: Date,
): Promise<BusinessFiguresResponse> {
  const settings = await loadBusinessSettings(database.db, organizationId);
  const records = (await loadTiers(database, [organizationId])).get(organizationId) ?? [];
  const tiers: TierFacts[] = records.map((t) => ({
    id: t.id,
    name: t.name,
    priceMinor: t.price.amountMinor,
    currency: t.price.currency,
    period: t.price.period,
    reviewCadence: t.reviewCadence,
    responseHours: t.responseHours,
  }));
  const defaultTierId = records.find((t) => t.isDefault)?.id ?? null;
  const { counts, comments } = await loadBusinessCounts(database, {
    organizationId,
    period,
    now,
    churnInactiveDays: settings.churnInactiveDays,
    tiers,
    defaultTierId,
  });
  const report = businessReport(counts, settings);
  const nameOf = (id: string | null) => tiers.find((t) => t.id === id)?.name ?? "Tier unknown";
  return {
    from: period.from,
    to: period.to,
    months: period.months,
    generatedAt: now.toISOString(),
    settings,
    figures: report.figures,
    pricing: report.pricing,
    comments: comments.map((c) => ({
      score: c.score,
      comment: c.comment,
      at: c.at.toISOString(),
      tier: nameOf(c.tierId),
    })),
  };
}
