import { and, asc, eq } from "drizzle-orm";
import { habits, habitTicks, nudgeLog, nudgePreferences } from "../db/schema-habits.ts";
import { registerClientExportSection } from "../routes/clients/export-sections.ts";

/** Adds habits, ticks, nudges sent (with missed reasons) and nudge settings to the client export; deletion cascades. */
export function registerHabitExportSections(): void {
  registerClientExportSection("habits", (db, ids) =>
    db
      .select()
      .from(habits)
      .where(and(eq(habits.organizationId, ids.organizationId), eq(habits.clientId, ids.clientId)))
      .orderBy(asc(habits.createdAt), asc(habits.id)),
  );
  registerClientExportSection("habitTicks", (db, ids) =>
    db
      .select()
      .from(habitTicks)
      .where(and(eq(habitTicks.organizationId, ids.organizationId), eq(habitTicks.clientId, ids.clientId)))
      .orderBy(asc(habitTicks.date), asc(habitTicks.id)),
  );
  registerClientExportSection("nudges", (db, ids) =>
    db
      .select()
      .from(nudgeLog)
      .where(and(eq(nudgeLog.organizationId, ids.organizationId), eq(nudgeLog.clientId, ids.clientId)))
      .orderBy(asc(nudgeLog.sentAt), asc(nudgeLog.id)),
  );
  registerClientExportSection("nudgePreferences", (db, ids) =>
    db
      .select()
      .from(nudgePreferences)
      .where(and(eq(nudgePreferences.organizationId, ids.organizationId), eq(nudgePreferences.clientId, ids.clientId))),
  );
}
