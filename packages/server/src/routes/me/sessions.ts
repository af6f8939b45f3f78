import { pageQuerySchema, sessionListResponseSchema, todayResponseSchema } from "@spotter/contracts";
import { and, count, desc, eq, ne, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import type { Actor } from "../../auth/actor.ts";
import { clients } from "../../db/schema.ts";
import { trainingSessions } from "../../db/schema-programming.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { presentSession } from "../../presenters/session.ts";
import { isoDay } from "../../programming/clock.ts";
import { portalGate } from "../../safety/portal.ts";

const NO_CLIENT = "00000000-0000-0000-0000-000000000000";
/** Published sessions /me/today looks through for the first one the safety gate lets through. */
const TODAY_CANDIDATES = 10;
const ownSessions = (actor: Actor) =>
  and(
    eq(trainingSessions.organizationId, actor.organizationId),
    eq(trainingSessions.clientId, actor.clientId ?? NO_CLIENT),
  );

/** The calling client's own sessions: what to do today, and their history. */
export const meSessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;
  const clientName = async (actor: Actor): Promise<string> => {
    const [c] = await db
      .select({ name: clients.name })
      .from(clients)
      .where(and(eq(clients.id, actor.clientId ?? NO_CLIENT), eq(clients.organizationId, actor.organizationId)));
    return c?.name ?? "";
  };

  app.get(
    "/today",
    {
      config: { access: access.client },
      schema: {
        tags: ["programming"],
        summary: "Today's (or else the latest) published, not yet logged session of the calling client, or null",
        response: { 200: todayResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = clock.now();
      const today = isoDay(now);
      const candidates = await db
        .select({ row: trainingSessions, clientName: clients.name })
        .from(trainingSessions)
        .innerJoin(clients, eq(clients.id, trainingSessions.clientId))
        .where(and(ownSessions(actor), eq(trainingSessions.status, "published")))
        .orderBy(
          desc(sql`(${trainingSessions.date} = ${today})`),
          desc(trainingSessions.date),
          desc(trainingSessions.createdAt),
        )
        .limit(TODAY_CANDIDATES);
      // The safety gate (red open, clearance missing) hides blocked sessions: the next visible one is today's.
      const name = candidates[0]?.clientName ?? (await clientName(actor));
      const gate = await portalGate(db, actor.organizationId, actor.clientId ?? NO_CLIENT, now, name);
      let found: (typeof candidates)[number] | undefined;
      let hidden = 0;
      for (const c of candidates) {
        if (await gate.visible(c.row)) {
          found ??= c;
        } else hidden++;
      }
      if (found)
        await recordAudit(db, request, {
          action: "session.read",
          entityType: "training_session",
          entityId: found.row.id,
          clientId: found.row.clientId,
          metadata: { via: "me.today" },
        });
      const safety = gate.safety(hidden);
      return { session: found ? presentSession(found.row, found.clientName) : null, ...(safety ? { safety } : {}) };
    },
  );

  app.get(
    "/sessions",
    {
      config: { access: access.client },
      schema: {
        tags: ["programming"],
        summary: "The calling client's published and logged sessions, newest first",
        querystring: pageQuerySchema,
        response: { 200: sessionListResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { page, pageSize } = request.query;
      const where = and(ownSessions(actor), ne(trainingSessions.status, "draft"));
      const [total] = await db.select({ n: count() }).from(trainingSessions).where(where);
      const rows = await db
        .select()
        .from(trainingSessions)
        .where(where)
        .orderBy(desc(trainingSessions.date), desc(trainingSessions.createdAt))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const gate = await portalGate(db, actor.organizationId, actor.clientId ?? NO_CLIENT, clock.now(), "");
      const shown = [];
      for (const r of rows) if (await gate.visible(r)) shown.push(r);
      if (actor.clientId)
        await recordAudit(db, request, {
          action: "session.list",
          entityType: "training_session",
          clientId: actor.clientId,
          metadata: { resultCount: rows.length, page, via: "me.sessions" },
        });
      const hiddenHere = rows.length - shown.length;
      return {
        items: shown.map((r) => presentSession(r)),
        total: Number(total?.n ?? 0) - hiddenHere,
        page,
        pageSize,
      };
    },
  );
};
