import { type QueueItem, queueResponseSchema, rosterLevelsSchema } from "@spotter/contracts";
import { levelRank } from "@spotter/engine";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { clients } from "../../db/schema.ts";
import { clientMonitoring, flags, proposals } from "../../db/schema-monitoring.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { visibleClients } from "../../policies/clients.ts";

const MAX_ITEMS = 500;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

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
          "Open flags and pending proposals across the roster (coach: assigned; owner: all), red first, then due time",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(MAX_ITEMS).default(200) }),
        response: { 200: queueResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = clock.now();
      const roster = and(visibleClients(actor), eq(clients.status, "active"));
      const openFlags = await db
        .select({ f: flags, name: clients.name })
        .from(flags)
        .innerJoin(clients, eq(clients.id, flags.clientId))
        .where(and(eq(flags.organizationId, actor.organizationId), eq(flags.status, "open"), roster))
        .limit(MAX_ITEMS);
      const pending = await db
        .select({ p: proposals, name: clients.name })
        .from(proposals)
        .innerJoin(clients, eq(clients.id, proposals.clientId))
        .where(
          and(
            eq(proposals.organizationId, actor.organizationId),
            inArray(proposals.status, ["pending_review"]),
            roster,
          ),
        )
        .limit(MAX_ITEMS);
      const items: QueueItem[] = [
        ...openFlags.map(({ f, name }) => ({
          type: "flag" as const,
          id: f.id,
          clientId: f.clientId,
          clientName: name,
          level: f.level,
          kind: f.kind,
          message: f.message,
          evidence: f.evidence,
          recommendedAction: f.recommendedAction,
          referTo: f.referTo ?? null,
          diff: null,
          humanRequested: false,
          dueAt: iso(f.dueAt),
          overdue: f.dueAt !== null && f.dueAt < now,
          createdAt: f.createdAt.toISOString(),
        })),
        ...pending.map(({ p, name }) => ({
          type: "proposal" as const,
          id: p.id,
          clientId: p.clientId,
          clientName: name,
          level: p.level,
          kind: p.kind,
          message: (p.reasons as { message?: string }[]).map((r) => r.message).join(" "),
          evidence: { reasons: p.reasons, decisionReasons: p.decisionReasons },
          recommendedAction: null,
          referTo: null,
          diff: p.diff,
          humanRequested: p.humanRequested,
          dueAt: iso(p.dueAt),
          overdue: p.dueAt !== null && p.dueAt < now,
          createdAt: p.createdAt.toISOString(),
        })),
      ];
      items.sort(compareQueueItems);
      const page = items.slice(0, request.query.limit);
      await recordAudit(db, request, {
        action: "queue.read",
        entityType: "queue",
        metadata: { items: page.length, clients: new Set(page.map((i) => i.clientId)).size },
      });
      return { items: page, now: now.toISOString() };
    },
  );

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
