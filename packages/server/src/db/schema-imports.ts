/**
 * How an organization's coaches resolved exercise names from other apps (issue 15): an app name the
 * catalog matcher could not place is mapped once per organization and every later preview and
 * import, for any client of the organization, applies it. Keyed by the normalized name (imports/
 * names.ts `normalizeName`), so "Cable Crunch" and "cable crunch" are one decision. A null exercise
 * means "leave this name out" (e.g. a stretch the catalog does not hold).
 */
import { pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations, users } from "./schema.ts";

export const orgExerciseMappings = pgTable(
  "org_exercise_mappings",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** The app's name normalized: the key every lookup uses. */
    normalizedName: text("normalized_name").notNull(),
    /** The name as the coach first saw it in a file, for display. */
    appName: text("app_name").notNull(),
    /** A catalog exercise id (built-in or `org:`), or null to skip the name's sets. */
    exerciseId: text("exercise_id"),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.normalizedName] })],
);
