/**
 * The adaptive expenditure estimate the monitoring pass last computed for a client (one row per
 * client, overwritten by each evaluation that changes it), with its uncertainty and reasons, and the
 * outcome of that day's target check (proposed, blocked by a flag, or no change and why). The coach's
 * Nutrition card reads it, so the coach sees what the pass saw without recomputing it.
 */
import type { Reason } from "@spotter/engine";
import { date, integer, jsonb, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clients, organizations } from "./schema.ts";

export const nutritionEstimates = pgTable("nutrition_estimates", {
  clientId: uuid("client_id")
    .primaryKey()
    .references(() => clients.id, { onDelete: "cascade" }),
  organizationId: uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  /** The pass date the estimate is for. */
  computedFor: date("computed_for", { mode: "string" }).notNull(),
  /** Combined (data + formula prior) expenditure and its sd, kcal/day. */
  kcal: real("kcal").notNull(),
  sdKcal: real("sd_kcal").notNull(),
  /** Data-only estimate and sd; null when the window held too little data. */
  dataKcal: real("data_kcal"),
  dataSdKcal: real("data_sd_kcal"),
  kgPerWeek: real("kg_per_week"),
  meanIntakeKcal: real("mean_intake_kcal"),
  weighIns: integer("weigh_ins").notNull(),
  intakeDays: integer("intake_days").notNull(),
  windowDays: integer("window_days").notNull(),
  /** The energy target in force when the pass ran. */
  targetKcal: real("target_kcal"),
  reasons: jsonb("reasons").$type<Reason[]>().notNull(),
  /** The day's target check: a change proposed, blocked by an open flag, or none (with why). */
  checkStatus: text("check_status", { enum: ["proposed", "blocked", "none"] }).notNull(),
  checkReasons: jsonb("check_reasons").$type<Reason[]>().notNull(),
  /**
   * SHA-1 of the row as the pass sent it (monitoring/persist.ts): an evaluation that would write
   * the same row again (a same-day re-run, the update after a log that changed nothing here) skips
   * the write. Null on rows written before it existed (they are rewritten once).
   */
  digest: text("digest"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
