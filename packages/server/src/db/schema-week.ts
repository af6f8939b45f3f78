/**
 * The coach's week calendar: where a planned training day was moved. The calendar itself is derived
 * (roadmap blocks × the method's days × the client's preferred weekdays); only a coach's move is
 * stored, keyed by the date the schedule put the day on, so moving it again updates one row and the
 * week's generation drafts the day on its new date. Rows reference clients ON DELETE CASCADE.
 */
import { pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients, organizations, users } from "./schema.ts";

export const plannedDayMoves = pgTable(
  "planned_day_moves",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    /** YYYY-MM-DD the schedule put the day on. */
    scheduledDate: text("scheduled_date").notNull(),
    /** YYYY-MM-DD the coach moved it to. */
    date: text("date").notNull(),
    movedBy: uuid("moved_by").references(() => users.id, { onDelete: "set null" }),
    movedAt: timestamp("moved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("planned_day_moves_client_scheduled").on(t.clientId, t.scheduledDate)],
);
