/**
 * Nutrition tables: body measurements (stored in kg and cm, with the unit the person entered),
 * daily intake totals (one row per client and day), and the coach's nutrition settings (goal,
 * planned rate, an optional energy target) whose history is kept: a new setting supersedes the
 * active one instead of overwriting it.
 */
import type { NutritionGoal } from "@spotter/engine";
import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
const enteredBy = () => uuid("entered_by").references(() => users.id, { onDelete: "set null" });

/** Circumferences in cm by site (waist, hip, chest, arm, thigh, neck). */
export type Circumferences = Partial<Record<string, number>>;

export const bodyMeasurements = pgTable(
  "body_measurements",
  {
    id: id(),
    organizationId: orgId(),
    clientId: clientId(),
    date: date("date", { mode: "string" }).notNull(),
    weightKg: real("weight_kg"),
    circumferencesCm: jsonb("circumferences_cm").$type<Circumferences>().notNull().default({}),
    bodyFatPct: real("body_fat_pct"),
    massUnit: text("mass_unit", { enum: ["kg", "lb"] }).notNull(),
    lengthUnit: text("length_unit", { enum: ["cm", "in"] }).notNull(),
    enteredBy: enteredBy(),
    createdAt: createdAt(),
  },
  (t) => [index("body_measurements_client_date").on(t.clientId, t.date)],
);

export const nutritionIntake = pgTable(
  "nutrition_intake",
  {
    id: id(),
    organizationId: orgId(),
    clientId: clientId(),
    date: date("date", { mode: "string" }).notNull(),
    kcal: real("kcal").notNull(),
    proteinG: real("protein_g").notNull(),
    carbsG: real("carbs_g").notNull(),
    fatG: real("fat_g").notNull(),
    fibreG: real("fibre_g"),
    enteredBy: enteredBy(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("nutrition_intake_client_date").on(t.clientId, t.date)],
);

export const nutritionTargets = pgTable(
  "nutrition_targets",
  {
    id: id(),
    organizationId: orgId(),
    clientId: clientId(),
    status: text("status", { enum: ["active", "superseded"] }).notNull(),
    goal: text("goal").$type<NutritionGoal>().notNull(),
    ratePctPerWeek: real("rate_pct_per_week"),
    energyKcal: integer("energy_kcal"),
    note: text("note"),
    setBy: uuid("set_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("nutrition_targets_active_client").on(t.clientId).where(sql`${t.status} = 'active'`),
    index("nutrition_targets_client_created").on(t.clientId, t.createdAt),
  ],
);
