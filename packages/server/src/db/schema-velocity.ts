/**
 * Per-rep mean concentric velocity from a velocity-based-training device (issue 15), attached to a
 * logged set: the set is the `position`-th logged set (0-based, in set order) of plan item
 * `item_id` of a logged session. One row per rep, unique per set and rep, so importing the same
 * file twice adds nothing. The velocity is the device's figure, in m/s, as reported.
 */
import { index, integer, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients, organizations } from "./schema.ts";
import { trainingSessions } from "./schema-programming.ts";

export const setVelocities = pgTable(
  "set_velocities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => trainingSessions.id, { onDelete: "cascade" }),
    itemId: text("item_id").notNull(),
    /** 0-based place of the set among the item's logged sets, in set order (as the log view lists them). */
    position: integer("position").notNull(),
    /** 1-based rep number within the set, as the device numbered it. */
    rep: integer("rep").notNull(),
    /** Mean concentric velocity, m/s. */
    velocity: real("velocity").notNull(),
    /** The load the device recorded, kg (null when the file gave none). */
    loadKg: real("load_kg"),
    /** Where it came from, e.g. `velocity-csv`. */
    source: text("source").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("set_velocities_unique").on(t.sessionId, t.itemId, t.position, t.rep),
    index("set_velocities_client").on(t.clientId),
  ],
);
