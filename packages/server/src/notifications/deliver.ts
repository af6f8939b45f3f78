import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "../db/open.ts";
import { memberships, users } from "../db/schema.ts";
import { notificationAttempts, notifications } from "../db/schema-notifications.ts";
import { type MailConfig, type Mailer, mailErrorCode } from "./mailer.ts";

/** After this many failed attempts the email is `failed` (the notification itself stays in-app). */
export const MAX_EMAIL_ATTEMPTS = 8;
/** A claimed row is invisible to other workers this long (a crash mid-send retries after it). */
export const CLAIM_LEASE_MS = 5 * 60_000;
const BACKOFF_BASE_MS = 60_000;
const BACKOFF_MAX_MS = 6 * 3600_000;

/** Exponential backoff after the n-th failed attempt (1 min, 2, 4 … capped at 6 h): sum ≈ 4.2 h for 8. */
export function backoffMs(failedAttempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, failedAttempts - 1), BACKOFF_MAX_MS);
}

export type DeliveryStats = { claimed: number; sent: number; retrying: number; failed: number; skipped: number };

type Claimed = {
  id: string;
  organization_id: string;
  recipient_user_id: string | null;
  recipient_email: string | null;
  subject: string;
  body: string;
  link_path: string | null;
  email_attempts: number;
  sensitive: string;
};

/**
 * Sends the emails that are due at `now` (pending, next attempt null or past), at most `limit`.
 * Rows are claimed with `for update skip locked` and a lease, so several workers never send the
 * same email twice at once. Every attempt is recorded (to whom, when, outcome, error code); a
 * failure is retried with exponential backoff up to MAX_EMAIL_ATTEMPTS. Without a mailer (SMTP not
 * configured) each due email is recorded as skipped (`smtp_not_configured`).
 */
export async function deliverDueEmails(
  database: Database,
  options: { mailer: Mailer | null; mail: MailConfig | null; now: Date; limit?: number },
): Promise<DeliveryStats> {
  const { now } = options;
  const claimed = await database.query<Claimed>(
    `update notifications set email_next_attempt_at = $2::timestamptz
      where id in (select id from notifications
                    where email_status = 'pending' and (email_next_attempt_at is null or email_next_attempt_at <= $1::timestamptz)
                    order by created_at limit $3 for update skip locked)
      returning id, organization_id, recipient_user_id, recipient_email, subject, body, link_path, email_attempts, sensitive`,
    [now.toISOString(), new Date(now.getTime() + CLAIM_LEASE_MS).toISOString(), options.limit ?? 100],
  );
  const stats: DeliveryStats = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0, skipped: 0 };
  if (!claimed.length) return stats;
  const userIds = [...new Set(claimed.map((c) => c.recipient_user_id).filter((x): x is string => !!x))];
  const emails = new Map(
    userIds.length
      ? (
          await database.db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, userIds))
        ).map((u) => [u.id, u.email])
      : [],
  );
  // A member the owner deactivated (or removed) gets no more email from that organization.
  const active = new Set(
    userIds.length
      ? (
          await database.db
            .select({ userId: memberships.userId, organizationId: memberships.organizationId })
            .from(memberships)
            .where(and(inArray(memberships.userId, userIds), isNull(memberships.deactivatedAt)))
        ).map((m) => `${m.organizationId}:${m.userId}`)
      : [],
  );
  for (const row of claimed) {
    const to = row.recipient_email ?? (row.recipient_user_id ? emails.get(row.recipient_user_id) : undefined);
    const attempt = Number(row.email_attempts) + 1;
    let outcome: { status: "sent" | "skipped" | "failed" | "pending"; code: string | null };
    if (!to) outcome = { status: "skipped", code: "no_address" };
    else if (row.recipient_user_id && !active.has(`${row.organization_id}:${row.recipient_user_id}`))
      outcome = { status: "skipped", code: "recipient_inactive" };
    else if (!options.mailer) outcome = { status: "skipped", code: "smtp_not_configured" };
    else {
      try {
        await options.mailer.send({ to, subject: row.subject, text: emailText(row, options.mail) });
        outcome = { status: "sent", code: null };
      } catch (error) {
        outcome = { status: attempt >= MAX_EMAIL_ATTEMPTS ? "failed" : "pending", code: mailErrorCode(error) };
      }
    }
    const final = outcome.status !== "pending";
    await database.db.transaction(async (tx) => {
      await tx.insert(notificationAttempts).values({
        organizationId: row.organization_id,
        notificationId: row.id,
        channel: "email",
        toAddress: to ?? null,
        attempt,
        outcome: outcome.status === "pending" ? "failed" : outcome.status,
        errorCode: outcome.code,
        at: now,
      });
      await tx
        .update(notifications)
        .set({
          emailStatus: outcome.status,
          emailAttempts: outcome.status === "skipped" ? Number(row.email_attempts) : attempt,
          emailSkipReason: outcome.status === "skipped" ? outcome.code : null,
          emailNextAttemptAt: final ? null : new Date(now.getTime() + backoffMs(attempt)),
          ...(outcome.status === "sent" ? { emailSentAt: now } : {}),
          // A one-time link must not outlive its delivery in the outbox.
          ...(final && row.sensitive === "yes" ? { body: "", sensitive: "redacted" as const } : {}),
        })
        .where(eq(notifications.id, row.id));
    });
    if (outcome.status === "sent") stats.sent++;
    else if (outcome.status === "skipped") stats.skipped++;
    else if (outcome.status === "failed") stats.failed++;
    else stats.retrying++;
  }
  return stats;
}

/** The email's text: the body, the link when the public URL is known, and why they got it. */
export function emailText(row: Pick<Claimed, "body" | "link_path" | "recipient_user_id">, mail: MailConfig | null) {
  const parts = [row.body.trim()];
  if (row.link_path && mail?.publicUrl) parts.push(`Open in Spotter: ${mail.publicUrl}${row.link_path}`);
  if (row.recipient_user_id)
    parts.push(
      `You get this email because of your Spotter notification settings${mail?.publicUrl ? ` (${mail.publicUrl}/notifications)` : ""}.`,
    );
  return `${parts.join("\n\n")}\n`;
}
