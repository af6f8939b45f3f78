import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../db/open.ts";
import { notificationAttempts, notifications } from "../db/schema-notifications.ts";
import { pushSubscriptions } from "../db/schema-push.ts";
import { backoffMs, CLAIM_LEASE_MS, MAX_EMAIL_ATTEMPTS } from "./deliver.ts";
import type { PushSender } from "./push-sender.ts";

export type PushStats = {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
  removed: number;
};

type Claimed = {
  id: string;
  organization_id: string;
  recipient_user_id: string;
  subject: string;
  body: string;
  link_path: string | null;
  urgency: "normal" | "high";
  push_attempts: number;
};

/** A push service saying the subscription no longer exists (RFC 8030 §7.3; 404 from some services). */
const gone = (status: number) => status === 404 || status === 410;

/**
 * Pushes the browser copies due at `now` to every device the recipient subscribed, claimed like
 * emails (`for update skip locked` and a lease). One attempt row per device (to the push service's
 * origin, never the secret endpoint URL). A device whose service answers 404/410 is unsubscribed
 * (its row deleted). The notification's push is `sent` once any device accepted it, `skipped` when
 * no device is left, otherwise retried with the email's backoff up to MAX_EMAIL_ATTEMPTS, then
 * `failed`; the in-app copy stays whatever happens. Without a sender nothing is claimed.
 */
export async function deliverDuePushes(
  database: Database,
  options: { sender: PushSender | null; now: Date; limit?: number },
): Promise<PushStats> {
  const { now, sender } = options;
  const stats: PushStats = { claimed: 0, sent: 0, retrying: 0, failed: 0, skipped: 0, removed: 0 };
  if (!sender) return stats;
  const claimed = await database.query<Claimed>(
    `update notifications set push_next_attempt_at = $2::timestamptz
      where id in (select id from notifications
                    where push_status = 'pending' and (push_next_attempt_at is null or push_next_attempt_at <= $1::timestamptz)
                    order by created_at limit $3 for update skip locked)
      returning id, organization_id, recipient_user_id, subject, body, link_path, urgency, push_attempts`,
    [now.toISOString(), new Date(now.getTime() + CLAIM_LEASE_MS).toISOString(), options.limit ?? 100],
  );
  stats.claimed = claimed.length;
  if (!claimed.length) return stats;
  const userIds = [...new Set(claimed.map((c) => c.recipient_user_id))];
  const subs = await database.db.select().from(pushSubscriptions).where(inArray(pushSubscriptions.userId, userIds));
  const removedIds = new Set<string>();
  for (const row of claimed) {
    const devices = subs.filter(
      (s) => s.userId === row.recipient_user_id && s.organizationId === row.organization_id && !removedIds.has(s.id),
    );
    const attempt = Number(row.push_attempts) + 1;
    const tries: { subId: string; origin: string; ok: boolean; gone: boolean; code: string | null }[] = [];
    for (const s of devices) {
      const payload = {
        id: row.id,
        title: row.subject,
        body: row.body,
        url: row.link_path ?? "/notifications",
        urgency: row.urgency,
      };
      let status: number | null = null;
      let code: string | null = null;
      try {
        status = (await sender({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, payload)).status;
        if (status < 200 || status >= 300) code = `HTTP:${status}`;
      } catch (error) {
        code = ((error as { name?: string })?.name ?? "ERROR").slice(0, 40);
      }
      const ok = status !== null && status >= 200 && status < 300;
      tries.push({ subId: s.id, origin: new URL(s.endpoint).origin, ok, gone: status !== null && gone(status), code });
    }
    const goneIds = tries.filter((t) => t.gone).map((t) => t.subId);
    for (const id of goneIds) removedIds.add(id);
    const anyOk = tries.some((t) => t.ok);
    const left = tries.length - goneIds.length;
    const status: "sent" | "skipped" | "failed" | "pending" = anyOk
      ? "sent"
      : left === 0
        ? "skipped"
        : attempt >= MAX_EMAIL_ATTEMPTS
          ? "failed"
          : "pending";
    await database.db.transaction(async (tx) => {
      if (tries.length)
        await tx.insert(notificationAttempts).values(
          tries.map((t) => ({
            organizationId: row.organization_id,
            notificationId: row.id,
            channel: "push" as const,
            toAddress: t.origin,
            attempt,
            outcome: t.ok ? ("sent" as const) : ("failed" as const),
            errorCode: t.gone ? `gone:${t.code?.slice(5)}` : t.code,
            at: now,
          })),
        );
      if (goneIds.length) await tx.delete(pushSubscriptions).where(inArray(pushSubscriptions.id, goneIds));
      const okIds = tries.filter((t) => t.ok).map((t) => t.subId);
      if (okIds.length)
        await tx.update(pushSubscriptions).set({ lastSentAt: now }).where(inArray(pushSubscriptions.id, okIds));
      await tx
        .update(notifications)
        .set({
          pushStatus: status,
          pushAttempts: tries.length ? attempt : Number(row.push_attempts),
          pushSkipReason: status === "skipped" ? (tries.length ? "subscription_gone" : "no_subscription") : null,
          pushNextAttemptAt: status === "pending" ? new Date(now.getTime() + backoffMs(attempt)) : null,
        })
        .where(and(eq(notifications.id, row.id), eq(notifications.pushStatus, "pending")));
    });
    stats.removed += goneIds.length;
    if (status === "sent") stats.sent++;
    else if (status === "skipped") stats.skipped++;
    else if (status === "failed") stats.failed++;
    else stats.retrying++;
  }
  return stats;
}
