/**
 * The weekly check-in: one row per client and week (Monday, UTC). The client's answers to the
 * organization's questionnaire version (`responses`; the four core scales also as columns when
 * asked, null otherwise), the summary and drafted reply the server computed (engine
 * check-in-review), then the coach's sent reply and action. Cascades from `clients`, so deleting
 * a client deletes their check-ins; the client export lists them (weekly-checkins/export.ts).
 */
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients, organizations, users } from "./schema.ts";
import { checkinQuestionnaires } from "./schema-checkin-questionnaires.ts";
import { flags, proposals } from "./schema-monitoring.ts";

export const weeklyCheckIns = pgTable(
  "weekly_checkins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    weekStart: date("week_start", { mode: "string" }).notNull(),
    /** answered: the client replied, awaiting the coach; closed: the coach's reply was sent. */
    status: text("status", { enum: ["answered", "closed"] }).notNull(),
    energy: integer("energy"),
    sleep: integer("sleep"),
    stress: integer("stress"),
    adherenceConfidence: integer("adherence_confidence"),
    /** The questionnaire version answered (null: answered before questionnaires were versioned: the default). */
    questionnaireId: uuid("questionnaire_id").references(() => checkinQuestionnaires.id, { onDelete: "set null" }),
    /** Responses keyed by question id (null on rows from before: their answers are the columns above). */
    responses: jsonb("responses").$type<Record<string, number | string>>(),
    note: text("note"),
    /** The free-text screen's positive hits (kinds), so the coach sees them next to the note. */
    noteFlags: jsonb("note_flags").$type<string[]>().notNull().default([]),
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull(),
    draftBody: text("draft_body").notNull(),
    suggestedAction: text("suggested_action", { enum: ["no_change", "minor_change", "escalate"] }).notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull(),
    replyBody: text("reply_body"),
    action: text("action", { enum: ["no_change", "minor_change", "escalate"] }),
    messageId: uuid("message_id"),
    /** What the coach's decision opened: a minor change's proposal, an escalation's flag. */
    proposalId: uuid("proposal_id").references(() => proposals.id, { onDelete: "set null" }),
    flagId: uuid("flag_id").references(() => flags.id, { onDelete: "set null" }),
    closedByUserId: uuid("closed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("weekly_checkins_client_week").on(t.clientId, t.weekStart),
    index("weekly_checkins_org_status").on(t.organizationId, t.status),
  ],
);
