import type { CheckInRequest } from "@spotter/contracts";
import { altersHeartRate, type ClientProfile, type MedicationChange } from "@spotter/engine";
import { and, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { type DbExecutor, recordAudit } from "../audit/record.ts";
import { clients } from "../db/schema.ts";
import { flags } from "../db/schema-monitoring.ts";

/** The flag kind a reported medication change raises for the coach (one open per client). */
export const MEDICATION_REVIEW_KIND = "medication_change";

const same = (a: MedicationChange, b: MedicationChange) =>
  a.kind === b.kind && a.change === b.change && a.date === b.date && (a.name ?? "") === (b.name ?? "");

/**
 * The health facts a check-in may carry, applied in the check-in's transaction: a medication change
 * joins the profile's list (the screening gate then waits for a coach's medication review before
 * vigorous work, and HR readiness carries a caveat) and opens a yellow `medication_change` flag for
 * the coach; a pregnancy/postpartum status replaces the profile's. Both audited.
 */
export async function applyCheckInHealth(
  tx: DbExecutor,
  request: FastifyRequest,
  client: { id: string; organizationId: string; profile: ClientProfile },
  body: Pick<CheckInRequest, "medicationChange" | "pregnancy" | "date">,
  dueAt: Date,
): Promise<void> {
  const med = body.medicationChange;
  if (!med && !body.pregnancy) return;
  const existing = client.profile.medicationChanges ?? [];
  const medicationChanges = med && !existing.some((m) => same(m, med)) ? [...existing, med].slice(-50) : existing;
  const profile: ClientProfile = {
    ...client.profile,
    ...(medicationChanges.length ? { medicationChanges } : {}),
    ...(body.pregnancy ? { pregnancy: body.pregnancy } : {}),
  };
  await tx
    .update(clients)
    .set({ profile })
    .where(and(eq(clients.id, client.id), eq(clients.organizationId, client.organizationId)));
  await recordAudit(tx, request, {
    action: "client.health_reported",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    metadata: {
      via: "checkin",
      date: body.date,
      medicationChange: med ? `${med.kind}:${med.change}:${med.date}` : null,
      pregnancy: body.pregnancy?.status ?? null,
    },
  });
  if (!med) return;
  const hr = altersHeartRate(med.kind);
  await tx
    .insert(flags)
    .values({
      organizationId: client.organizationId,
      clientId: client.id,
      kind: MEDICATION_REVIEW_KIND,
      level: "yellow",
      signalId: `medication_change:${med.kind}:${med.date}`,
      ruleId: "screening.medication_change",
      message: `Medication ${med.change.replaceAll("_", " ")} on ${med.date}: ${med.name ?? med.kind.replaceAll("_", " ")}${hr ? " (alters heart rate: HR-based readiness is unreliable)" : ""}. Review it and record a medication review before vigorous work.`,
      evidence: { kind: med.kind, change: med.change, date: med.date, altersHeartRate: hr, source: "checkin" },
      recommendedAction: "Review the medication change with the client; record a medication_review clearance.",
      referTo: null,
      dueAt,
    })
    .onConflictDoNothing();
}
