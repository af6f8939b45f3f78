import { and, asc, eq } from "drizzle-orm";
import { checkIns, clientMonitoring, flags, monitoringSessions, proposals } from "../db/schema-monitoring.ts";
import { registerClientExportSection } from "../routes/clients/export-sections.ts";

/** Adds the monitoring data to GET /api/clients/:id/export (called once when the routes load). */
export function registerMonitoringExportSections(): void {
  registerClientExportSection("checkIns", (db, ids) =>
    db
      .select()
      .from(checkIns)
      .where(and(eq(checkIns.organizationId, ids.organizationId), eq(checkIns.clientId, ids.clientId)))
      .orderBy(asc(checkIns.date), asc(checkIns.id)),
  );
  registerClientExportSection("monitoringSessions", (db, ids) =>
    db
      .select()
      .from(monitoringSessions)
      .where(
        and(eq(monitoringSessions.organizationId, ids.organizationId), eq(monitoringSessions.clientId, ids.clientId)),
      )
      .orderBy(asc(monitoringSessions.date), asc(monitoringSessions.id)),
  );
  registerClientExportSection("flags", (db, ids) =>
    db
      .select()
      .from(flags)
      .where(and(eq(flags.organizationId, ids.organizationId), eq(flags.clientId, ids.clientId)))
      .orderBy(asc(flags.createdAt), asc(flags.id)),
  );
  registerClientExportSection("proposals", (db, ids) =>
    db
      .select()
      .from(proposals)
      .where(and(eq(proposals.organizationId, ids.organizationId), eq(proposals.clientId, ids.clientId)))
      .orderBy(asc(proposals.createdAt), asc(proposals.id)),
  );
  registerClientExportSection("monitoringState", (db, ids) =>
    db
      .select()
      .from(clientMonitoring)
      .where(and(eq(clientMonitoring.organizationId, ids.organizationId), eq(clientMonitoring.clientId, ids.clientId))),
  );
}
