import {
  mealPlanQuerySchema,
  mealPlanResultSchema,
  mealPlanSchema,
  mealPlanSwapSchema,
  nutritionPreferencesSchema,
} from "@spotter/contracts";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { forbidden } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { getPlan, getPreferences, putPreferences, swapPlan } from "../clients/nutrition-meal-plan-handlers.ts";

const tags = ["nutrition"];

/** The calling client's own nutrition preferences and meal plan (read, swap). */
export const meMealPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  const own = (request: FastifyRequest) => {
    const actor = actorOf(request);
    if (!actor.clientId) throw forbidden("this login is not linked to a client record");
    return loadVisibleClient(app.db, actor, actor.clientId);
  };

  app.get(
    "/nutrition/preferences",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "The caller's nutrition preferences",
        response: { 200: nutritionPreferencesSchema, ...errorResponses },
      },
    },
    async (request) => getPreferences(request, await own(request)),
  );

  app.put(
    "/nutrition/preferences",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "Set the caller's allergies, dislikes, diets, liked foods, meals per day and budget",
        body: nutritionPreferencesSchema,
        response: { 200: nutritionPreferencesSchema, ...errorResponses },
      },
    },
    async (request) => putPreferences(request, await own(request), request.body),
  );

  app.get(
    "/nutrition/meal-plan",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "The caller's meal plan for the week holding `date` (default today), or null",
        querystring: mealPlanQuerySchema,
        response: { 200: mealPlanResultSchema, ...errorResponses },
      },
    },
    async (request) => getPlan(request, await own(request), request.query.date),
  );

  app.post(
    "/nutrition/meal-plan/swap",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "Swap one of the caller's meals (or one food of it); the day stays within its targets",
        body: mealPlanSwapSchema,
        response: { 200: mealPlanSchema, ...errorResponses },
      },
    },
    async (request) => swapPlan(request, await own(request), request.body),
  );
};
