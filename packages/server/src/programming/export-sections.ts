import { and, asc, eq } from "drizzle-orm";
import {
  clientMethods,
  progressionArchives,
  progressionStates,
  roadmaps,
  trainingSessions,
} from "../db/schema-programming.ts";
import { registerClientExportSection } from "../routes/clients/export-sections.ts";

/** Adds the programming data to GET /api/clients/:id/export (called once when the routes load). */
export function registerProgrammingExportSections(): void {
  registerClientExportSection("roadmap", (db, ids) =>
    db
      .select()
      .from(roadmaps)
      .where(and(eq(roadmaps.organizationId, ids.organizationId), eq(roadmaps.clientId, ids.clientId))),
  );
  registerClientExportSection("trainingSessions", (db, ids) =>
    db
      .select()
      .from(trainingSessions)
      .where(and(eq(trainingSessions.organizationId, ids.organizationId), eq(trainingSessions.clientId, ids.clientId)))
      .orderBy(asc(trainingSessions.date), asc(trainingSessions.createdAt), asc(trainingSessions.id)),
  );
  registerClientExportSection("progressionStates", (db, ids) =>
    db
      .select()
      .from(progressionStates)
      .where(
        and(eq(progressionStates.organizationId, ids.organizationId), eq(progressionStates.clientId, ids.clientId)),
      )
      .orderBy(asc(progressionStates.exerciseId)),
  );
  registerClientExportSection("method", (db, ids) =>
    db
      .select()
      .from(clientMethods)
      .where(and(eq(clientMethods.organizationId, ids.organizationId), eq(clientMethods.clientId, ids.clientId))),
  );
  registerClientExportSection("progressionArchive", (db, ids) =>
    db
      .select()
      .from(progressionArchives)
      .where(
        and(eq(progressionArchives.organizationId, ids.organizationId), eq(progressionArchives.clientId, ids.clientId)),
      ),
  );
}
