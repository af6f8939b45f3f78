/**
 * Notification tables: an outbox written inside the business transaction (a notification exists
 * iff the write that caused it committed), every delivery attempt, per-user email preferences,
 * and the escalation steps taken for overdue flags (one row per flag and step, never repeated).
 * A notification's body stays in the database only (never in logs); bodies holding a secret link
 * (invitations, password resets) are blanked once delivery has reached a final outcome.
 */
import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients, organizations, users } from "./schema.ts";
import { flags, proposals } from "./schema-monitoring.ts";

const id = () => uuid("id").primaryKey().defaultRandom();
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const orgId = () =>
  uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });

/**
 * One notification per recipient. `recipient_user_id` is null for an address-only email (an
 * invitation to someone without an account); such rows never show in an in-app list.
 * `client_id` (optional) ties it to the client it is about, so deleting the client deletes it.
 * Email state: pending (due at `email_next_attempt_at`), sent, skipped (reason), failed (gave up
 * after the maximum attempts; the row and its in-app copy stay).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    organizationId: orgId(),
    recipientUserId: uuid("recipient_user_id").references(() => users.id, { onDelete: "cascade" }),
    recipientEmail: text("recipient_email"),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    urgency: text("urgency", { enum: ["normal", "high"] })
      .notNull()
      .default("normal"),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    linkPath: text("link_path"),
    /** The body holds a secret (a one-time link): blanked once email delivery is final. */
    sensitive: text("sensitive", { enum: ["no", "yes", "redacted"] })
      .notNull()
      .default("no"),
    /** Idempotency: the same (recipient, key) is recorded once (e.g. `red_flag:<flag id>`). */
    dedupeKey: text("dedupe_key"),
    readAt: timestamp("read_at", { withTimezone: true }),
    emailStatus: text("email_status", { enum: ["pending", "sent", "skipped", "failed"] }).notNull(),
    emailSkipReason: text("email_skip_reason"),
    emailAttempts: integer("email_attempts").notNull().default(0),
    emailNextAttemptAt: timestamp("email_next_attempt_at", { withTimezone: true }),
    emailSentAt: timestamp("email_sent_at", { withTimezone: true }),
    /**
     * Browser push (Web Push) to the recipient's subscribed devices: pending when, at notify(), the
     * recipient had a subscription and had not switched this kind's push off; skipped otherwise.
     * Retried with the email's backoff; sent once any device's push service accepted it.
     */
    pushStatus: text("push_status", { enum: ["pending", "sent", "skipped", "failed"] })
      .notNull()
      .default("skipped"),
    pushSkipReason: text("push_skip_reason"),
    pushAttempts: integer("push_attempts").notNull().default(0),
    pushNextAttemptAt: timestamp("push_next_attempt_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("notifications_recipient_created").on(t.recipientUserId, t.organizationId, t.createdAt),
    index("notifications_email_due").on(t.emailNextAttemptAt).where(sql`${t.emailStatus} = 'pending'`),
    index("notifications_push_due").on(t.pushNextAttemptAt).where(sql`${t.pushStatus} = 'pending'`),
    uniqueIndex("notifications_recipient_dedupe")
      .on(t.organizationId, t.recipientUserId, t.dedupeKey)
      .where(sql`${t.dedupeKey} is not null`),
  ],
);

/**
 * Every send attempt: to whom (an email address; for push the push service's origin, never the
 * subscription's secret URL), when, outcome and an error code (never the body).
 */
export const notificationAttempts = pgTable(
  "notification_attempts",
  {
    id: id(),
    organizationId: orgId(),
    notificationId: uuid("notification_id")
      .notNull()
      .references(() => notifications.id, { onDelete: "cascade" }),
    channel: text("channel", { enum: ["email", "push"] }).notNull(),
    toAddress: text("to_address"),
    attempt: integer("attempt").notNull(),
    outcome: text("outcome", { enum: ["sent", "failed", "skipped"] }).notNull(),
    errorCode: text("error_code"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("notification_attempts_notification").on(t.notificationId)],
);

/**
 * A user's choices in one organization: kinds listed in `email_off` are not emailed, kinds in
 * `push_off` are not pushed to their browsers (push needs a subscribed device first).
 */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    id: id(),
    organizationId: orgId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    emailOff: jsonb("email_off").$type<string[]>().notNull().default([]),
    pushOff: jsonb("push_off").$type<string[]>().notNull().default([]),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("notification_preferences_org_user").on(t.organizationId, t.userId)],
);

/** One escalation step of an overdue flag: who was told, when. Unique per (flag, step). */
export const flagEscalations = pgTable(
  "flag_escalations",
  {
    id: id(),
    organizationId: orgId(),
    flagId: uuid("flag_id")
      .notNull()
      .references(() => flags.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    step: text("step", { enum: ["owner", "on_call"] }).notNull(),
    notifiedUserIds: jsonb("notified_user_ids").$type<string[]>().notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("flag_escalations_flag_step").on(t.flagId, t.step),
    index("flag_escalations_org").on(t.organizationId),
  ],
);

/** The same chain for a proposal left pending past its review time (one row per proposal and step). */
export const proposalEscalations = pgTable(
  "proposal_escalations",
  {
    id: id(),
    organizationId: orgId(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    step: text("step", { enum: ["owner", "on_call"] }).notNull(),
    notifiedUserIds: jsonb("notified_user_ids").$type<string[]>().notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("proposal_escalations_proposal_step").on(t.proposalId, t.step),
    index("proposal_escalations_org").on(t.organizationId),
  ],
);
