import { eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { Database } from "../db/open.ts";
import { clientMonitoring } from "../db/schema-monitoring.ts";
import { loadTiers, type TierRecord, tierFor } from "../monitoring/tiers.ts";

/**
 * The tier that governs one client (its assignment, else the organization's default, else the
 * fallback: monitoring/tiers.ts `tierFor`), for commands that promise a response time.
 */
export async function clientTier(
  database: Database,
  db: DbExecutor,
  organizationId: string,
  clientId: string,
): Promise<TierRecord> {
  const tiers = await loadTiers(database, [organizationId]);
  const [state] = await db
    .select({ tierId: clientMonitoring.tierId })
    .from(clientMonitoring)
    .where(eq(clientMonitoring.clientId, clientId));
  return tierFor(tiers.get(organizationId), state?.tierId ?? null);
}

/** When a change queued for review is due: the tier's response promise for a yellow, from `now`. */
export const reviewDueAt = (tier: TierRecord, now: Date): Date =>
  new Date(now.getTime() + tier.responseHours.yellow * 3_600_000);
