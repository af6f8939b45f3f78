/**
 * Data from wearables and health apps (issue 15), stored as the device reported it and marked with
 * its source: one value per client, day, metric and source (so re-importing a file changes
 * nothing), and workouts recorded by the device. HRV from Apple Health is SDNN, kept as its own
 * metric (`hrv_sdnn_ms`): it is not ln rMSSD and must never feed the rMSSD readiness band.
 */
import { sql } from "drizzle-orm";
import { date, index, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients, organizations } from "./schema.ts";

/**
 * `hrv_ln_rmssd`: ln rMSSD, the metric readiness reads; never SDNN. `hrv_rmssd_ms`: a nightly rMSSD
 * as Oura or WHOOP report it (ms). `oura_readiness_score` / `whoop_recovery_pct`: the vendor's own
 * score as reported, never read by Spotter's readiness (imports/daily-csv.ts).
 */
export const WEARABLE_METRICS = [
  "resting_hr_bpm",
  "hrv_sdnn_ms",
  "hrv_ln_rmssd",
  "hrv_rmssd_ms",
  "sleep_asleep_min",
  "steps",
  "oura_readiness_score",
  "whoop_recovery_pct",
] as const;
export type WearableMetric = (typeof WEARABLE_METRICS)[number];

const orgId = () =>
  uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });
const clientId = () =>
  uuid("client_id")
    .notNull()
    .references(() => clients.id, { onDelete: "cascade" });

export const wearableDailyMetrics = pgTable(
  "wearable_daily_metrics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    clientId: clientId(),
    date: date("date", { mode: "string" }).notNull(),
    metric: text("metric", { enum: WEARABLE_METRICS }).notNull(),
    value: real("value").notNull(),
    /** Where it came from, e.g. `apple-health`. */
    source: text("source").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("wearable_daily_metrics_unique").on(t.clientId, t.date, t.metric, t.source)],
);

export const wearableWorkouts = pgTable(
  "wearable_workouts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    clientId: clientId(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }).notNull(),
    /** As the device names it, e.g. `HKWorkoutActivityTypeRunning`. */
    activityType: text("activity_type").notNull(),
    durationMin: real("duration_min").notNull(),
    energyKcal: real("energy_kcal"),
    source: text("source").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("wearable_workouts_unique").on(t.clientId, t.source, t.startedAt, t.activityType),
    index("wearable_workouts_client_start").on(t.clientId, sql`${t.startedAt} desc`),
  ],
);

export const WEARABLE_TABLES_IN_ORDER = ["wearable_daily_metrics", "wearable_workouts"] as const;
