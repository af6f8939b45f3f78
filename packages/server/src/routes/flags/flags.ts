import {
  errorResponseSchema,
  flagViewSchema,
  idParamsSchema,
  resolveFlagRequestSchema,
  resolveFlagResponseSchema,
} from "@spotter/contracts";
import { and, desc, eq, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import type { Actor } from "../../auth/actor.ts";
import { clients } from "../../db/schema.ts";
import { clientMonitoring, flags, proposals } from "../../db/schema-monitoring.ts";
import { conflict, HttpError, notFound, unauthenticated } from "../../http/errors.ts";
import { presentFlag } from "../../monitoring/present.ts";
import { updateClient } from "../../monitoring/run-pass.ts";
import { loadVisibleClient, visibleClients } from "../../policies/clients.ts";

const errors = {
  400: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
const params = z.object({ flagId: z.uuid() });

function need(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/** Flags: a client's list, and resolving one (a red needs an outcome and a note). */
export const flagRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, database } = app;

  app.get(
    "/clients/:id/flags",
    {
      config: { access: { roles: ["owner", "coach"] } },
      schema: {
        tags: ["flags"],
        summary: "A client's flags, open first",
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(flagViewSchema) }), ...errors },
      },
    },
    async (request) => {
      const actor = need(request.actor);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const rows = await db
        .select()
        .from(flags)
        .where(and(eq(flags.clientId, client.id), eq(flags.organizationId, actor.organizationId)))
        .orderBy(desc(flags.status), desc(flags.createdAt))
        .limit(200);
      await recordAudit(db, request, {
        action: "flag.listed",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
      });
      return { items: rows.map(presentFlag) };
    },
  );

  app.post(
    "/flags/:flagId/resolve",
    {
      config: { access: { roles: ["owner", "coach"] } },
      schema: {
        tags: ["flags"],
        summary: "Resolve a flag; a red needs an outcome (referred, plan_changed, note) and a note",
        params,
        body: resolveFlagRequestSchema,
        response: { 200: resolveFlagResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = need(request.actor);
      const body = request.body;
      const [found] = await db
        .select({ f: flags })
        .from(flags)
        .innerJoin(clients, eq(clients.id, flags.clientId))
        .where(and(eq(flags.id, request.params.flagId), visibleClients(actor)))
        .limit(1);
      if (!found) throw notFound("flag");
      const flag = found.f;
      if (flag.status !== "open") throw conflict("this flag is already resolved");
      if (flag.level === "red") {
        const fields = [];
        if (!body.outcome)
          fields.push({ path: "body.outcome", message: "a red flag needs an outcome: referred, plan_changed or note" });
        if (!body.note) fields.push({ path: "body.note", message: "say what was done (it is kept in the record)" });
        if (fields.length)
          throw new HttpError("validation_error", `invalid request: ${fields.map((f) => f.path).join(", ")}`, {
            fields,
          });
      }
      const today = new Date().toISOString().slice(0, 10);
      const { row, lastRed } = await db.transaction(async (tx) => {
        const [updated] = await tx
          .update(flags)
          .set({
            status: "resolved",
            outcome: body.outcome ?? null,
            resolutionNote: body.note ?? null,
            referredTo: body.referredTo ?? null,
            resolvedBy: actor.userId,
            resolvedAt: new Date(),
          })
          .where(and(eq(flags.id, flag.id), eq(flags.status, "open")))
          .returning();
        if (!updated) throw conflict("this flag was resolved meanwhile");
        const stillRed = await tx
          .select({ id: flags.id })
          .from(flags)
          .where(and(eq(flags.clientId, flag.clientId), eq(flags.status, "open"), eq(flags.level, "red")))
          .limit(1);
        const lastRed = flag.level === "red" && stillRed.length === 0;
        if (lastRed) {
          // Changes held back while the red was open now wait for the coach (never auto-applied late).
          await tx
            .update(proposals)
            .set({
              status: "pending_review",
              // The client's tier promise for a yellow (its default tier's, else 24 h).
              dueAt: sql`now() + coalesce(
                (select t.response_hours_yellow from client_monitoring m join service_tiers t on t.id = m.tier_id
                  where m.client_id = ${flag.clientId}),
                (select t.response_hours_yellow from service_tiers t
                  where t.organization_id = ${flag.organizationId} and t.is_default limit 1),
                24) * interval '1 hour'`,
            })
            .where(and(eq(proposals.clientId, flag.clientId), eq(proposals.status, "blocked")));
          // Reds raised by records up to today are handled; later records raise new ones.
          await tx
            .insert(clientMonitoring)
            .values({
              clientId: flag.clientId,
              organizationId: flag.organizationId,
              redResolvedThrough: today,
              automationPaused: false,
            })
            .onConflictDoUpdate({
              target: clientMonitoring.clientId,
              set: { redResolvedThrough: today, automationPaused: false },
            });
        }
        await recordAudit(tx, request, {
          action: "flag.resolved",
          entityType: "flag",
          entityId: flag.id,
          clientId: flag.clientId,
          metadata: { kind: flag.kind, level: flag.level, outcome: body.outcome ?? null, automationResumed: lastRed },
        });
        return { row: updated, lastRed };
      });
      const e = await updateClient(database, flag.clientId);
      void lastRed;
      return { flag: presentFlag(row), automationPaused: e.automationPaused };
    },
  );
};
