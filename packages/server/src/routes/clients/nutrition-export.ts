import { and, asc, eq } from "drizzle-orm";
import {
  bodyMeasurements,
  mealPlans,
  nutritionIntake,
  nutritionPreferences,
  nutritionTargets,
} from "../../db/schema-nutrition.ts";
import { nutritionEstimates } from "../../db/schema-nutrition-estimates.ts";
import { registerClientExportSection } from "./export-sections.ts";

/** Adds the nutrition data to GET /api/clients/:id/export (called once when the routes load). */
export function registerNutritionExportSections(): void {
  registerClientExportSection("bodyMeasurements", (db, ids) =>
    db
      .select()
      .from(bodyMeasurements)
      .where(and(eq(bodyMeasurements.organizationId, ids.organizationId), eq(bodyMeasurements.clientId, ids.clientId)))
      .orderBy(asc(bodyMeasurements.date), asc(bodyMeasurements.createdAt), asc(bodyMeasurements.id)),
  );
  registerClientExportSection("nutritionIntake", (db, ids) =>
    db
      .select()
      .from(nutritionIntake)
      .where(and(eq(nutritionIntake.organizationId, ids.organizationId), eq(nutritionIntake.clientId, ids.clientId)))
      .orderBy(asc(nutritionIntake.date), asc(nutritionIntake.id)),
  );
  registerClientExportSection("nutritionSettings", (db, ids) =>
    db
      .select()
      .from(nutritionTargets)
      .where(and(eq(nutritionTargets.organizationId, ids.organizationId), eq(nutritionTargets.clientId, ids.clientId)))
      .orderBy(asc(nutritionTargets.createdAt), asc(nutritionTargets.id)),
  );
  // The adaptive estimate the pass last stored (derived, but about the client: part of their data).
  registerClientExportSection("nutritionEstimate", (db, ids) =>
    db
      .select()
      .from(nutritionEstimates)
      .where(
        and(eq(nutritionEstimates.organizationId, ids.organizationId), eq(nutritionEstimates.clientId, ids.clientId)),
      ),
  );
  registerClientExportSection("nutritionPreferences", (db, ids) =>
    db
      .select()
      .from(nutritionPreferences)
      .where(
        and(
          eq(nutritionPreferences.organizationId, ids.organizationId),
          eq(nutritionPreferences.clientId, ids.clientId),
        ),
      ),
  );
  registerClientExportSection("mealPlans", (db, ids) =>
    db
      .select()
      .from(mealPlans)
      .where(and(eq(mealPlans.organizationId, ids.organizationId), eq(mealPlans.clientId, ids.clientId)))
      .orderBy(asc(mealPlans.weekStart), asc(mealPlans.id)),
  );
}
