/**
 * Business tables: the clients' satisfaction survey ("how likely are you to recommend us", 0-10,
 * with an optional comment; asked at most every 30 days) and the owner's assumptions behind the
 * business figures (minutes a review or a decision takes, after how many quiet days a client
 * counts as gone). Prices live on `service_tiers` already. Survey answers cascade from `clients`
 * (deleting a client deletes them) and are listed in the client's export.
 */
import { index, integer, pgTable, real, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clients, organizations, users } from "./schema.ts";

export const satisfactionSurveys = pgTable(
  "satisfaction_surveys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    score: smallint("score").notNull(),
    comment: text("comment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("satisfaction_surveys_client_at").on(t.clientId, t.createdAt),
    index("satisfaction_surveys_org_at").on(t.organizationId, t.createdAt),
  ],
);

/** One row per organization; absent means the documented defaults (engine business/assumptions.ts). */
export const businessSettings = pgTable("business_settings", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  minutesPerReview: real("minutes_per_review").notNull(),
  minutesPerDecision: real("minutes_per_decision").notNull(),
  churnInactiveDays: integer("churn_inactive_days").notNull(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
