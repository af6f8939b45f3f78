import { EMAIL_MANDATORY_KINDS, type NotificationKind, type NotificationUrgency } from "@spotter/contracts";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { users } from "../db/schema.ts";
import { notificationPreferences, notifications } from "../db/schema-notifications.ts";
import { pushSubscriptions } from "../db/schema-push.ts";
import { wakeDelivery } from "./wake.ts";

export type NotifyInput = {
  organizationId: string;
  /** One notification row is recorded per recipient (duplicates in the list are ignored). */
  recipientUserIds: readonly string[];
  kind: NotificationKind;
  /** One line: the email subject and the in-app title. No health details (email is not private). */
  subject: string;
  /** Plain text. Stored in the database only, never logged. */
  body: string;
  /** In-app path to open (e.g. `/clients/<id>`); the email appends the full URL. */
  linkPath?: string | null;
  /** `high` for what a human must act on now (red flags, escalations). Default `normal`. */
  urgency?: NotificationUrgency;
  /** The client it is about: deleting the client deletes the notification. */
  clientId?: string | null;
  /**
   * Idempotency key per recipient (e.g. `message:<threadId>:<date>`): a second notify() with the
   * same key for the same recipient records nothing. Omit for "always record".
   */
  dedupeKey?: string | null;
  /** Skip the email copy altogether (in-app only), e.g. for a batched digest sent elsewhere. */
  inAppOnly?: boolean;
  /**
   * Per-recipient subject, link or dedupe key (e.g. each one's own read pointer), so notifying
   * several people differently still costs one read and one insert.
   */
  perRecipient?: ReadonlyMap<string, { subject?: string; linkPath?: string | null; dedupeKey?: string | null }>;
};

export type NotifyAddressInput = {
  organizationId: string;
  /** Someone who may not have an account yet (an invitation). Stored lower-cased. */
  email: string;
  kind: NotificationKind;
  subject: string;
  body: string;
  linkPath?: string | null;
  urgency?: NotificationUrgency;
  clientId?: string | null;
  /**
   * The body holds a secret (a one-time link): it is blanked in the database once the email has
   * reached a final outcome (sent, skipped or failed), so the outbox does not keep live tokens.
   */
  sensitive?: boolean;
};

const mandatory = new Set<string>(EMAIL_MANDATORY_KINDS);

/** True when this kind's email can be switched off by its recipient. */
export const emailCanBeMuted = (kind: NotificationKind) => !mandatory.has(kind);

/**
 * Records one notification per recipient INSIDE the caller's transaction (pass the `tx` of the
 * business write): it exists iff that write commits. In-app it shows at once; its email copy is
 * `pending` (sent by the delivery job, retried with backoff) or `skipped` with the reason
 * (`preference_off` when the recipient switched this kind off; see EMAIL_MANDATORY_KINDS). Its
 * browser push copy is `pending` when the recipient has a subscribed device and has not switched
 * this kind's push off (push is best effort: no kind is mandatory there).
 * Returns the ids recorded (fewer than the recipients when a dedupe key already existed).
 */
export async function notify(tx: DbExecutor, input: NotifyInput): Promise<{ ids: string[] }> {
  const recipients = [...new Set(input.recipientUserIds)];
  if (!recipients.length) return { ids: [] };
  // One read: each recipient's muted kinds (email, push) and whether they have a subscribed browser.
  const muted = new Set<string>();
  const pushTo = new Set<string>();
  if (!input.inAppOnly) {
    const prefs = await tx
      .select({
        userId: users.id,
        emailOff: notificationPreferences.emailOff,
        pushOff: notificationPreferences.pushOff,
        hasDevice: sql<boolean>`exists (select 1 from ${pushSubscriptions} where ${pushSubscriptions.userId} = ${users.id}
          and ${pushSubscriptions.organizationId} = ${input.organizationId})`,
      })
      .from(users)
      .leftJoin(
        notificationPreferences,
        and(
          eq(notificationPreferences.userId, users.id),
          eq(notificationPreferences.organizationId, input.organizationId),
        ),
      )
      .where(inArray(users.id, recipients));
    for (const p of prefs) {
      if (emailCanBeMuted(input.kind) && p.emailOff?.includes(input.kind)) muted.add(p.userId);
      if (p.hasDevice && !p.pushOff?.includes(input.kind)) pushTo.add(p.userId);
    }
  }
  const rows = recipients.map((userId) => {
    const skip = input.inAppOnly ? "in_app_only" : muted.has(userId) ? "preference_off" : null;
    const own = input.perRecipient?.get(userId);
    return {
      organizationId: input.organizationId,
      recipientUserId: userId,
      clientId: input.clientId ?? null,
      kind: input.kind,
      urgency: input.urgency ?? "normal",
      subject: own?.subject ?? input.subject,
      body: input.body,
      linkPath: (own && "linkPath" in own ? own.linkPath : input.linkPath) ?? null,
      dedupeKey: (own && "dedupeKey" in own ? own.dedupeKey : input.dedupeKey) ?? null,
      emailStatus: skip ? ("skipped" as const) : ("pending" as const),
      emailSkipReason: skip,
      pushStatus: pushTo.has(userId) ? ("pending" as const) : ("skipped" as const),
      pushSkipReason: pushTo.has(userId) ? null : input.inAppOnly ? "in_app_only" : "no_subscription_or_off",
    };
  });
  const inserted = await tx
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  if (inserted.length) wakeDelivery();
  return { ids: inserted.map((r) => r.id) };
}

/**
 * Emails an address that may not belong to a user yet (invitations; a password reset), recorded
 * inside the caller's transaction like notify(). Never shown in an in-app list.
 */
export async function notifyAddress(tx: DbExecutor, input: NotifyAddressInput): Promise<{ id: string }> {
  const [row] = await tx
    .insert(notifications)
    .values({
      organizationId: input.organizationId,
      recipientEmail: input.email.trim().toLowerCase(),
      clientId: input.clientId ?? null,
      kind: input.kind,
      urgency: input.urgency ?? "normal",
      subject: input.subject,
      body: input.body,
      linkPath: input.linkPath ?? null,
      sensitive: input.sensitive ? "yes" : "no",
      emailStatus: "pending",
    })
    .returning({ id: notifications.id });
  if (!row) throw new Error("notification insert returned nothing");
  wakeDelivery();
  return { id: row.id };
}
