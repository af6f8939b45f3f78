import { sql } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Db } from "../db/open.ts";
import { auditEvents } from "../db/schema.ts";
import { systemClock } from "../programming/clock.ts";
import { ReadAuditBatcher } from "./read-batcher.ts";

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

const READS = new Set(["GET", "HEAD"]);

/**
 * Writes one audit event: who (actor), what (action, entity), which client, from where (ip, user
 * agent), when. Inside a transaction (`db` is the transaction) it commits with the change. A read
 * (a GET recorded on the app's database, outside any transaction) goes to the read batcher, off
 * the request's path (see read-batcher.ts for the bounded loss window).
 */
export async function recordAudit(db: DbExecutor, request: FastifyRequest, input: AuditInput): Promise<void> {
  const app = request.server;
  if (db === app.db && READS.has(request.method) && app.readAudit) {
    await app.readAudit.add({ ...auditRow(request, input), at: systemClock.now() });
    return;
  }
  if (db === app.db) {
    await insertOne(app.db).execute(auditRow(request, input));
    return;
  }
  await db.insert(auditEvents).values(auditRow(request, input));
}

function buildInsert(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  return db
    .insert(auditEvents)
    .values({
      organizationId: p("organizationId"),
      actorUserId: p("actorUserId"),
      action: p("action"),
      entityType: p("entityType"),
      entityId: p("entityId"),
      clientId: p("clientId"),
      ip: p("ip"),
      userAgent: p("userAgent"),
      metadata: p("metadata"),
    })
    .prepare("spotter_audit_insert");
}

/** The single-event insert outside a transaction, prepared once per database handle. */
const inserts = new WeakMap<Db, ReturnType<typeof buildInsert>>();
function insertOne(db: Db) {
  let insert = inserts.get(db);
  if (!insert) {
    insert = buildInsert(db);
    inserts.set(db, insert);
  }
  return insert;
}

/** Decorates `app.readAudit` (settings from the config) and writes what is queued when the app closes. */
export function installReadAudit(app: FastifyInstance) {
  const batcher = new ReadAuditBatcher(app.database, app.spotterConfig.readAudit, app.log);
  app.decorate("readAudit", batcher);
  app.addHook("onClose", async () => batcher.flush());
}

declare module "fastify" {
  interface FastifyInstance {
    readAudit: ReadAuditBatcher;
  }
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
