import type { CheckInRequest } from "@spotter/contracts";
import { dayIndex, isoFromDay } from "@spotter/engine";
import { recordAudit } from "../audit/record.ts";
import { checkIns } from "../db/schema-monitoring.ts";
import { validationError } from "../http/errors.ts";
import { updateClient } from "../monitoring/run-pass.ts";
import { loadRequestClient } from "../policies/request-client.ts";
import { applyCheckInHealth } from "../safety/check-in-health.ts";
import { clientTier, reviewDueAt } from "./client-tier.ts";
import type { CommandContext } from "./context.ts";
import { saveCheckIn } from "./save-check-in.ts";

/**
 * Stores (or replaces the same day's) check-in with its audit event in one transaction, then runs
 * the incremental monitoring update. A check-in more than a day ahead of the clock's UTC date is
 * refused (one day of slack covers time zones ahead of UTC).
 */
export async function submitCheckIn(ctx: CommandContext, clientId: string, body: CheckInRequest) {
  const { database, actor, clock, request } = ctx;
  const { db } = database;
  const now = clock.now().toISOString();
  if (dayIndex(body.date) > dayIndex(now) + 1)
    throw validationError("body.date", `cannot be later than ${isoFromDay(dayIndex(now) + 1)}`);
  // Both check-in routes are guarded (safety/plan-routes.ts): the guard already read this row.
  const client = await loadRequestClient(db, request, actor, clientId);
  const extra =
    body.painReports || body.redFlags || body.note !== undefined || body.medicationChange || body.pregnancy
      ? {
          painReports: body.painReports,
          redFlags: body.redFlags,
          note: body.note,
          medicationChange: body.medicationChange,
          pregnancy: body.pregnancy,
        }
      : null;
  const tier = body.medicationChange ? await clientTier(database, db, client.organizationId, client.id) : null;
  const values = {
    organizationId: client.organizationId,
    clientId: client.id,
    date: body.date,
    sleepHours: body.sleepHours,
    sleepQuality: body.sleepQuality,
    fatigue: body.fatigue,
    soreness: body.soreness,
    stress: body.stress,
    mood: body.mood,
    hrvLnRmssd: body.hrvLnRmssd ?? null,
    restingHr: body.restingHr ?? null,
    extra,
  };
  // The common check-in (no health change) is stored with its audit event by one statement
  // (save-check-in.ts); one that changes the profile needs the transaction.
  const checkIn =
    body.medicationChange || body.pregnancy
      ? await db.transaction(async (tx) => {
          const [saved] = await tx
            .insert(checkIns)
            .values(values)
            .onConflictDoUpdate({ target: [checkIns.clientId, checkIns.date], set: values })
            .returning();
          if (!saved) throw new Error("insert returned nothing");
          // A medication change or pregnancy status joins the profile and queues a review (safety/).
          await applyCheckInHealth(tx, request, client, body, tier ? reviewDueAt(tier, clock.now()) : clock.now());
          await recordAudit(tx, request, {
            action: "checkin.submitted",
            entityType: "checkin",
            entityId: saved.id,
            clientId: client.id,
            metadata: { date: body.date, byRole: actor.role },
          });
          return saved;
        })
      : await saveCheckIn(database, request, values, { date: body.date, byRole: actor.role });
  const evaluation = await updateClient(database, client.id, now);
  return { checkIn, evaluation };
}
