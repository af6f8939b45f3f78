import { and, asc, eq } from "drizzle-orm";
import { messageReads, messages } from "../db/schema-messaging.ts";
import { registerClientExportSection } from "../routes/clients/export-sections.ts";

/**
 * Adds the client's conversation to GET /api/clients/:id/export (`records.messages`,
 * `records.messageReads`). Deleting the client deletes both: every messaging table cascades from
 * clients.
 */
export function registerMessagingExportSections(): void {
  registerClientExportSection("messages", (db, ids) =>
    db
      .select()
      .from(messages)
      .where(and(eq(messages.organizationId, ids.organizationId), eq(messages.clientId, ids.clientId)))
      .orderBy(asc(messages.seq)),
  );
  registerClientExportSection("messageReads", (db, ids) =>
    db
      .select()
      .from(messageReads)
      .where(and(eq(messageReads.organizationId, ids.organizationId), eq(messageReads.clientId, ids.clientId)))
      .orderBy(asc(messageReads.userId)),
  );
}
