import type { CheckInsAwaiting } from "@spotter/contracts";
import { and, asc, eq, sql } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import { clients } from "../db/schema.ts";
import { clientMonitoring, serviceTiers } from "../db/schema-monitoring.ts";
import { weeklyCheckIns } from "../db/schema-weekly-checkins.ts";
import { redNow } from "../monitoring/red-now.ts";
import { FALLBACK_TIER } from "../monitoring/tiers.ts";
import { visibleClients } from "../policies/clients.ts";

const HOUR_MS = 3_600_000;

/**
 * Answered check-ins the coach still owes a reply, soonest due first, against the client's tier
 * promise: counted from the answer, the tier's red-level hours while the client is red (the stored
 * level or an open red flag: monitoring/red-now.ts), its yellow-level hours otherwise (as messages:
 * messaging/queries.ts awaitingReply). A client without a tier falls back to the organization's
 * default, then to monitoring's FALLBACK_TIER. With an actor: what that caller may see; without
 * (the escalation job): every organization.
 */
type Awaiting = { items: (CheckInsAwaiting["items"][number] & { organizationId: string })[]; overdue: number };

export async function awaitingCheckIns(db: DbExecutor, actor: Actor | null, now: Date): Promise<Awaiting> {
  const defaultTier = sql`(select ${serviceTiers.id} from ${serviceTiers} where ${serviceTiers.organizationId} = ${clients.organizationId} and ${serviceTiers.isDefault} limit 1)`;
  const rows = await db
    .select({
      id: weeklyCheckIns.id,
      organizationId: clients.organizationId,
      clientId: clients.id,
      clientName: clients.name,
      answeredAt: weeklyCheckIns.answeredAt,
      tierName: serviceTiers.name,
      yellowHours: serviceTiers.responseHoursYellow,
      redHours: serviceTiers.responseHoursRed,
      red: redNow(),
    })
    .from(weeklyCheckIns)
    .innerJoin(clients, eq(clients.id, weeklyCheckIns.clientId))
    .leftJoin(clientMonitoring, eq(clientMonitoring.clientId, clients.id))
    .leftJoin(serviceTiers, sql`${serviceTiers.id} = coalesce(${clientMonitoring.tierId}, ${defaultTier})`)
    .where(
      and(
        actor ? eq(weeklyCheckIns.organizationId, actor.organizationId) : undefined,
        actor ? visibleClients(actor) : undefined,
        eq(clients.status, "active"),
        eq(weeklyCheckIns.status, "answered"),
      ),
    )
    .orderBy(asc(weeklyCheckIns.answeredAt))
    .limit(500);
  const items = rows.map((r) => {
    const hours =
      r.tierName === null
        ? FALLBACK_TIER.responseHours
        : {
            yellow: r.yellowHours ?? FALLBACK_TIER.responseHours.yellow,
            red: r.redHours ?? FALLBACK_TIER.responseHours.red,
          };
    const promiseHours = r.red ? hours.red : hours.yellow;
    const due = new Date(r.answeredAt.getTime() + promiseHours * HOUR_MS);
    return {
      id: r.id,
      organizationId: r.organizationId,
      clientId: r.clientId,
      clientName: r.clientName,
      answeredAt: r.answeredAt.toISOString(),
      tierName: r.tierName ?? FALLBACK_TIER.name,
      promiseHours,
      dueAt: due.toISOString(),
      overdue: now.getTime() > due.getTime(),
    };
  });
  items.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return { items, overdue: items.filter((i) => i.overdue).length };
}
