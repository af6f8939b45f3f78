import { and, eq } from "drizzle-orm";
import { calendarFeeds } from "../db/schema-calendar.ts";
import { registerClientExportSection } from "../routes/clients/export-sections.ts";

/**
 * The client's calendar feed in their data export (GET /clients/:id/export): that one exists and
 * since when. Not the token hash: it is a credential's fingerprint, not the client's data.
 */
export function registerCalendarExportSection(): void {
  registerClientExportSection("calendarFeed", (db, ids) =>
    db
      .select({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt })
      .from(calendarFeeds)
      .where(and(eq(calendarFeeds.organizationId, ids.organizationId), eq(calendarFeeds.clientId, ids.clientId))),
  );
}
