import type { NotificationView } from "@spotter/contracts";
import type { notifications } from "../../db/schema-notifications.ts";

/** The whitelisted shape of one in-app notification (no recipient address, no delivery internals). */
export function presentNotification(row: typeof notifications.$inferSelect): NotificationView {
  return {
    id: row.id,
    kind: row.kind as NotificationView["kind"],
    urgency: row.urgency,
    subject: row.subject,
    body: row.body,
    linkPath: row.linkPath,
    clientId: row.clientId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    email: row.emailStatus,
  };
}
