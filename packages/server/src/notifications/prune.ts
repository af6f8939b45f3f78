import type { Database } from "../db/open.ts";

/** Read notifications are kept this long, then deleted with their attempts (storage limitation). */
export const READ_RETENTION_DAYS = 180;
/** Unread ones a year: someone who never signs in again should not keep an outbox forever. */
export const UNREAD_RETENTION_DAYS = 365;

/**
 * Deletes old notifications (their delivery attempts cascade): read ones after
 * READ_RETENTION_DAYS, any after UNREAD_RETENTION_DAYS, never one whose email is still pending.
 * Escalation records stay (they are the record of who was told when). Returns how many went.
 */
export async function pruneNotifications(database: Database, options: { now: Date }): Promise<number> {
  const day = 86_400_000;
  const readBefore = new Date(options.now.getTime() - READ_RETENTION_DAYS * day).toISOString();
  const anyBefore = new Date(options.now.getTime() - UNREAD_RETENTION_DAYS * day).toISOString();
  const rows = await database.query<{ n: number }>(
    `with gone as (
       delete from notifications
        where email_status <> 'pending'
          and ((read_at is not null and created_at < $1::timestamptz) or created_at < $2::timestamptz)
       returning 1)
     select count(*)::int as n from gone`,
    [readBefore, anyBefore],
  );
  return Number(rows[0]?.n ?? 0);
}
