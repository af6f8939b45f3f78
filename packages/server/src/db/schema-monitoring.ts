/**
 * Monitoring tables: daily check-ins, the session feed monitoring reads, flags, proposals, service
 * tiers and the per-client monitoring state the coach queue reads. Wellness items are columns
 * (not JSON) because the daily pass scans ~90 days of them for every client; the rarely present
 * parts (pain, red-flag items, note) sit in one nullable JSON column.
 */
import {
  type CoachingModel,
  FLAG_OUTCOMES,
  FLAG_STATUSES,
  type MedicationChange,
  type PainReport,
  PROPOSAL_STATUSES,
  type Pregnancy,
  type ProposalKind,
  type RedFlagItems,
  type ReviewCadence,
} from "@spotter/engine";
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { clients, organizations, users } from "./schema.ts";

const id = () => uuid("id").primaryKey().defaultRandom();
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const orgId = () =>
  uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });
const clientId = () =>
  uuid("client_id")
    .notNull()
    .references(() => clients.id, { onDelete: "cascade" });

/** The rare parts of a check-in, kept together so the common row stays narrow. */
/**
 * A check-in's optional parts. The medication change and pregnancy status are also written to the
 * client's profile (typed there, where the screening gate reads them); here they stay with the day
 * they were reported on. Type only: the column is the existing jsonb `extra`, no migration.
 */
export type CheckInExtra = {
  painReports?: PainReport[];
  redFlags?: RedFlagItems;
  note?: string;
  medicationChange?: MedicationChange;
  pregnancy?: Pregnancy;
};

/** One readiness check-in per client per day; a second one the same day replaces the first. */
export const checkIns = pgTable(
  "check_ins",
  {
    id: id(),
    organizationId: orgId(),
    clientId: clientId(),
    date: date("date", { mode: "string" }).notNull(),
    sleepHours: real("sleep_hours").notNull(),
    sleepQuality: smallint("sleep_quality").notNull(),
    fatigue: smallint("fatigue").notNull(),
    soreness: smallint("soreness").notNull(),
    stress: smallint("stress").notNull(),
    mood: smallint("mood").notNull(),
    hrvLnRmssd: real("hrv_ln_rmssd"),
    restingHr: smallint("resting_hr"),
    extra: jsonb("extra").$type<CheckInExtra>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("check_ins_client_date").on(t.clientId, t.date)],
);

/** Exercise ids (with any pain) and e1RM estimates of one logged session. */
export type SessionDetail = {
  exercises?: { exerciseId: string; pain?: PainReport[] }[];
  e1rms?: { exerciseId: string; e1rmKg: number; rpe: number }[];
};

/**
 * What monitoring needs of each planned or logged session (sRPE, duration, completion, exercises).
 * The programming side writes it through `recordSessionForMonitoring`; `ref` makes that idempotent.
 */
export const monitoringSessions = pgTable(
  "monitoring_sessions",
  {
    id: id(),
    organizationId: orgId(),
    clientId: clientId(),
    ref: text("ref").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    planned: boolean("planned").notNull(),
    completed: boolean("completed").notNull(),
    durationMin: real("duration_min"),
    sessionRpe: real("session_rpe"),
    detail: jsonb("detail").$type<SessionDetail>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("monitoring_sessions_client_ref").on(t.clientId, t.ref),
    index("monitoring_sessions_client_date").on(t.clientId, t.date),
  ],
);

/** A service tier an owner configures; `model` ties it to one of the five coaching models. */
export const serviceTiers = pgTable(
  "service_tiers",
  {
    id: id(),
    organizationId: orgId(),
    name: text("name").notNull(),
    model: text("model").$type<CoachingModel>(),
    priceMinor: integer("price_minor").notNull(),
    currency: text("currency").notNull(),
    pricePeriod: text("price_period", { enum: ["week", "month", "year"] }).notNull(),
    reviewCadence: text("review_cadence").$type<ReviewCadence>().notNull(),
    responseHoursYellow: real("response_hours_yellow").notNull(),
    responseHoursRed: real("response_hours_red").notNull(),
    autoApplyKinds: jsonb("auto_apply_kinds").$type<ProposalKind[]>().notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("service_tiers_org_name").on(t.organizationId, t.name)],
);

