import type { AuditEvent } from "@spotter/contracts";
import type { auditEvents } from "../db/schema.ts";

/** An audit event as the owner's trail shows it (contracts AuditEvent): the actor by name when known. */
export const presentAuditEvent = (e: typeof auditEvents.$inferSelect, actorName: string | null): AuditEvent => ({
  id: e.id,
  action: e.action,
  actor: e.actorUserId && actorName ? { id: e.actorUserId, name: actorName } : null,
  entityType: e.entityType,
  entityId: e.entityId,
  clientId: e.clientId,
  ip: e.ip,
  userAgent: e.userAgent,
  at: e.at.toISOString(),
  metadata: e.metadata,
});
