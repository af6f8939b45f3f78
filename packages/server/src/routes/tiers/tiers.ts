import { tierListSchema, tierViewSchema, tierWriteRequestSchema } from "@spotter/contracts";
import { and, eq, ne } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { DbExecutor } from "../../audit/record.ts";
import { recordAudit } from "../../audit/record.ts";
import { redecideTierClients } from "../../commands/client-tier.ts";
import { serviceTiers } from "../../db/schema-monitoring.ts";
import { conflict, notFound } from "../../http/errors.ts";
import { access, actorOf, commandContext, errorResponses } from "../../http/route-kit.ts";
import { loadTiers } from "../../monitoring/tiers.ts";
import { presentTier } from "../../presenters/tier.ts";

const tierParams = z.object({ tierId: z.uuid() });
type TierWrite = z.output<typeof tierWriteRequestSchema>;

function columns(body: TierWrite) {
  return {
    name: body.name,
    model: body.model ?? null,
    priceMinor: body.price.amountMinor,
    currency: body.price.currency,
    pricePeriod: body.price.period,
    reviewCadence: body.reviewCadence,
    responseHoursYellow: body.responseHours.yellow,
    responseHoursRed: body.responseHours.red,
    autoApplyKinds: body.autoApplyKinds,
    isDefault: body.isDefault ?? false,
  };
}

/** Exactly one default tier per organization: marking one default unmarks the others. */
async function clearOtherDefaults(tx: DbExecutor, organizationId: string, keepId: string) {
  await tx
    .update(serviceTiers)
    .set({ isDefault: false })
    .where(and(eq(serviceTiers.organizationId, organizationId), ne(serviceTiers.id, keepId)));
}

/** PostgreSQL unique violation (23505), also when drizzle wraps the driver error in `cause`. */
function isUniqueViolation(e: unknown): boolean {
  for (let cur = e as { code?: unknown; cause?: unknown } | undefined, i = 0; cur && i < 4; i++) {
    if (cur.code === "23505") return true;
    cur = cur.cause as typeof cur;
  }
  return false;
}

/** Service tiers: the owner configures them, coaches read them (assigning one is under /clients). */
export const tierRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, database } = app;

  app.get(
    "",
    {
      config: { access: access.coach },
      schema: {
        tags: ["tiers"],
        summary: "The organization's service tiers (defaults seeded on first read)",
        response: { 200: tierListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const tiers = (await loadTiers(database, [actor.organizationId])).get(actor.organizationId) ?? [];
      return { items: tiers.map(presentTier) };
    },
  );

  app.post(
    "",
    {
      config: { access: access.owner },
      schema: {
        tags: ["tiers"],
        summary: "Create a service tier (owner)",
        body: tierWriteRequestSchema,
        response: { 201: tierViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await loadTiers(database, [actor.organizationId]);
      try {
        const id = await db.transaction(async (tx) => {
          const [row] = await tx
            .insert(serviceTiers)
            .values({ organizationId: actor.organizationId, ...columns(request.body) })
            .returning({ id: serviceTiers.id });
          if (!row) throw new Error("insert returned nothing");
          if (request.body.isDefault) await clearOtherDefaults(tx, actor.organizationId, row.id);
          await recordAudit(tx, request, { action: "tier.created", entityType: "service_tier", entityId: row.id });
          return row.id;
        });
        const tier = (await loadTiers(database, [actor.organizationId]))
          .get(actor.organizationId)
          ?.find((t) => t.id === id);
        if (!tier) throw notFound("tier");
        reply.status(201);
        return presentTier(tier);
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict("a tier with this name already exists");
        throw e;
      }
    },
  );

  app.put(
    "/:tierId",
    {
      config: { access: access.owner },
      schema: {
        tags: ["tiers"],
        summary: "Replace a service tier's settings (owner)",
        params: tierParams,
        body: tierWriteRequestSchema,
        response: { 200: tierViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { tierId } = request.params;
      try {
        await db.transaction(async (tx) => {
          const [row] = await tx
            .update(serviceTiers)
            .set(columns(request.body))
            .where(and(eq(serviceTiers.id, tierId), eq(serviceTiers.organizationId, actor.organizationId)))
            .returning({ id: serviceTiers.id });
          if (!row) throw notFound("tier");
          if (request.body.isDefault) await clearOtherDefaults(tx, actor.organizationId, row.id);
          await recordAudit(tx, request, { action: "tier.updated", entityType: "service_tier", entityId: row.id });
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict("a tier with this name already exists");
        throw e;
      }
      // Proposals still open under this tier follow its new settings at once (issue 10 §6).
      await redecideTierClients(commandContext(request), tierId);
      const tier = (await loadTiers(database, [actor.organizationId]))
        .get(actor.organizationId)
        ?.find((t) => t.id === tierId);
      if (!tier) throw notFound("tier");
      return presentTier(tier);
    },
  );
};
