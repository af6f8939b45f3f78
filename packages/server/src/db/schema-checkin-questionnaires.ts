/**
 * The organization's check-in questionnaire and the check-in schedule.
 *
 * `checkin_questionnaires`: one immutable row per saved version (questions as engine `Question[]`
 * data, in order); the highest version is current. Check-ins reference the version they answered,
 * so editing the questionnaire never changes what past answers meant. Version 0 is the built-in
 * default (engine DEFAULT_QUESTIONS), written on first read.
 *
 * `weekly_checkin_openings`: one row per client and check-in week the schedule opened (the pg-boss
 * job, on the client's day from their tier's cadence) and the client was told; the response rate
 * counts answered / sent from these. Both cascade from the organization (openings from the client).
 */
import type { Question } from "@spotter/engine";
import { date, integer, jsonb, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients, organizations, users } from "./schema.ts";

export const checkinQuestionnaires = pgTable(
  "checkin_questionnaires",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    questions: jsonb("questions").$type<Question[]>().notNull(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("checkin_questionnaires_org_version").on(t.organizationId, t.version)],
);

export const weeklyCheckInOpenings = pgTable(
  "weekly_checkin_openings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    /** Monday of the check-in's week (the key weekly_checkins uses). */
    weekStart: date("week_start", { mode: "string" }).notNull(),
    /** The client's day it became due on. */
    dueDate: date("due_date", { mode: "string" }).notNull(),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("weekly_checkin_openings_client_week").on(t.clientId, t.weekStart)],
);
