/**
 * Habits and nudges (issue 14 item 3). A habit has a cue and the weekdays it is planned on; a
 * tick says it was done on a (client-local) date. Nudges sent to a client are logged one per
 * (client, kind, local date), which is also how "at most one of a kind per day" holds across API
 * nodes; a missed-session nudge carries the client's one-tap answer to "what got in the way?".
 * Nudge preferences: opt-out, quiet hours and time zone per client. Everything cascades from
 * `clients`, so erasing a client erases it; the client export lists it (habits/export.ts).
 */
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients, organizations, users } from "./schema.ts";

const orgId = () =>
  uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });
const clientId = () =>
  uuid("client_id")
    .notNull()
    .references(() => clients.id, { onDelete: "cascade" });

export const habits = pgTable(
  "habits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    clientId: clientId(),
    /** When: "after training". */
    cue: text("cue").notNull(),
    /** What: "protein smoothie". */
    action: text("action").notNull(),
    /** ISO weekdays (1 = Monday … 7 = Sunday) the habit is planned on. */
    days: jsonb("days").$type<number[]>().notNull(),
    /** YYYY-MM-DD: the first planned day (days before never count as missed). */
    startDate: text("start_date").notNull(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdByRole: text("created_by_role", { enum: ["owner", "coach", "client"] }).notNull(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("habits_client").on(t.clientId, t.organizationId)],
);

export const habitTicks = pgTable(
  "habit_ticks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    clientId: clientId(),
    habitId: uuid("habit_id")
      .notNull()
      .references(() => habits.id, { onDelete: "cascade" }),
    /** The client's local date the habit was done on. */
    date: text("date").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("habit_ticks_habit_date").on(t.habitId, t.date), index("habit_ticks_client").on(t.clientId)],
);

/**
 * Every nudge sent: kind, the client's local date, what it was about (a session for
 * session_before / session_missed). Unique per (client, kind, local date): a second node's run
 * inserts nothing. `missed_reason` is the client's answer to a session_missed nudge.
 */
export const nudgeLog = pgTable(
  "nudge_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    clientId: clientId(),
    kind: text("kind", { enum: ["session_before", "session_missed", "check_in_due"] }).notNull(),
    localDate: text("local_date").notNull(),
    refId: uuid("ref_id"),
    notificationId: uuid("notification_id"),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    missedReason: text("missed_reason", { enum: ["time", "energy", "pain", "motivation", "other"] }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("nudge_log_client_kind_day").on(t.clientId, t.kind, t.localDate),
    index("nudge_log_org_client_sent").on(t.organizationId, t.clientId, t.sentAt),
  ],
);

/** A client's nudge settings; no row means the defaults (on, quiet 21:00–08:00, UTC). */
export const nudgePreferences = pgTable(
  "nudge_preferences",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    clientId: clientId(),
    optedOut: boolean("opted_out").notNull().default(false),
    quietStartMinute: integer("quiet_start_minute").notNull().default(1260),
    quietEndMinute: integer("quiet_end_minute").notNull().default(480),
    /** IANA time zone, e.g. Europe/Berlin. */
    timeZone: text("time_zone").notNull().default("UTC"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("nudge_preferences_client").on(t.clientId)],
);
