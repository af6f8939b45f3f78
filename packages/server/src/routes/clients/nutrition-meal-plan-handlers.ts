/** Meal-plan and preference handlers shared by /clients/:id/nutrition/... and /me/nutrition/... */
import type { MealPlanView, NutritionPreferencesView } from "@spotter/contracts";
import type { FastifyRequest } from "fastify";
import { recordAudit } from "../../audit/record.ts";
import type { clients } from "../../db/schema.ts";
import { commandContext } from "../../http/route-kit.ts";
import {
  findPlan,
  generateMealPlan,
  loadPreferences,
  presentPlan,
  savePreferences,
  swapMealInPlan,
} from "../../nutrition/meal-plans.ts";

type ClientRow = typeof clients.$inferSelect;
const todayOf = (request: FastifyRequest) => request.server.clock.now().toISOString().slice(0, 10);

export async function getPreferences(request: FastifyRequest, client: ClientRow): Promise<NutritionPreferencesView> {
  const prefs = await loadPreferences(request.server.db, client);
  await recordAudit(request.server.db, request, {
    action: "nutrition.preferences.read",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
  });
  return prefs;
}

export const putPreferences = (request: FastifyRequest, client: ClientRow, body: NutritionPreferencesView) =>
  savePreferences(commandContext(request), client, body);

export async function getPlan(
  request: FastifyRequest,
  client: ClientRow,
  date: string | undefined,
): Promise<{ plan: MealPlanView | null }> {
  const { db } = request.server;
  const row = await findPlan(db, client, date ?? todayOf(request));
  await recordAudit(db, request, {
    action: "nutrition.meal_plan.read",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
  });
  return { plan: row ? await presentPlan(db, row) : null };
}

export async function postPlan(request: FastifyRequest, client: ClientRow, date: string | undefined) {
  const row = await generateMealPlan(commandContext(request), client, date ?? todayOf(request));
  return presentPlan(request.server.db, row);
}

export async function swapPlan(
  request: FastifyRequest,
  client: ClientRow,
  body: { date: string; slot: string; foodId?: string | undefined },
) {
  const row = await swapMealInPlan(commandContext(request), client, body);
  return presentPlan(request.server.db, row);
}
