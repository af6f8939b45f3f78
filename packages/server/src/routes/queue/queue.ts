import {
  type QueueItem,
  queueItemSchema,
  queueResponseSchema,
  type RosterLevel,
  rosterLevelsQuerySchema,
  rosterLevelsSchema,
} from "@spotter/contracts";
import { levelRank } from "@spotter/engine";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { namedQuery } from "../../db/named-query.ts";
import { notFound } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { trustedJson200 } from "../../http/trusted-json.ts";
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

type LevelRow = {
  client_id: string;
  level: RosterLevel["level"];
  automation_paused: boolean | null;
  readiness_score: number | null;
  last_computed_at: string | null;
  open_flags: number;
  /** The most severe open flag: 2 red, 1 yellow, null none. */
  open_rank: number | null;
  pending_proposals: number;
};

/**
 * A roster light's level: the stored evaluation's, raised to the most severe open flag, as every
 * evaluation raises it (monitoring/evaluate-client.ts). A flag can open between evaluations (a
 * weekly check-in a coach escalates) or before the first one; the light then shows it at once
 * instead of "No data yet · 1 open" or a green beside an open red. Null: never computed, nothing open.
 */
function lightLevel(r: LevelRow): RosterLevel["level"] {
  const stored = r.last_computed_at ? (r.level ?? null) : null;
  const flagged = r.open_rank === 2 ? "red" : r.open_rank === 1 ? "yellow" : null;
  if (!flagged) return stored;
  return stored && levelRank(stored) >= levelRank(flagged) ? stored : flagged;
}

/**
 * The roster lights of the caller's visible active clients (visibleClients: owner all, coach
 * assigned), as a named statement in SQL rather than a drizzle select: 500 rows per call, where
 * drizzle's per-row mapping was a third of the route's CPU (issue 12). The open counts come from
 * one grouped scan of the organization's open flags and pending proposals each, hash-joined,
 * instead of two correlated counts per client (EXPLAIN ANALYZE, 500 clients: execution median
 * 1.12 -> 0.55 ms, same rows in the same order).
 *
 * `$3` (the `ids` statements) narrows every part to the given clients: the roster asks for its
 * page's lights only. All 500 were ~96 KB per answer for a page showing 50, and the largest part
 * of the route's CPU went to reading, serialising and writing rows nobody saw.
 */
const levelsText = (visible: string, ids: boolean) => {
  const only = (column: string) => (ids ? ` and ${column} = any($3::uuid[])` : "");
  return `select c.id as client_id, m.level, m.automation_paused, m.readiness_score,
  to_char(m.last_computed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_computed_at,
  coalesce(fc.n, 0)::int as open_flags, fc.rank::int as open_rank, coalesce(pc.n, 0)::int as pending_proposals
from clients c left join client_monitoring m on m.client_id = c.id
left join (select client_id, count(*) as n, max(case level when 'red' then 2 else 1 end) as rank
           from flags where organization_id = $1 and status = 'open'${only("client_id")}
           group by client_id) fc on fc.client_id = c.id
left join (select client_id, count(*) as n from proposals where organization_id = $1 and status = 'pending_review'${only("client_id")}
           group by client_id) pc on pc.client_id = c.id
where c.organization_id = $1 and ${visible} and c.status = 'active'${only("c.id")}
limit 5000`;
};
// $2 is unused for the owner (kept so every statement takes the same parameters).
const OWNER_VISIBLE = "($2::uuid is null or true)";
const COACH_VISIBLE = "exists (select 1 from coach_clients cc where cc.client_id = c.id and cc.coach_user_id = $2)";
const LEVELS = {
  owner: levelsText(OWNER_VISIBLE, false),
  coach: levelsText(COACH_VISIBLE, false),
  owner_ids: levelsText(OWNER_VISIBLE, true),
  coach_ids: levelsText(COACH_VISIBLE, true),
} as const;

/** The coach's Today queue: open flags and proposals waiting for review across the caller's roster. */
export const queueRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.get(
    "",
    {
      ...trustedJson200,
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
      // The schema's key order (trusted-json.ts writes it as built).
      return { items: page.items, now: now.toISOString(), total: page.total, counts: page.counts };
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
      ...trustedJson200,
      config: { access: access.coach },
      schema: {
        tags: ["queue"],
        summary:
          "Roster status lights: level, automation state and open counts per visible active client (clientIds: those clients only, at most 100, the roster's page)",
        querystring: rosterLevelsQuerySchema,
        response: { 200: rosterLevelsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { clientIds } = request.query;
      const scope = actor.role === "owner" ? "owner" : "coach";
      const statement = clientIds ? (`${scope}_ids` as const) : scope;
      const params: unknown[] = [actor.organizationId, scope === "owner" ? null : actor.userId];
      if (clientIds) params.push(clientIds);
      const rows = await namedQuery<LevelRow>(
        app.database,
        `spotter_roster_levels_${statement}`,
        LEVELS[statement],
        params,
      );
      await recordAudit(db, request, {
        action: "roster_levels.read",
        entityType: "queue",
        metadata: { clients: rows.length },
      });
      return {
        items: rows.map((r) => {
          // Never computed (no row, or a row made by a tier assignment only) and nothing open: no data, not green.
          const level = lightLevel(r);
          return {
            clientId: r.client_id,
            level,
            // A red stops automation (DESIGN), whether the evaluation or an open flag made it red.
            automationPaused: (r.automation_paused ?? false) || level === "red",
            readinessScore: r.readiness_score ?? null,
            openFlags: r.open_flags,
            pendingProposals: r.pending_proposals,
            // ISO text from PostgreSQL (to_char truncates to the ms, as parsing the column's text did
            // in drizzle's path; read-routes.test.ts checks both agree): parsing 500 dates per call was
            // the largest part of the route's own code in a CPU profile.
            lastComputedAt: r.last_computed_at,
          };
        }),
      };
    },
  );
};
