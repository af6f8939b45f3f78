import { and, asc, eq } from "drizzle-orm";
import { satisfactionSurveys } from "../../db/schema-business.ts";
import { registerClientExportSection } from "../clients/export-sections.ts";

/** A client's survey answers belong in their export (deleting the client cascades them). */
export function registerBusinessExportSections(): void {
  registerClientExportSection("satisfactionSurveys", (db, ids) =>
    db
      .select({
        score: satisfactionSurveys.score,
        comment: satisfactionSurveys.comment,
        createdAt: satisfactionSurveys.createdAt,
      })
      .from(satisfactionSurveys)
      .where(
        and(eq(satisfactionSurveys.organizationId, ids.organizationId), eq(satisfactionSurveys.clientId, ids.clientId)),
      )
      .orderBy(asc(satisfactionSurveys.createdAt)),
  );
}
