/**
 * Meal plans as a service: a client's preferences, the week's day targets (energy and carbohydrate
 * follow the day's planned training; protein and fat hold), the engine's plan solved by HiGHS, the
 * stored plan per client and week, and one-tap swaps. A plan follows the targets in force and
 * changes none, so it is not a proposal and needs no tier routing.
 */
import type { MealPlanView, NutritionPreferencesView } from "@spotter/contracts";
import {
  addDays,
  type DayNutrientTarget,
  type MealPlan,
  type NutritionPreferences,
  planWeek,
  shoppingList,
  swapInPlan,
  weekStart,
} from "@spotter/engine";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record.ts";
import type { CommandContext } from "../commands/context.ts";
import { computeTargets, loadNutritionContext } from "../commands/nutrition-targets.ts";
import type { Db } from "../db/open.ts";
import type { clients } from "../db/schema.ts";
import { mealPlans, nutritionPreferences } from "../db/schema-nutrition.ts";
import { conflict, validationError } from "../http/errors.ts";
import { runEngine } from "../programming/engine-errors.ts";
import { listFoods, toEngineFood } from "./food-table.ts";
import { lpSolver } from "./highs-solver.ts";

type ClientRow = typeof clients.$inferSelect;
type PlanRow = typeof mealPlans.$inferSelect;

export const DEFAULT_PREFERENCES: NutritionPreferences = {
  allergies: [],
  dislikes: [],
  diets: [],
  likes: [],
  mealsPerDay: 4,
  weeklyBudgetCents: null,
};

export async function loadPreferences(db: Db, client: ClientRow): Promise<NutritionPreferencesView> {
  const [row] = await db.select().from(nutritionPreferences).where(eq(nutritionPreferences.clientId, client.id));
  if (!row) return { ...DEFAULT_PREFERENCES };
  return {
    allergies: row.allergies,
    dislikes: row.dislikes,
    diets: row.diets,
    likes: row.likes,
    mealsPerDay: row.mealsPerDay,
    weeklyBudgetCents: row.weeklyBudgetCents,
  };
}

/** Stores the preferences; dislikes and likes must name foods of the organization's table. */
export async function savePreferences(ctx: CommandContext, client: ClientRow, body: NutritionPreferencesView) {
  const { db } = ctx.database;
  const keys = new Set((await listFoods(db, client.organizationId, true)).map((f) => f.key));
  for (const field of ["dislikes", "likes"] as const)
    body[field].forEach((k, i) => {
      if (!keys.has(k)) throw validationError(`${field}.${i}`, "is not a food of this organization's table");
    });
  await db.transaction(async (tx) => {
    const values = {
      ...body,
      organizationId: client.organizationId,
      updatedBy: ctx.actor.userId,
      updatedAt: ctx.clock.now(),
    };
    await tx
      .insert(nutritionPreferences)
      .values({ clientId: client.id, ...values })
      .onConflictDoUpdate({ target: nutritionPreferences.clientId, set: values });
    await recordAudit(tx, ctx.request, {
      action: "nutrition.preferences.updated",
      entityType: "client",
      entityId: client.id,
      clientId: client.id,
      metadata: { byRole: ctx.actor.role },
    });
  });
  return body;
}

/** The week's day targets (Monday first) from the targets in force. */
export async function weekTargets(db: Db, client: ClientRow, date: string): Promise<DayNutrientTarget[]> {
  const ctx = await loadNutritionContext(db, client, date);
  const comp = computeTargets(ctx);
  if (!comp.targets)
    throw validationError(
      comp.missing[0] === "weight" ? "weight" : `profile.${comp.missing[0] ?? "heightCm"}`,
      `targets need ${comp.missing.join(", ")} first`,
    );
  const t = comp.targets;
  return comp.week.map((d) => ({
    date: d.date,
    kcal: d.energyKcal,
    proteinG: t.proteinG.value,
    carbsG: Math.max(d.carbsG, 1),
    fatG: t.fatG.value,
  }));
}

async function inputs(db: Db, client: ClientRow, date: string) {
  const [foodRows, prefs, days] = await Promise.all([
    listFoods(db, client.organizationId),
    loadPreferences(db, client),
    weekTargets(db, client, date),
  ]);
  return { foods: foodRows.map(toEngineFood), preferences: prefs, days };
}

export async function findPlan(db: Db, client: ClientRow, date: string): Promise<PlanRow | null> {
  const [row] = await db
    .select()
    .from(mealPlans)
    .where(and(eq(mealPlans.clientId, client.id), eq(mealPlans.weekStart, weekStart(date))));
  return row ?? null;
}

async function store(
  ctx: CommandContext,
  client: ClientRow,
  week: string,
  seed: string,
  plan: MealPlan,
  action: string,
  swaps: number,
) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(mealPlans)
      .values({
        organizationId: client.organizationId,
        clientId: client.id,
        weekStart: week,
        seed,
        plan,
        swaps,
        createdBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [mealPlans.clientId, mealPlans.weekStart],
        set: {
          seed,
          plan,
          swaps,
          updatedAt: now,
          ...(swaps === 0 ? { createdBy: ctx.actor.userId, createdAt: now } : {}),
        },
      })
      .returning();
    await recordAudit(tx, ctx.request, {
      action,
      entityType: "meal_plan",
      entityId: row!.id,
      clientId: client.id,
      metadata: { weekStart: week, byRole: ctx.actor.role },
    });
    return row!;
  });
}

/** Generates (or regenerates) the plan for the week holding `date`. */
export async function generateMealPlan(ctx: CommandContext, client: ClientRow, date: string) {
  const { db } = ctx.database;
  const input = await inputs(db, client, date);
  const week = weekStart(date);
  const seed = `${client.id}:${week}:${ctx.clock.now().toISOString()}`;
  const solve = await lpSolver();
  const plan = runEngine(
    () => planWeek({ ...input, seed }, solve),
    (p) => p,
  );
  return store(ctx, client, week, seed, plan, "nutrition.meal_plan.generated", 0);
}

/** Swaps one meal (or one food of it) of the stored plan; the day stays within its targets. */
export async function swapMealInPlan(
  ctx: CommandContext,
  client: ClientRow,
  req: { date: string; slot: string; foodId?: string | undefined },
) {
  const { db } = ctx.database;
  const row = await findPlan(db, client, req.date);
  // 409, not 404: the client is visible, the week simply has no plan yet.
  if (!row) throw conflict("no meal plan for this week yet: generate one first");
  const input = await inputs(db, client, req.date);
  const days = row.plan.days.map((d) => d.target);
  const solve = await lpSolver();
  const plan = runEngine(
    () => swapInPlan({ ...input, days, seed: `${row.seed}:${row.swaps + 1}` }, row.plan, req, solve),
    (p) => p,
  );
  return store(ctx, client, row.weekStart, row.seed, plan, "nutrition.meal_plan.swapped", row.swaps + 1);
}

export async function presentPlan(db: Db, row: PlanRow): Promise<MealPlanView> {
  const foods = (await listFoods(db, row.organizationId, true)).map(toEngineFood);
  return {
    id: row.id,
    clientId: row.clientId,
    weekStart: row.weekStart,
    days: row.plan.days,
    costCents: row.plan.costCents,
    reasons: row.plan.reasons,
    shoppingList: shoppingList(row.plan, foods),
    swaps: row.swaps,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const planDates = (week: string) => Array.from({ length: 7 }, (_, i) => addDays(week, i));
