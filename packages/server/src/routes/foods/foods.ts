import { foodListSchema, foodParamsSchema, foodPatchSchema, foodRequestSchema, foodSchema } from "@spotter/contracts";
import { and, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { foods } from "../../db/schema-nutrition.ts";
import { notFound } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { customFoodRow, listFoods, presentFood } from "../../nutrition/food-table.ts";

const tags = ["nutrition"];

/**
 * The organization's food table (built-in foods seeded on first use, plus the coaches' own): every
 * member reads it (clients pick dislikes from it); coaches add foods, change prices and portions,
 * and archive foods (never delete: stored plans keep naming them).
 */
export const foodRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    "",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "The organization's food table, per 100 g, with allergens, diet tags, aisle, portion and price",
        querystring: z.object({ archived: z.enum(["true", "false"]).default("false") }),
        response: { 200: foodListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await listFoods(db, actor.organizationId, request.query.archived === "true");
      return { items: rows.map(presentFood) };
    },
  );

  app.post(
    "",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary: "Add a food to the organization's table (diet tags derived from category, allergens and flags)",
        body: foodRequestSchema,
        response: { 201: foodSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const taken = new Set((await listFoods(db, actor.organizationId, true)).map((f) => f.key));
      const row = await db.transaction(async (tx) => {
        const [r] = await tx
          .insert(foods)
          .values(customFoodRow(actor.organizationId, request.body, taken, actor.userId))
          .returning();
        await recordAudit(tx, request, { action: "food.created", entityType: "food", entityId: r!.id });
        return r!;
      });
      return reply.code(201).send(presentFood(row));
    },
  );

  app.patch(
    "/:foodId",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary: "Change a food's price or portion, or archive it (archived foods leave new plans)",
        params: foodParamsSchema,
        body: foodPatchSchema,
        response: { 200: foodSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await db.transaction(async (tx) => {
        const [r] = await tx
          .update(foods)
          .set({ ...request.body, updatedAt: request.server.clock.now() })
          .where(and(eq(foods.id, request.params.foodId), eq(foods.organizationId, actor.organizationId)))
          .returning();
        if (!r) throw notFound("food", "foodId");
        await recordAudit(tx, request, {
          action: "food.updated",
          entityType: "food",
          entityId: r.id,
          metadata: { fields: Object.keys(request.body).join(",") },
        });
        return r;
      });
      return presentFood(row);
    },
  );
};
