import type { FastifyRequest } from "fastify";
import { auditRow } from "../audit/record.ts";
import { namedQuery } from "../db/named-query.ts";
import type { Database } from "../db/open.ts";
import type { checkIns } from "../db/schema-monitoring.ts";
import type { CheckInRow } from "../monitoring/load-data.ts";

type Stored = typeof checkIns.$inferSelect;
type Values = Omit<Stored, "id" | "createdAt">;

/**
 * Stores (or replaces the same day's) check-in and its audit event in ONE statement: a
 * data-modifying CTE is atomic like the transaction it replaces (begin, insert, insert, commit:
 * four round trips, each a pool wait under load; issue 12), and the event's `at` is the
 * statement's now() as it was the transaction's. Same columns and conflict rule as the drizzle
 * insert in check-ins.ts (which a health change still takes, for its profile write).
 */
const TEXT = `with saved as (
  insert into check_ins (organization_id, client_id, date, sleep_hours, sleep_quality, fatigue, soreness,
    stress, mood, hrv_ln_rmssd, resting_hr, extra)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
  on conflict (client_id, date) do update set organization_id = excluded.organization_id,
    client_id = excluded.client_id, date = excluded.date, sleep_hours = excluded.sleep_hours,
    sleep_quality = excluded.sleep_quality, fatigue = excluded.fatigue, soreness = excluded.soreness,
    stress = excluded.stress, mood = excluded.mood, hrv_ln_rmssd = excluded.hrv_ln_rmssd,
    resting_hr = excluded.resting_hr, extra = excluded.extra
  returning *
), audit as (
  insert into audit_events (organization_id, actor_user_id, action, entity_type, entity_id, client_id, ip,
    user_agent, metadata)
  select $13, $14, 'checkin.submitted', 'checkin', saved.id::text, saved.client_id, $15, $16, $17 from saved
)
select id, organization_id, client_id, date::text as date, sleep_hours, sleep_quality, fatigue, soreness, stress,
  mood, hrv_ln_rmssd, resting_hr, extra, created_at
from saved`;

type Raw = CheckInRow & { id: string; organization_id: string; created_at: Date | string };

export async function saveCheckIn(
  database: Database,
  request: FastifyRequest,
  v: Values,
  metadata: { date: string; byRole: string },
): Promise<Stored> {
  const audit = auditRow(request, {
    action: "checkin.submitted",
    entityType: "checkin",
    clientId: v.clientId,
    metadata,
  });
  const [r] = await namedQuery<Raw>(database, "spotter_checkin_save", TEXT, [
    v.organizationId,
    v.clientId,
    v.date,
    v.sleepHours,
    v.sleepQuality,
    v.fatigue,
    v.soreness,
    v.stress,
    v.mood,
    v.hrvLnRmssd,
    v.restingHr,
    v.extra === null ? null : JSON.stringify(v.extra),
    audit.organizationId,
    audit.actorUserId,
    audit.ip,
    audit.userAgent,
    JSON.stringify(audit.metadata),
  ]);
  if (!r) throw new Error("insert returned nothing");
  return {
    id: r.id,
    organizationId: r.organization_id,
    clientId: r.client_id,
    date: r.date,
    sleepHours: r.sleep_hours,
    sleepQuality: r.sleep_quality,
    fatigue: r.fatigue,
    soreness: r.soreness,
    stress: r.stress,
    mood: r.mood,
    hrvLnRmssd: r.hrv_ln_rmssd,
    restingHr: r.resting_hr,
    extra: r.extra,
    createdAt: new Date(r.created_at),
  };
}
