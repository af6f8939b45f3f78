import type { CoachingModel } from "@spotter/engine";
import { and, eq, inArray } from "drizzle-orm";
import { type DbExecutor, recordAudit } from "../audit/record.ts";
import type { Database } from "../db/open.ts";
import { clientMonitoring, proposals } from "../db/schema-monitoring.ts";
import { validationError } from "../http/errors.ts";
import { loadTiers, type TierRecord, tierFor } from "../monitoring/tiers.ts";
import { loadVisibleClient } from "../policies/clients.ts";
import type { CommandContext } from "./context.ts";
import { type Redecision, redecideForTier } from "./proposals.ts";

/**
 * A client's service tier: the one that governs them and assigning one.
 *
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
  return tierFor(tiers.get(organizationId), await assignedTierId(db, clientId));
}

/** The tier a coach assigned to the client, if any (tierFor falls back to the default). */
export async function assignedTierId(db: DbExecutor, clientId: string): Promise<string | null> {
  const [state] = await db
    .select({ tierId: clientMonitoring.tierId })
    .from(clientMonitoring)
    .where(eq(clientMonitoring.clientId, clientId));
  return state?.tierId ?? null;
}

/** When a change queued for review is due: the tier's response promise for a yellow, from `now`. */
export const reviewDueAt = (tier: TierRecord, now: Date): Date =>
  new Date(now.getTime() + tier.responseHours.yellow * 3_600_000);

/**
 * Assigns a client's tier, named by id or by coaching model among the organization's tiers (else
 * 400 on that field), with its audit event in one transaction.
 */
export async function assignClientTier(
  ctx: CommandContext,
  clientId: string,
  by: { tierId?: string; model?: CoachingModel },
): Promise<{ clientId: string; tier: TierRecord; redecided: Redecision[] }> {
  const { database, actor, request } = ctx;
  const { db } = database;
  const client = await loadVisibleClient(db, actor, clientId);
  const tiers = (await loadTiers(database, [actor.organizationId])).get(actor.organizationId) ?? [];
  const tier = tiers.find((t) => (by.tierId ? t.id === by.tierId : t.model === by.model));
  if (!tier)
    throw validationError(
      by.tierId ? "body.tierId" : "body.model",
      by.tierId ? "no such tier in this organization" : "no tier of this organization has that coaching model",
    );
  const redecided = await db.transaction(async (tx) => {
    await tx
      .insert(clientMonitoring)
      .values({ clientId: client.id, organizationId: actor.organizationId, tierId: tier.id })
      .onConflictDoUpdate({ target: clientMonitoring.clientId, set: { tierId: tier.id } });
    // Open proposals follow the new tier's policy at once (issue 10 §6), in the same transaction.
    const changed = await redecideForTier(tx, request, {
      organizationId: actor.organizationId,
      clientId: client.id,
      tier,
      now: ctx.clock.now(),
    });
    await recordAudit(tx, request, {
      action: "client.tier_assigned",
      entityType: "client",
      entityId: client.id,
      clientId: client.id,
      metadata: { tierId: tier.id, redecided: changed.length },
    });
    return changed;
  });
  return { clientId: client.id, tier, redecided };
}

/**
 * The owner edited a tier's settings: every client that tier governs (assigned, or by default when
 * it is the default tier) has its open proposals re-decided under the new settings, the same way
 * as when one client changes tier. One transaction, so a tier edit never leaves half its clients
 * under the old policy. Only clients with a pending or recently automated proposal are touched.
 */
export async function redecideTierClients(ctx: CommandContext, tierId: string): Promise<Redecision[]> {
  const { database, actor, request } = ctx;
  const tiers = (await loadTiers(database, [actor.organizationId])).get(actor.organizationId) ?? [];
  const edited = tiers.find((t) => t.id === tierId);
  if (!edited) return [];
  return database.db.transaction(async (tx) => {
    const open = await tx
      .selectDistinct({ clientId: proposals.clientId })
      .from(proposals)
      .where(
        and(
          eq(proposals.organizationId, actor.organizationId),
          inArray(proposals.status, ["pending_review", "auto_applied"]),
        ),
      );
    if (open.length === 0) return [];
    const ids = open.map((r) => r.clientId);
    const assigned = new Map(
      (
        await tx
          .select({ clientId: clientMonitoring.clientId, tierId: clientMonitoring.tierId })
          .from(clientMonitoring)
          .where(inArray(clientMonitoring.clientId, ids))
      ).map((r) => [r.clientId, r.tierId]),
    );
    const changed: Redecision[] = [];
    for (const clientId of ids) {
      if (tierFor(tiers, assigned.get(clientId) ?? null).id !== edited.id) continue;
      const now = ctx.clock.now();
      changed.push(
        ...(await redecideForTier(tx, request, { organizationId: actor.organizationId, clientId, tier: edited, now })),
      );
    }
    return changed;
  });
}
