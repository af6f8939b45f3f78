/**
 * Programming tables: Trainer Profiles, an organization's own exercises, client roadmaps, training
 * sessions (draft → published → logged, with the engine's plan and reasons as JSON) and per-exercise
 * progression state. Client-owned rows reference clients ON DELETE CASCADE so deleting a client
 * removes them (see routes/clients/export-sections.ts).
 */
import type { StoredSessionLog } from "@spotter/contracts";
import type { Exercise, ExerciseState, Method, Roadmap, SessionLog, TrainerProfile } from "@spotter/engine";
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ProgressionArchive, StoredPlan, StoredRequest } from "../programming/stored-types.ts";
import { clients, organizations, users } from "./schema.ts";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
const orgId = () =>
  uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });
const clientId = () =>
  uuid("client_id")
    .notNull()
    .references(() => clients.id, { onDelete: "cascade" });

/** One Trainer Profile per coach per organization; absent = defaults. */
export const trainerProfiles = pgTable(
  "trainer_profiles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    profile: jsonb("profile").$type<TrainerProfile>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("trainer_profiles_org_user").on(t.organizationId, t.userId)],
);

/** Exercises an organization added to the built-in catalog; ids start with `org:`. */
export const orgExercises = pgTable(
  "org_exercises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    exerciseId: text("exercise_id").notNull(),
    exercise: jsonb("exercise").$type<Exercise>().notNull(),
    /** An optional http(s) link to a demonstration video or image; shown as a link, never embedded. */
    mediaUrl: text("media_url"),
    /** Archived exercises stay resolvable (history, methods, drafts keep working) but leave pickers. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("org_exercises_org_exercise").on(t.organizationId, t.exerciseId)],
);

/** A client's current roadmap (one per client). */
export const roadmaps = pgTable(
  "roadmaps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    clientId: clientId(),
    roadmap: jsonb("roadmap").$type<Roadmap>().notNull(),
    editedByCoach: boolean("edited_by_coach").notNull().default(false),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("roadmaps_client").on(t.clientId)],
);

/**
 * A generated session. `plan` is the engine's Session with item ids; `engine_log` is the log in the
 * engine's SessionLog form (what the next generation reads as history); `log` is what was sent.
 */
export const trainingSessions = pgTable(
  "training_sessions",
  {
    id: uuid("id").primaryKey(),
    organizationId: orgId(),
    clientId: clientId(),
    status: text("status", { enum: ["draft", "published", "logged"] }).notNull(),
    /** YYYY-MM-DD. */
    date: text("date").notNull(),
    plan: jsonb("plan").$type<StoredPlan>().notNull(),
    request: jsonb("request").$type<StoredRequest>().notNull(),
    editedByCoach: boolean("edited_by_coach").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    loggedAt: timestamp("logged_at", { withTimezone: true }),
    log: jsonb("log").$type<StoredSessionLog>(),
    engineLog: jsonb("engine_log").$type<SessionLog>(),
  },
  (t) => [
    index("training_sessions_client_date").on(t.clientId, t.date),
    index("training_sessions_org_status").on(t.organizationId, t.status),
  ],
);

/** Per-exercise progression state (e1RM, last load, stalls, pain), recomputed from the logs on each log. */
export const progressionStates = pgTable(
  "progression_states",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    clientId: clientId(),
    exerciseId: text("exercise_id").notNull(),
    state: jsonb("state").$type<ExerciseState>().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("progression_states_client_exercise").on(t.clientId, t.exerciseId)],
);

/** Methods an organization wrote or imported (built-ins live in the engine); ids start with `org:`. */
export const methods = pgTable(
  "methods",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    methodId: text("method_id").notNull(),
    method: jsonb("method").$type<Method>().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("methods_org_method").on(t.organizationId, t.methodId)],
);

/**
 * The method a coach assigned to a client (one row per client; absent = the trainer's default for
 * the client's goal). `method` is a per-client copy the coach edited; it wins over `method_id`.
 */
export const clientMethods = pgTable("client_methods", {
  clientId: uuid("client_id")
    .primaryKey()
    .references(() => clients.id, { onDelete: "cascade" }),
  organizationId: orgId(),
  methodId: text("method_id"),
  method: jsonb("method").$type<Method>(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
});

/**
 * Older logs in compact form, so drafting reads only the recent logs plus this one row (see
 * programming/history-archive.ts): per exercise its last exposures dated before `through_date`
 * and its all-time totals. Advanced when a log is stored; rebuilt when a log is back-dated before it.
 */
export const progressionArchives = pgTable("progression_archives", {
  clientId: uuid("client_id")
    .primaryKey()
    .references(() => clients.id, { onDelete: "cascade" }),
  organizationId: orgId(),
  /** YYYY-MM-DD: logs dated before it are folded into `archive`. */
  throughDate: text("through_date").notNull(),
  archive: jsonb("archive").$type<ProgressionArchive>().notNull(),
  updatedAt: updatedAt(),
});
