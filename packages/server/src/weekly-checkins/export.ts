import { and, asc, eq } from "drizzle-orm";
import { weeklyCheckIns } from "../db/schema-weekly-checkins.ts";
import { registerClientExportSection } from "../routes/clients/export-sections.ts";

/** Adds the client's weekly check-ins to GET /api/clients/:id/export (`records.weeklyCheckIns`); deletion cascades. */
export function registerWeeklyCheckInExportSection(): void {
  registerClientExportSection("weeklyCheckIns", (db, ids) =>
    db
      .select()
      .from(weeklyCheckIns)
      .where(and(eq(weeklyCheckIns.organizationId, ids.organizationId), eq(weeklyCheckIns.clientId, ids.clientId)))
      .orderBy(asc(weeklyCheckIns.weekStart)),
  );
}
