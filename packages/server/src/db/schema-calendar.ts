/**
 * Calendar feeds: one secret subscription URL per client (calendar apps cannot send cookies, so the
 * URL is the credential). Only the SHA-256 of the token is stored; rotating replaces the hash (the
 * old URL stops working), revoking deletes the row. Rows reference clients ON DELETE CASCADE so
 * deleting a client removes their feed.
 */
import { pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients, organizations, users } from "./schema.ts";

export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    /** Hex SHA-256 of the URL token; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("calendar_feeds_client").on(t.clientId),
    uniqueIndex("calendar_feeds_token_hash").on(t.tokenHash),
  ],
);

/**
 * A coach's (or owner's) own feed: the sessions of the clients assigned to them and the weekly
 * check-ins due. Same token scheme as a client's feed; one per member of an organization; deleting
 * the user or leaving the organization (membership row) is checked when the feed is read.
 */
export const coachCalendarFeeds = pgTable(
  "coach_calendar_feeds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Hex SHA-256 of the URL token; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("coach_calendar_feeds_org_user").on(t.organizationId, t.userId),
    uniqueIndex("coach_calendar_feeds_token_hash").on(t.tokenHash),
  ],
);

/** Tables in foreign-key dependency order (backup/restore). */
export const CALENDAR_TABLES_IN_ORDER = ["calendar_feeds", "coach_calendar_feeds"] as const;
