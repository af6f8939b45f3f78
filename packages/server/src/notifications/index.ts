/**
 * Notifications: an outbox that reaches people in-app and by email (issue 14 item 4), and the
 * escalation chain of overdue flags (issue 10 item 5).
 *
 * ## Recording (call INSIDE your transaction)
 *
 * ```ts
 * import { notify, notifyAddress } from "../notifications/index.ts";
 *
 * await db.transaction(async (tx) => {
 *   // ...your business write...
 *   await notify(tx, {
 *     organizationId: actor.organizationId,
 *     recipientUserIds: [coachUserId],          // one notification per recipient
 *     kind: "message",                          // NOTIFICATION_KINDS in @spotter/contracts
 *     subject: `New message from ${client.name}`,
 *     body: "Open the conversation in Spotter to read and reply.",
 *     linkPath: `/clients/${client.id}`,        // in-app path; email appends the public URL
 *     clientId: client.id,                      // optional: deleted with the client
 *     dedupeKey: `message:${threadId}:${day}`,  // optional: one per recipient and key (batching)
 *     urgency: "normal",                        // "high" for what a human must act on now
 *   });
 * });
 *
 * // Someone who may not have an account (invitations, password resets):
 * await notifyAddress(tx, { organizationId, email, kind: "invitation", subject, body, sensitive: true });
 * ```
 *
 * Pass `clientId` when the notification is about a client or goes to a client's own login: deleting
 * the client deletes it, and a client's own notifications are part of their data export.
 *
 * The notification exists iff your transaction commits. Subject and body are plain text, stored
 * in the database only (never logged); keep health details out of them (email is not private:
 * say "a red flag", not what it is). `sensitive: true` blanks the body once its email is final
 * (for one-time links).
 *
 * ## Delivery
 *
 * In-app always (GET /api/notifications). Email through SMTP (nodemailer), configured by
 * SPOTTER_SMTP_URL and SPOTTER_MAIL_FROM (links need SPOTTER_PUBLIC_URL); unset → the email copy is
 * recorded as skipped (`smtp_not_configured`). The pg-boss queue `spotter-notify-deliver` (woken
 * right after notify(), and every minute) sends what is due; every attempt is a row in
 * `notification_attempts` (to whom, when, outcome, error code, never the body); failures retry
 * with exponential backoff (1 min doubling to 6 h, MAX_EMAIL_ATTEMPTS) and the notification is
 * never lost: it stays in-app and its email ends `failed` only after the last attempt.
 *
 * Browser push (Web Push, the `web-push` package): a member subscribes a device from the web app
 * (routes/notifications/push.ts; the endpoint must be a browser push service). notify() marks the
 * push copy pending when the recipient has a device and has not switched that kind's push off; the
 * same queue sends it (push-deliver.ts), one attempt row per device (channel `push`, the service's
 * origin), deletes subscriptions answered 404/410 and retries others with the same backoff. VAPID
 * keys: SPOTTER_VAPID_PUBLIC_KEY / SPOTTER_VAPID_PRIVATE_KEY (SPOTTER_VAPID_SUBJECT), else generated
 * once into `push_vapid_keys` (push-keys.ts).
 *
 * ## Preferences
 *
 * Each user switches email, and browser push, off per kind (PUT /api/notifications/preferences). Kinds in
 * EMAIL_MANDATORY_KINDS cannot be muted: a red flag reaching its coach and an overdue escalation
 * are the safety net of hybrid coaching (a human takes over where risk is not low); invitations
 * and password resets are the email itself. In-app notifications are never muted.
 *
 * ## Red flags and escalation
 *
 * A new red flag notifies the client's assigned coach (owners when none) in the statement that
 * writes it (red-flag.ts, used by monitoring/persist.ts). Overdue open flags and overdue proposals
 * pending review escalate to the owners, then to every other active coach (escalation.ts; queue
 * `spotter-escalate`, every minute).
 *
 * ## Retention
 *
 * Read notifications go after 180 days, any after a year (never one whose email is pending);
 * escalation records stay (prune.ts; queue `spotter-notify-prune`, daily).
 */
export { backoffMs, type DeliveryStats, deliverDueEmails, MAX_EMAIL_ATTEMPTS } from "./deliver.ts";
export { type EscalationStats, runEscalations } from "./escalation.ts";
export {
  DELIVER_QUEUE,
  ESCALATE_QUEUE,
  type NotificationJobs,
  startNotificationJobs,
} from "./jobs.ts";
export { createSmtpMailer, type MailConfig, type Mailer, mailConfigFromEnv } from "./mailer.ts";
export { emailCanBeMuted, type NotifyAddressInput, type NotifyInput, notify, notifyAddress } from "./notify.ts";
export { pruneNotifications, READ_RETENTION_DAYS, UNREAD_RETENTION_DAYS } from "./prune.ts";
export { deliverDuePushes, type PushStats } from "./push-deliver.ts";
export { type VapidKeys, vapidKeys } from "./push-keys.ts";
export { type PushSender, pushEndpointAllowed, webPushSender } from "./push-sender.ts";
export { redFlagNotificationsSql } from "./red-flag.ts";
export { wakeDelivery } from "./wake.ts";
