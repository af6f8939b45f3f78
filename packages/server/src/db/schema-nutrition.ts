/**
 * Nutrition tables: body measurements (stored in kg and cm, with the unit the person entered),
 * daily intake totals (one row per client and day), and the coach's nutrition settings (goal,
 * planned rate, an optional energy target) whose history is kept: a new setting supersedes the
 * active one instead of overwriting it. The organization's food table (seeded from the engine's
 * built-in foods, extended by coaches), each client's nutrition preferences and weekly meal plans.
 */
import type { Aisle, Allergen, DietTag, FoodCategory, MealPlan, NutritionGoal } from "@spotter/engine";
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
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
  // Every column the daily pass's weigh-in read needs (date order, weight, body fat) is in the index,
  // so PostgreSQL answers it from the index alone: a client's weigh-ins arrive one a day among
  // everyone else's, and reading them from the table cost one page each (1.7 ms of a 10,000-client
  // pass's per-client time, bench/triage/nutrition.ts).
  (t) => [index("body_measurements_client_date").on(t.clientId, t.date, t.createdAt, t.weightKg, t.bodyFatPct)],
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
  (t) => [
    uniqueIndex("nutrition_intake_client_date").on(t.clientId, t.date),
    // The daily pass reads each client's last 28 days of kcal: with kcal in an index it reads them
    // from the index alone instead of one table page per day (logs arrive a day at a time among
    // everyone else's). Drizzle has no INCLUDE, so it is a second index beside the unique one;
    // bench/triage/nutrition.ts: that read fell from ~47 to ~18 ms per 2,000 clients.
    index("nutrition_intake_client_date_kcal").on(t.clientId, t.date, t.kcal),
  ],
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

/**
 * The organization's food table: per-100 g composition, portion, rough price, allergens and diet
 * tags. `key` is the built-in food's id (or a slug for a coach's food) and is what plans and
 * preferences refer to; foods are archived, never deleted, so old plans keep their names.
 */
export const foods = pgTable(
  "foods",
  {
    id: id(),
    organizationId: orgId(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    category: text("category").$type<FoodCategory>().notNull(),
    aisle: text("aisle").$type<Aisle>().notNull(),
    kcal: real("kcal").notNull(),
    proteinG: real("protein_g").notNull(),
    carbsG: real("carbs_g").notNull(),
    fatG: real("fat_g").notNull(),
    fibreG: real("fibre_g").notNull().default(0),
    portionG: real("portion_g").notNull(),
    portionLabel: text("portion_label").notNull(),
    priceCentsPer100g: integer("price_cents_per_100g"),
    allergens: jsonb("allergens").$type<Allergen[]>().notNull().default([]),
    dietTags: jsonb("diet_tags").$type<DietTag[]>().notNull().default([]),
    builtin: boolean("builtin").notNull().default(false),
    archived: boolean("archived").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("foods_org_key").on(t.organizationId, t.key)],
);

/** A client's nutrition preferences (one row per client): allergies and dislikes are hard in plans. */
export const nutritionPreferences = pgTable("nutrition_preferences", {
  clientId: uuid("client_id")
    .primaryKey()
    .references(() => clients.id, { onDelete: "cascade" }),
  organizationId: orgId(),
  allergies: jsonb("allergies").$type<Allergen[]>().notNull().default([]),
  dislikes: jsonb("dislikes").$type<string[]>().notNull().default([]),
  diets: jsonb("diets").$type<DietTag[]>().notNull().default([]),
  likes: jsonb("likes").$type<string[]>().notNull().default([]),
  mealsPerDay: integer("meals_per_day").notNull().default(4),
  weeklyBudgetCents: integer("weekly_budget_cents"),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One meal plan per client and week (Monday); a new plan for the week replaces it, swaps edit it. */
export const mealPlans = pgTable(
  "meal_plans",
  {
    id: id(),
    organizationId: orgId(),
    clientId: clientId(),
    weekStart: date("week_start", { mode: "string" }).notNull(),
    seed: text("seed").notNull(),
    plan: jsonb("plan").$type<MealPlan>().notNull(),
    swaps: integer("swaps").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("meal_plans_client_week").on(t.clientId, t.weekStart)],
);
