import { type QueueItem, queueItemSchema, queueResponseSchema, rosterLevelsSchema } from "@spotter/contracts";
import { levelRank } from "@spotter/engine";
import { and, eq, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { clients } from "../../db/schema.ts";
import { clientMonitoring, flags, proposals } from "../../db/schema-monitoring.ts";
import { notFound } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { visibleClients } from "../../policies/clients.ts";
import { queueItemDetail, queuePage } from "./queue-sql.ts";

const MAX_ITEMS = 500;

const queueQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_ITEMS).default(200),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  /** summary: what a queue row shows; full (default, the original shape): every item's evidence. */
  view: z.enum(["summary", "full"]).default("full"),
  level: z.enum(["red", "yellow", "green"]).optional(),
  type: z.enum(["flag", "proposal"]).optional(),
  clientId: z.uuid().optional(),
  overdue: z.enum(["true", "false"]).optional(),
});

/**
 * Queue order: red before yellow before green, then the earliest due time (items without a due
 * time last), then the oldest first.
 */
export function compareQueueItems(a: QueueItem, b: QueueItem): number {
  return (
    levelRank(b.level) - levelRank(a.level) ||
    (a.dueAt ?? "9999").localeCompare(b.dueAt ?? "9999") ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

/** The coach's Today queue: open flags and proposals waiting for review across the caller's roster. */
export const queueRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.get(
    "",
    {
      config: { access: access.coach },
      schema: {
        tags: ["queue"],
        summary:
          "Open flags and pending proposals across the roster (coach: assigned; owner: all), red first, then due time; filtered and paginated in the database, view=summary leaves proposal reasons for the detail",
        querystring: queueQuerySchema,
        response: { 200: queueResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = clock.now();
      const { limit, offset, view, level, type, clientId, overdue } = request.query;
      const page = await queuePage(
        app.database,
        actor,
        { limit, offset, view, level, type, clientId, overdue: overdue === undefined ? undefined : overdue === "true" },
        now,
      );
      await recordAudit(db, request, {
        action: "queue.read",
        entityType: "queue",
        metadata: { items: page.items.length, clients: new Set(page.items.map((i) => i.clientId)).size, offset },
      });
      return { ...page, now: now.toISOString() };
    },
  );

  for (const type of ["flag", "proposal"] as const) {
    const param = type === "flag" ? "flagId" : "proposalId";
    app.get(
      `/${type}s/:${param}`,
      {
        config: { access: access.coach },
        schema: {
          tags: ["queue"],
          summary: `One queue ${type} with its full evidence${type === "proposal" ? " and diff" : ""} (any status)`,
          params: z.object({ [param]: z.uuid() }),
          response: { 200: queueItemSchema, ...errorResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const id = (request.params as Record<string, string>)[param] ?? "";
        const item = await queueItemDetail(app.database, actor, type, id, clock.now());
        if (!item) throw notFound(type);
        await recordAudit(db, request, {
          action: `${type}.read`,
          entityType: type,
          entityId: item.id,
          clientId: item.clientId,
          metadata: { via: "queue.detail" },
        });
        return item;
      },
    );
  }

  app.get(
    "/levels",
    {
      config: { access: access.coach },
      schema: {
        tags: ["queue"],
        summary: "Roster status lights: level, automation state and open counts per visible active client",
        response: { 200: rosterLevelsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await db
        .select({
          clientId: clients.id,
          level: clientMonitoring.level,
          automationPaused: clientMonitoring.automationPaused,
          readinessScore: clientMonitoring.readinessScore,
          lastComputedAt: clientMonitoring.lastComputedAt,
          openFlags: sql<number>`(select count(*) from ${flags} where ${flags.clientId} = ${clients.id} and ${flags.status} = 'open')`,
          pendingProposals: sql<number>`(select count(*) from ${proposals} where ${proposals.clientId} = ${clients.id} and ${proposals.status} = 'pending_review')`,
        })
        .from(clients)
        .leftJoin(clientMonitoring, eq(clientMonitoring.clientId, clients.id))
        .where(and(visibleClients(actor), eq(clients.status, "active")))
        .limit(5000);
      await recordAudit(db, request, {
        action: "roster_levels.read",
        entityType: "queue",
        metadata: { clients: rows.length },
      });
      return {
        items: rows.map((r) => ({
          clientId: r.clientId,
          // Never computed (no row, or a row made by a tier assignment only): no data, not green.
          level: r.lastComputedAt ? (r.level ?? null) : null,
          automationPaused: r.automationPaused ?? false,
          readinessScore: r.readinessScore ?? null,
          openFlags: Number(r.openFlags),
          pendingProposals: Number(r.pendingProposals),
          lastComputedAt: r.lastComputedAt ? new Date(r.lastComputedAt).toISOString() : null,
        })),
      };
    },
  );
};
