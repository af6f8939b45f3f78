/**
 * The organization's food table: seeded from the engine's built-in foods the first time anyone in
 * the organization needs it (demo and new organizations alike; an insert that skips existing keys,
 * so concurrent first reads are harmless), then extended by coaches.
 */

import type { FoodRequest, FoodView } from "@spotter/contracts";
import { BUILTIN_FOODS, CATEGORY_AISLE, dietTagsOf, type Food, slug } from "@spotter/engine";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import { foods } from "../db/schema-nutrition.ts";

export type FoodRow = typeof foods.$inferSelect;

export function builtinRows(organizationId: string): (typeof foods.$inferInsert)[] {
  return BUILTIN_FOODS.map((f) => ({
    organizationId,
    key: f.id,
    name: f.name,
    category: f.category,
    aisle: f.aisle,
    ...f.per100g,
    portionG: f.portionG,
    portionLabel: f.portionLabel,
    priceCentsPer100g: f.priceCentsPer100g,
    allergens: f.allergens,
    dietTags: f.dietTags,
    builtin: true,
  }));
}

/** Seeds the built-in foods once per organization (idempotent). */
export async function ensureFoodTable(db: Db, organizationId: string): Promise<void> {
  const [any] = await db
    .select({ id: foods.id })
    .from(foods)
    .where(and(eq(foods.organizationId, organizationId), eq(foods.builtin, true)))
    .limit(1);
  if (any) return;
  await db.insert(foods).values(builtinRows(organizationId)).onConflictDoNothing();
}

export async function listFoods(db: Db, organizationId: string, withArchived = false): Promise<FoodRow[]> {
  await ensureFoodTable(db, organizationId);
  const rows = await db
    .select()
    .from(foods)
    .where(eq(foods.organizationId, organizationId))
    .orderBy(asc(foods.category), asc(foods.name));
  return withArchived ? rows : rows.filter((r) => !r.archived);
}

export const toEngineFood = (r: FoodRow): Food => ({
  id: r.key,
  name: r.name,
  category: r.category,
  aisle: r.aisle,
  per100g: { kcal: r.kcal, proteinG: r.proteinG, carbsG: r.carbsG, fatG: r.fatG, fibreG: r.fibreG },
  portionG: r.portionG,
  portionLabel: r.portionLabel,
  priceCentsPer100g: r.priceCentsPer100g,
  allergens: r.allergens,
  dietTags: r.dietTags,
});

export const presentFood = (r: FoodRow): FoodView => ({
  id: r.id,
  key: r.key,
  name: r.name,
  category: r.category,
  aisle: r.aisle,
  kcal: r.kcal,
  proteinG: r.proteinG,
  carbsG: r.carbsG,
  fatG: r.fatG,
  fibreG: r.fibreG,
  portionG: r.portionG,
  portionLabel: r.portionLabel,
  priceCentsPer100g: r.priceCentsPer100g,
  allergens: r.allergens,
  dietTags: r.dietTags,
  builtin: r.builtin,
  archived: r.archived,
});

/** A coach's food as a row: its key is a slug of the name, made unique with a suffix when taken. */
export function customFoodRow(organizationId: string, body: FoodRequest, taken: ReadonlySet<string>, userId: string) {
  const base = `custom-${slug(body.name)}`;
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  return {
    organizationId,
    key,
    name: body.name,
    category: body.category,
    aisle: body.aisle ?? CATEGORY_AISLE[body.category],
    kcal: body.kcal,
    proteinG: body.proteinG,
    carbsG: body.carbsG,
    fatG: body.fatG,
    fibreG: body.fibreG,
    portionG: body.portionG,
    portionLabel: body.portionLabel,
    priceCentsPer100g: body.priceCentsPer100g ?? null,
    allergens: body.allergens,
    dietTags: dietTagsOf(body.category, body.allergens, body.flags),
    builtin: false,
    createdBy: userId,
  } satisfies typeof foods.$inferInsert;
}
