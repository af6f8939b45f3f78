import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../db/open.ts";
import { safeError } from "../http/logger.ts";
import type { auditRow } from "./record.ts";

export type ReadAuditSettings = {
  /**
   * Longest a read event waits in memory before it is written; 0 writes each event before the
   * response (no loss window). This is the loss window: a process that dies loses at most the
   * events of the last `maxDelayMs` (and never more than `maxPending` events).
   */
  maxDelayMs: number;
  /** Events per INSERT. */
  maxBatch: number;
  /** Events held at most; past it a read waits for the write (back-pressure instead of loss). */
  maxPending: number;
};

export const DEFAULT_READ_AUDIT: ReadAuditSettings = { maxDelayMs: 200, maxBatch: 500, maxPending: 5_000 };

type Row = ReturnType<typeof auditRow> & { at: Date };

/**
 * One statement for any batch size (arrays through unnest), so it is prepared once per connection.
 * Events of an organization deleted meanwhile are dropped with it (its trail is gone anyway), and
 * an actor deleted meanwhile becomes null, as the foreign key's ON DELETE SET NULL would make it.
 */
const INSERT_BATCH = `insert into audit_events
  (organization_id, actor_user_id, action, entity_type, entity_id, client_id, ip, user_agent, at, metadata)
select e.organization_id, u.id, e.action, e.entity_type, e.entity_id, e.client_id, e.ip, e.user_agent, e.at, e.metadata
from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[],
            $9::timestamptz[], $10::jsonb[])
  as e(organization_id, actor_user_id, action, entity_type, entity_id, client_id, ip, user_agent, at, metadata)
join organizations o on o.id = e.organization_id
left join users u on u.id = e.actor_user_id`;

/**
 * Read-audit events (a coach opened a client, listed the roster, read the queue) leave the
 * request's path: they are queued in memory and written together, at most `maxDelayMs` later, in
 * one multi-row INSERT. Changes are not batched: their events commit in the change's own
 * transaction (recordAudit with the transaction). Written on close; a failed write is retried once
 * and then logged (a count, no content).
 */
export class ReadAuditBatcher {
  private pending: Row[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly database: Database,
    readonly settings: ReadAuditSettings,
    private readonly log: FastifyBaseLogger,
  ) {}

  get size() {
    return this.pending.length;
  }

  /** Queues one event. Returns a promise only when the caller must wait (no batching, or the queue is full). */
  add(row: Row): Promise<void> | undefined {
    this.pending.push(row);
    if (this.settings.maxDelayMs <= 0 || this.pending.length >= this.settings.maxPending) return this.flush();
    if (this.pending.length >= this.settings.maxBatch) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.settings.maxDelayMs);
      this.timer.unref();
    }
    return undefined;
  }

  /** Writes everything queued so far; resolves when it is stored. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const rows = this.pending;
    this.pending = [];
    // One write at a time, in order; rows queued during a write go in the next one.
    this.writing = this.writing.then(() => this.write(rows));
    return this.writing;
  }

  private async write(rows: Row[]) {
    for (let i = 0; i < rows.length; i += this.settings.maxBatch) {
      const chunk = rows.slice(i, i + this.settings.maxBatch);
      try {
        await this.insert(chunk).catch(() => this.insert(chunk));
      } catch (error) {
        this.log.error({ err: safeError(error), lostEvents: chunk.length }, "read audit events could not be written");
      }
    }
  }

  private async insert(rows: Row[]) {
    const values = [
      rows.map((r) => r.organizationId),
      rows.map((r) => r.actorUserId),
      rows.map((r) => r.action),
      rows.map((r) => r.entityType),
      rows.map((r) => r.entityId),
      rows.map((r) => r.clientId),
      rows.map((r) => r.ip),
      rows.map((r) => r.userAgent),
      rows.map((r) => r.at.toISOString()),
      rows.map((r) => JSON.stringify(r.metadata)),
    ];
    if (this.database.pool) await this.database.pool.query({ name: "spotter_audit_batch", text: INSERT_BATCH, values });
    else await this.database.query(INSERT_BATCH, values);
  }
}
