import { and, asc, eq } from "drizzle-orm";
import { wearableDailyMetrics, wearableWorkouts } from "../../db/schema-wearables.ts";
import { registerClientExportSection } from "../../routes/clients/export-sections.ts";

/**
 * Adds wearable data to GET /api/clients/:id/export (called once when the import routes load);
 * deterministic order. Both tables reference clients ON DELETE CASCADE, so deleting a client
 * removes them.
 */
export function registerWearableExportSections(): void {
  registerClientExportSection("wearableDailyMetrics", (db, ids) =>
    db
      .select()
      .from(wearableDailyMetrics)
      .where(
        and(
          eq(wearableDailyMetrics.organizationId, ids.organizationId),
          eq(wearableDailyMetrics.clientId, ids.clientId),
        ),
      )
      .orderBy(asc(wearableDailyMetrics.date), asc(wearableDailyMetrics.metric), asc(wearableDailyMetrics.source)),
  );
  registerClientExportSection("wearableWorkouts", (db, ids) =>
    db
      .select()
      .from(wearableWorkouts)
      .where(and(eq(wearableWorkouts.organizationId, ids.organizationId), eq(wearableWorkouts.clientId, ids.clientId)))
      .orderBy(asc(wearableWorkouts.startedAt), asc(wearableWorkouts.activityType)),
  );
}
