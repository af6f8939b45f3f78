import type { FastifyRequest } from "fastify";
import type { Db } from "../db/open.ts";
import { auditEvents } from "../db/schema.ts";

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | null;
  clientId?: string | null;
  /** Identifiers and field names only; never health data. */
  metadata?: Record<string, unknown>;
  /** Defaults to the request's actor. */
  organizationId?: string;
  actorUserId?: string | null;
};

/** Executor: the database or a transaction (pass the transaction so the event commits with the change). */
export type DbExecutor = Pick<Db, "insert" | "select" | "update" | "delete" | "execute">;

/** Writes one audit event: who (actor), what (action, entity), which client, from where (ip, user agent), when. */
export async function recordAudit(db: DbExecutor, request: FastifyRequest, input: AuditInput): Promise<void> {
  await db.insert(auditEvents).values(auditRow(request, input));
}

/** The audit event's columns (for a caller that writes it inside its own statement). */
export function auditRow(request: FastifyRequest, input: AuditInput) {
  const organizationId = input.organizationId ?? request.actor?.organizationId;
  if (!organizationId) throw new Error("audit event without organization");
  const ua = request.headers["user-agent"];
  return {
    organizationId,
    actorUserId: input.actorUserId === undefined ? (request.actor?.userId ?? null) : input.actorUserId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    clientId: input.clientId ?? null,
    ip: request.ip ?? null,
    userAgent: typeof ua === "string" ? ua.slice(0, 500) : null,
    metadata: input.metadata ?? {},
  };
}