/**
 * Per-client monitoring state: the tier, the current level (fast queue and roster reads), whether
 * automation is paused by an open red, and through which date the coach resolved reds.
 */
export const clientMonitoring = pgTable(
  "client_monitoring",
  {
    clientId: uuid("client_id")
      .primaryKey()
      .references(() => clients.id, { onDelete: "cascade" }),
    organizationId: orgId(),
    tierId: uuid("tier_id").references(() => serviceTiers.id, { onDelete: "set null" }),
    level: text("level", { enum: ["green", "yellow", "red"] })
      .notNull()
      .default("green"),
    readinessScore: real("readiness_score"),
    lastComputedAt: timestamp("last_computed_at", { withTimezone: true }),
    lastComputedFor: date("last_computed_for", { mode: "string" }),
    automationPaused: boolean("automation_paused").notNull().default(false),
    redResolvedThrough: date("red_resolved_through", { mode: "string" }),
  },
  (t) => [index("client_monitoring_org_level").on(t.organizationId, t.level)],
);

/** A yellow or red signal that owes a human action. One open flag per client and kind. */
export const flags = pgTable(
  "flags",
  {
    id: id(),
    organizationId: orgId(),
    clientId: clientId(),
    kind: text("kind").notNull(),
    level: text("level", { enum: ["yellow", "red"] }).notNull(),
    signalId: text("signal_id").notNull(),
    ruleId: text("rule_id").notNull(),
    message: text("message").notNull(),
    evidence: jsonb("evidence").$type<Record<string, unknown>>().notNull(),
    recommendedAction: text("recommended_action").notNull(),
    referTo: jsonb("refer_to").$type<string[]>(),
    dueAt: timestamp("due_at", { withTimezone: true }),
    status: text("status", { enum: FLAG_STATUSES }).notNull().default("open"),
    outcome: text("outcome", { enum: FLAG_OUTCOMES }),
    resolutionNote: text("resolution_note"),
    referredTo: text("referred_to"),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("flags_open_client_kind").on(t.clientId, t.kind).where(sql`${t.status} = 'open'`),
    index("flags_org_open").on(t.organizationId, t.status),
  ],
);

/** A plan change with its diff, reasons and decision; `engine_id` (kind:date[:exercise]) makes passes idempotent. */
export const proposals = pgTable(
  "proposals",
  {
    id: id(),
    organizationId: orgId(),
    clientId: clientId(),
    engineId: text("engine_id").notNull(),
    kind: text("kind").$type<ProposalKind>().notNull(),
    date: date("date", { mode: "string" }).notNull(),
    scope: text("scope").notNull(),
    exerciseId: text("exercise_id"),
    diff: jsonb("diff").$type<Record<string, unknown>>().notNull(),
    reasons: jsonb("reasons").$type<unknown[]>().notNull(),
    decisionReasons: jsonb("decision_reasons").$type<unknown[]>().notNull(),
    level: text("level", { enum: ["green", "yellow", "red"] }).notNull(),
    major: boolean("major").notNull(),
    // The engine's state machine owns the statuses (proposals/transitions.ts).
    status: text("status", { enum: PROPOSAL_STATUSES }).notNull(),
    automated: boolean("automated").notNull(),
    humanRequested: boolean("human_requested").notNull().default(false),
    dueAt: timestamp("due_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("proposals_client_engine").on(t.clientId, t.engineId),
    index("proposals_org_status").on(t.organizationId, t.status),
  ],
);

/** Tables in foreign-key order, for backup/restore. */
export const MONITORING_TABLES_IN_ORDER = [
  "check_ins",
  "monitoring_sessions",
  "service_tiers",
  "client_monitoring",
  "flags",
  "proposals",
] as const;
