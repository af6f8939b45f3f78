import {
  type CheckInRequest,
  checkInListQuerySchema,
  checkInListSchema,
  checkInResultSchema,
  checkInSchema,
  idParamsSchema,
} from "@spotter/contracts";
import { dayIndex, isoFromDay } from "@spotter/engine";
import { and, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import type { Actor } from "../../auth/actor.ts";
import { checkIns } from "../../db/schema-monitoring.ts";
import { forbidden, validationError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { registerMonitoringExportSections } from "../../monitoring/export-sections.ts";
import { updateClient } from "../../monitoring/run-pass.ts";
import { loadVisibleClient } from "../../policies/clients.ts";
import { presentCheckIn } from "../../presenters/check-in.ts";

/**
 * Stores (or replaces the same day's) check-in with its audit event in one transaction, then runs
 * the incremental update. A check-in more than a day ahead of the server's UTC date is refused
 * (one day of slack covers time zones ahead of UTC).
 */
async function submit(request: FastifyRequest, actor: Actor, clientId: string, body: CheckInRequest) {
  const { db, database, clock } = request.server;
  const now = clock.now().toISOString();
  if (dayIndex(body.date) > dayIndex(now) + 1)
    throw validationError("body.date", `cannot be later than ${isoFromDay(dayIndex(now) + 1)}`);
  const client = await loadVisibleClient(db, actor, clientId);
  const extra =
    body.painReports || body.redFlags || body.note !== undefined
      ? { painReports: body.painReports, redFlags: body.redFlags, note: body.note }
      : null;
  const values = {
    organizationId: client.organizationId,
    clientId: client.id,
    date: body.date,
    sleepHours: body.sleepHours,
    sleepQuality: body.sleepQuality,
    fatigue: body.fatigue,
    soreness: body.soreness,
    stress: body.stress,
    mood: body.mood,
    hrvLnRmssd: body.hrvLnRmssd ?? null,
    restingHr: body.restingHr ?? null,
    extra,
  };
  const row = await db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(checkIns)
      .values(values)
      .onConflictDoUpdate({ target: [checkIns.clientId, checkIns.date], set: values })
      .returning();
    if (!saved) throw new Error("insert returned nothing");
    await recordAudit(tx, request, {
      action: "checkin.submitted",
      entityType: "checkin",
      entityId: saved.id,
      clientId: client.id,
      metadata: { date: body.date, byRole: actor.role },
    });
    return saved;
  });
  const e = await updateClient(database, client.id, now);
  return {
    checkin: presentCheckIn(row),
    level: e.level,
    automationPaused: e.automationPaused,
    readiness: e.result.readiness,
    signals: e.result.signals,
  };
}

/** Daily readiness check-ins: by the client (for themself) or their coach; listing for the charts. */
export const checkinRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  registerMonitoringExportSections();

  app.post(
    "/clients/:id/checkins",
    {
      config: { access: access.member },
      schema: {
        tags: ["monitoring"],
        summary: "Submit a daily check-in (client for themself, or their coach); returns level, readiness and signals",
        params: idParamsSchema,
        body: checkInSchema,
        response: { 200: checkInResultSchema, ...errorResponses },
      },
    },
    async (request) => submit(request, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/me/checkins",
    {
      config: { access: access.client },
      schema: {
        tags: ["monitoring"],
        summary: "Submit the calling client's own daily check-in",
        body: checkInSchema,
        response: { 200: checkInResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (!actor.clientId) throw forbidden("this login is not linked to a client record");
      return submit(request, actor, actor.clientId, request.body);
    },
  );

  app.get(
    "/clients/:id/checkins",
    {
      config: { access: access.member },
      schema: {
        tags: ["monitoring"],
        summary: "List a client's check-ins, newest first",
        params: idParamsSchema,
        querystring: checkInListQuerySchema,
        response: { 200: checkInListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const where: SQL[] = [eq(checkIns.clientId, client.id), eq(checkIns.organizationId, actor.organizationId)];
      if (request.query.from) where.push(gte(checkIns.date, request.query.from));
      if (request.query.to) where.push(lte(checkIns.date, request.query.to));
      const rows = await db
        .select()
        .from(checkIns)
        .where(and(...where))
        .orderBy(desc(checkIns.date))
        .limit(request.query.limit);
      await recordAudit(db, request, {
        action: "checkin.listed",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
        metadata: { count: rows.length },
      });
      return { items: rows.map(presentCheckIn) };
    },
  );
};
