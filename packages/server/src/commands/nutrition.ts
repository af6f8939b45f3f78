import {
  CM_PER_IN,
  type IntakeRequest,
  KG_PER_LB,
  type MeasurementRequest,
  type NutritionSettingsRequest,
} from "@spotter/contracts";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record.ts";
import type { clients } from "../db/schema.ts";
import { bodyMeasurements, nutritionIntake, nutritionTargets } from "../db/schema-nutrition.ts";
import { notFound } from "../http/errors.ts";
import type { CommandContext } from "./context.ts";

type ClientRow = typeof clients.$inferSelect;

/**
 * Stores one body measurement, converted to kg and cm (the entered units are kept so the client's
 * own view can answer in them). Several measurements a day are kept; the trend averages them.
 */
export async function logMeasurement(ctx: CommandContext, client: ClientRow, body: MeasurementRequest) {
  const { db } = ctx.database;
  const weightKg = body.weight ? (body.weight.unit === "lb" ? body.weight.value * KG_PER_LB : body.weight.value) : null;
  const circumferencesCm: Record<string, number> = {};
  let lengthUnit: "cm" | "in" | undefined;
  for (const [site, v] of Object.entries(body.circumferences ?? {})) {
    if (!v) continue;
    lengthUnit ??= v.unit;
    circumferencesCm[site] = v.unit === "in" ? v.value * CM_PER_IN : v.value;
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bodyMeasurements)
      .values({
        organizationId: client.organizationId,
        clientId: client.id,
        date: body.date,
        weightKg,
        circumferencesCm,
        bodyFatPct: body.bodyFatPct ?? null,
        massUnit: body.weight?.unit ?? "kg",
        lengthUnit: lengthUnit ?? "cm",
        enteredBy: ctx.actor.userId,
      })
      .returning();
    await recordAudit(tx, ctx.request, {
      action: "nutrition.measurement.logged",
      entityType: "body_measurement",
      entityId: row!.id,
      clientId: client.id,
      metadata: { date: body.date, byRole: ctx.actor.role },
    });
    return row!;
  });
}

/** Stores one day's intake totals; a second log for the same day replaces the first. */
export async function logIntake(ctx: CommandContext, client: ClientRow, body: IntakeRequest) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const values = {
    kcal: body.kcal,
    proteinG: body.proteinG,
    carbsG: body.carbsG,
    fatG: body.fatG,
    fibreG: body.fibreG ?? null,
    enteredBy: ctx.actor.userId,
    updatedAt: now,
  };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(nutritionIntake)
      .values({ organizationId: client.organizationId, clientId: client.id, date: body.date, ...values })
      .onConflictDoUpdate({ target: [nutritionIntake.clientId, nutritionIntake.date], set: values })
      .returning();
    await recordAudit(tx, ctx.request, {
      action: "nutrition.intake.logged",
      entityType: "nutrition_intake",
      entityId: row!.id,
      clientId: client.id,
      metadata: { date: body.date, byRole: ctx.actor.role },
    });
    return row!;
  });
}

/**
 * A coach sets the client's nutrition goal, planned rate and optionally an energy target. The active
 * setting is superseded, not overwritten, so the history shows every change and who made it.
 */
export async function setNutritionSettings(ctx: CommandContext, client: ClientRow, body: NutritionSettingsRequest) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  return db.transaction(async (tx) => {
    // Locks the client's active row so two concurrent settings cannot both stay active.
    const [previous] = await tx
      .update(nutritionTargets)
      .set({ status: "superseded", supersededAt: now })
      .where(and(eq(nutritionTargets.clientId, client.id), eq(nutritionTargets.status, "active")))
      .returning({ id: nutritionTargets.id });
    const [row] = await tx
      .insert(nutritionTargets)
      .values({
        organizationId: client.organizationId,
        clientId: client.id,
        status: "active",
        goal: body.goal,
        ratePctPerWeek: body.ratePctPerWeek ?? null,
        energyKcal: body.energyKcal ?? null,
        note: body.note ?? null,
        setBy: ctx.actor.userId,
        createdAt: now,
      })
      .returning();
    await recordAudit(tx, ctx.request, {
      action: "nutrition.settings.set",
      entityType: "nutrition_targets",
      entityId: row!.id,
      clientId: client.id,
      metadata: { goal: body.goal, energyKcal: body.energyKcal ?? null, supersedes: previous?.id ?? null },
    });
    return row!;
  });
}

/** Deletes one of the client's measurements (404 when it is not theirs, so ids do not leak). */
export async function deleteMeasurement(ctx: CommandContext, client: ClientRow, measurementId: string) {
  await ctx.database.db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(bodyMeasurements)
      .where(and(eq(bodyMeasurements.id, measurementId), eq(bodyMeasurements.clientId, client.id)))
      .returning({ id: bodyMeasurements.id, date: bodyMeasurements.date });
    if (!gone) throw notFound("measurement");
    await recordAudit(tx, ctx.request, {
      action: "nutrition.measurement.deleted",
      entityType: "body_measurement",
      entityId: gone.id,
      clientId: client.id,
      metadata: { date: gone.date, byRole: ctx.actor.role },
    });
  });
}
