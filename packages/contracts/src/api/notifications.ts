import { z } from "zod";

/**
 * HTTP shapes of notifications: the caller's in-app list (with the unread count), marking read,
 * and per-kind email preferences. The server's outbox (`server/src/notifications/`) records one
 * notification per recipient inside the business transaction that caused it.
 */

export const NOTIFICATION_KINDS = [
  "red_flag",
  "overdue_escalation",
  "message",
  "invitation",
  "password_reset",
  "check_in_due",
  /** Habits and nudges: before a planned session, after a missed one (issue 14 item 3). */
  "nudge",
  "system",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_URGENCIES = ["normal", "high"] as const;
export type NotificationUrgency = (typeof NOTIFICATION_URGENCIES)[number];

/**
 * Kinds whose email cannot be switched off by the recipient: a red flag reaching its coach and an
 * overdue escalation are the safety net (a human takes over where risk is not low); invitations
 * and password resets are the email itself.
 */
export const EMAIL_MANDATORY_KINDS = [
  "red_flag",
  "overdue_escalation",
  "invitation",
  "password_reset",
] as const satisfies readonly NotificationKind[];

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  urgency: z.enum(NOTIFICATION_URGENCIES),
  subject: z.string(),
  body: z.string(),
  /** An in-app path (e.g. `/clients/<id>`), when the notification is about something to open. */
  linkPath: z.string().nullable(),
  clientId: z.uuid().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
  /** pending | sent | skipped | failed: what happened to the email copy. */
  email: z.enum(["pending", "sent", "skipped", "failed"]),
});
export type NotificationView = z.infer<typeof notificationSchema>;

/** GET /notifications?limit=&before= (newest first; `before` is the last page's `nextBefore`). */
export const notificationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  before: z.iso.datetime({ offset: true }).optional(),
  unreadOnly: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
});

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unreadCount: z.number().int().nonnegative(),
  /** Pass as `before` for the next (older) page; null when this is the last page. */
  nextBefore: z.iso.datetime({ offset: true }).nullable(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

/** GET /notifications/unread-count: cheap enough to poll for the bell. */
export const notificationUnreadCountSchema = z.object({ unreadCount: z.number().int().nonnegative() });

/** POST /notifications/read: the caller's own notifications among `ids` are marked read. */
export const notificationReadRequestSchema = z.object({ ids: z.array(z.uuid()).min(1).max(100) });

/** POST /notifications/read and /notifications/read-all answer how many were newly marked. */
export const notificationMarkedSchema = z.object({ marked: z.number().int().nonnegative() });

/**
 * GET/PUT /notifications/preferences: email on/off per kind (mandatory kinds are always on), and
 * browser push on/off per kind (push reaches only devices subscribed through /notifications/push).
 */
export const notificationPreferencesSchema = z.object({
  email: z.partialRecord(z.enum(NOTIFICATION_KINDS), z.boolean()).default({}),
  push: z.partialRecord(z.enum(NOTIFICATION_KINDS), z.boolean()).optional(),
});
/** The request body (email may be left out when only push changes). */
export type NotificationPreferences = z.input<typeof notificationPreferencesSchema>;

export const notificationPreferencesViewSchema = z.object({
  email: z.record(z.enum(NOTIFICATION_KINDS), z.boolean()),
  /** Kinds the user cannot switch off (shown checked and disabled). */
  mandatory: z.array(z.enum(NOTIFICATION_KINDS)),
  /** False when the server has no SMTP configured: email is recorded as skipped. */
  emailConfigured: z.boolean(),
  push: z.record(z.enum(NOTIFICATION_KINDS), z.boolean()),
  /** How many browsers (devices) the caller subscribed to push in this organization. */
  pushDevices: z.number().int().nonnegative(),
});
export type NotificationPreferencesView = z.infer<typeof notificationPreferencesViewSchema>;

/** GET /notifications/push/key: the server's VAPID public key (the browser's applicationServerKey). */
export const pushKeySchema = z.object({ publicKey: z.string() });

/** POST /notifications/push/subscriptions: a browser's PushSubscription.toJSON(). */
export const pushSubscriptionRequestSchema = z.object({
  endpoint: z.url().max(2048),
  keys: z.object({
    /** The browser's P-256 public key, base64url (65 bytes uncompressed). */
    p256dh: z.string().regex(/^[A-Za-z0-9_-]{80,100}$/),
    /** The 16-byte authentication secret, base64url. */
    auth: z.string().regex(/^[A-Za-z0-9_-]{16,32}$/),
  }),
});
export type PushSubscriptionRequest = z.infer<typeof pushSubscriptionRequestSchema>;

/** DELETE /notifications/push/subscriptions: this browser's endpoint. */
export const pushUnsubscribeRequestSchema = z.object({ endpoint: z.url().max(2048) });

export const pushSubscriptionResultSchema = z.object({ pushDevices: z.number().int().nonnegative() });
