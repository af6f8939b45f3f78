import { COACH_TODAY_TO_BUILD_MAX, coachTodayResponseSchema, type TodaySessionRef } from "@spotter/contracts";
import { and, asc, count, desc, eq, notExists, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { clients } from "../../db/schema.ts";
import { trainingSessions } from "../../db/schema-programming.ts";
import { access, actorOf } from "../../http/route-kit.ts";
import { visibleClients } from "../../policies/clients.ts";
import { isoDay } from "../../programming/clock.ts";
import { visibleSessions } from "../../programming/sessions-store.ts";

/** How many logs the Today page lists; older ones are on each client's page. */
const RECENT_LOGS = 8;
/** A bound on drafts in one answer: a roster with more open drafts than this reviews from the client pages. */
const MAX_DRAFTS = 200;

/**
 * The coach's Today overview in one request (it replaced one sessions request per client): the
 * same visibility as the roster and the sessions list, active clients only.
 */
export const todayRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.get(
    "/today",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Today across the roster: drafts to review, recent logs, clients without a session today",
        response: { 200: coachTodayResponseSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const today = isoDay(clock.now());
      const roster = and(visibleClients(actor), eq(clients.status, "active"));
      const sessionsOf = (status: "draft" | "logged") =>
        db
          .select({
            id: trainingSessions.id,
            clientId: trainingSessions.clientId,
            clientName: clients.name,
            status: trainingSessions.status,
            date: trainingSessions.date,
            log: trainingSessions.log,
          })
          .from(trainingSessions)
          .innerJoin(clients, eq(clients.id, trainingSessions.clientId))
          .where(and(visibleSessions(actor), roster, eq(trainingSessions.status, status)));

      const [counted] = await db.select({ n: count() }).from(clients).where(roster);
      const totalClients = counted?.n ?? 0;
      // A client's sessions are visible whenever the client is (visibleSessions), so the roster's
      // visibility covers them.
      const noSessionToday = notExists(
        db
          .select({ one: sql`1` })
          .from(trainingSessions)
          .where(and(eq(trainingSessions.clientId, clients.id), eq(trainingSessions.date, today))),
      );
      const toBuild = await db
        .select({ id: clients.id, name: clients.name, total: sql<number>`count(*) over ()`.mapWith(Number) })
        .from(clients)
        .where(and(roster, noSessionToday))
        .orderBy(asc(clients.name), asc(clients.id))
        .limit(COACH_TODAY_TO_BUILD_MAX);
      const drafts = await sessionsOf("draft")
        .orderBy(asc(clients.name), desc(trainingSessions.date), desc(trainingSessions.createdAt))
        .limit(MAX_DRAFTS);
      const logs = await sessionsOf("logged")
        .orderBy(desc(trainingSessions.date), desc(trainingSessions.loggedAt))
        .limit(RECENT_LOGS);

      const ref = (s: (typeof drafts)[number]): TodaySessionRef => ({
        id: s.id,
        clientId: s.clientId,
        clientName: s.clientName,
        status: s.status,
        date: s.date,
        sessionRpe: s.log?.sessionRpe ?? null,
      });
      await recordAudit(db, request, {
        action: "today.read",
        entityType: "training_session",
        metadata: { clients: totalClients, drafts: drafts.length, logs: logs.length },
      });
      return {
        date: today,
        totalClients,
        drafts: drafts.map(ref),
        recentLogs: logs.map(ref),
        toBuild: toBuild.map(({ id, name }) => ({ id, name })),
        toBuildTotal: toBuild[0]?.total ?? 0,
      };
    },
  );
};
