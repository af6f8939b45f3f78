/**
 * Browser notifications (Web Push, RFC 8030 with VAPID, RFC 8292): each device a user subscribed
 * from the web app, and the server's VAPID key pair, generated once and kept here so a self-hoster
 * needs no setup (SPOTTER_VAPID_PUBLIC_KEY / SPOTTER_VAPID_PRIVATE_KEY override it).
 */
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations, users } from "./schema.ts";

/**
 * One browser push subscription. The endpoint URL is a capability (whoever knows it can push to
 * the device, encrypted with p256dh/auth): never logged or shown. A push service answering 404 or
 * 410 means the subscription is gone: the row is deleted.
 */
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("push_subscriptions_endpoint").on(t.endpoint),
    index("push_subscriptions_user").on(t.userId, t.organizationId),
  ],
);

/** The server's VAPID key pair (one row, id `vapid`), base64url as web-push generates it. */
export const pushVapidKeys = pgTable("push_vapid_keys", {
  id: text("id").primaryKey(),
  publicKey: text("public_key").notNull(),
  privateKey: text("private_key").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
