import {
  clientAssignRequestSchema,
  clientDetailSchema,
  clientExportSchema,
  idParamsSchema,
  okResponseSchema,
} from "@spotter/contracts";
import { and, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import type { Actor } from "../../auth/actor.ts";
import { assignCoach } from "../../commands/assign-coach.ts";
import type { Db } from "../../db/open.ts";
import { clients, users } from "../../db/schema.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { assertClientAction, loadVisibleClient } from "../../policies/clients.ts";
import { assertCoachInOrg, coachesOf } from "../../policies/coaches.ts";
import { presentDetail } from "../../presenters/client.ts";
import { clientExportCsv, gatherClientExport } from "./client-export.ts";
import { registerMoreExportSections } from "./export-more.ts";

const params = idParamsSchema;

async function setStatus(
  db: Db,
  actor: Actor,
  request: Parameters<typeof recordAudit>[1],
  id: string,
  status: "active" | "archived",
) {
  const updatedAt = request.server.clock.now();
  const row = await db.transaction(async (tx) => {
    const current = await loadVisibleClient(tx, actor, id);
    assertClientAction(actor, "archive");
    const [updated] = await tx
      .update(clients)
      .set({ status, updatedAt })
      .where(and(eq(clients.id, current.id), eq(clients.organizationId, actor.organizationId)))
      .returning();
    if (!updated) throw new Error("update returned nothing");
    const action = status === "archived" ? "client.archived" : "client.restored";
    await recordAudit(tx, request, { action, entityType: "client", entityId: id, clientId: id });
    return updated;
  });
  const coaches = await coachesOf(db, [row.id]);
  return presentDetail(row, coaches.get(row.id) ?? null);
}

/** Archive/restore, coach assignment, export and deletion of a client record. */
export const clientDataRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  registerMoreExportSections();

  app.post(
    "/:id/archive",
    {
      config: { access: access.coach },
      schema: {
        tags: ["clients"],
        summary: "Archive a client",
        params,
        response: { 200: clientDetailSchema, ...errorResponses },
      },
    },
    async (request) => setStatus(db, actorOf(request), request, request.params.id, "archived"),
  );

  app.post(
    "/:id/restore",
    {
      config: { access: access.coach },
      schema: {
        tags: ["clients"],
        summary: "Restore an archived client",
        params,
        response: { 200: clientDetailSchema, ...errorResponses },
      },
    },
    async (request) => setStatus(db, actorOf(request), request, request.params.id, "active"),
  );

  app.post(
    "/:id/assign",
    {
      config: { access: access.owner },
      schema: {
        tags: ["clients"],
        summary: "Assign the client's responsible coach (owner)",
        params,
        body: clientAssignRequestSchema,
        response: { 200: clientDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await db.transaction(async (tx) => {
        const current = await loadVisibleClient(tx, actor, request.params.id);
        assertClientAction(actor, "assign");
        await assertCoachInOrg(tx, actor.organizationId, request.body.coachUserId, "body.coachUserId");
        await assignCoach(tx, actor.organizationId, current.id, request.body.coachUserId);
        await recordAudit(tx, request, {
          action: "client.assigned",
          entityType: "client",
          entityId: current.id,
          clientId: current.id,
          metadata: { coachUserId: request.body.coachUserId },
        });
        return current;
      });
      const coaches = await coachesOf(db, [row.id]);
      return presentDetail(row, coaches.get(row.id) ?? null);
    },
  );

  app.get(
    "/:id/export",
    {
      config: { access: access.member },
      schema: {
        tags: ["clients"],
        summary: "Everything stored about a client, as JSON (client: their own)",
        params,
        response: { 200: clientExportSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await loadVisibleClient(db, actor, request.params.id);
      assertClientAction(actor, "export");
      const data = await gatherClientExport(request, actor, row);
      await recordAudit(db, request, {
        action: "client.exported",
        entityType: "client",
        entityId: row.id,
        clientId: row.id,
      });
      return data;
    },
  );

  app.get(
    "/:id/export.csv",
    {
      config: { access: access.member },
      schema: {
        tags: ["clients"],
        summary:
          "Everything stored about a client, as one CSV in long form (section,row,field,value); the same data as /export (client: their own)",
        params,
        response: { 200: z.string().describe("text/csv (RFC 4180)"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await loadVisibleClient(db, actor, request.params.id);
      assertClientAction(actor, "export");
      const csv = clientExportCsv(await gatherClientExport(request, actor, row));
      await recordAudit(db, request, {
        action: "client.exported",
        entityType: "client",
        entityId: row.id,
        clientId: row.id,
        metadata: { format: "csv" },
      });
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="spotter-export-${row.id}.csv"`)
        .header("cache-control", "no-store")
        .send(csv);
    },
  );

  app.delete(
    "/:id",
    {
      config: { access: access.ownerOrSelf },
      schema: {
        tags: ["clients"],
        summary: "Delete a client and all their data, including their login (owner, or the client themself)",
        params,
        response: { 200: okResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction(async (tx) => {
        const current = await loadVisibleClient(tx, actor, request.params.id);
        assertClientAction(actor, "delete");
        // The event is written first: deleting a self-deleting client's user nulls its actor id.
        await recordAudit(tx, request, {
          action: "client.deleted",
          entityType: "client",
          entityId: current.id,
          clientId: current.id,
          metadata: { byRole: actor.role },
        });
        await tx
          .delete(clients)
          .where(and(eq(clients.id, current.id), eq(clients.organizationId, actor.organizationId)));
        if (current.userId) await tx.delete(users).where(eq(users.id, current.userId));
      });
      return { ok: true as const };
    },
  );
};
