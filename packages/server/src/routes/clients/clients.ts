import {
  clientCreateRequestSchema,
  clientDetailSchema,
  clientListQuerySchema,
  clientListResponseSchema,
  clientUpdateRequestSchema,
  idParamsSchema,
} from "@spotter/contracts";
import { and, asc, count, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { assignCoach } from "../../commands/assign-coach.ts";
import { clients, coachClients, users } from "../../db/schema.ts";
import { forbidden } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { trustedJson200 } from "../../http/trusted-json.ts";
import { assertClientAction, loadVisibleClient, visibleClients } from "../../policies/clients.ts";
import { assertCoachInOrg, coachesOf, coachOf } from "../../policies/coaches.ts";
import { presentDetail, presentSummary } from "../../presenters/client.ts";
import { listClientsPage } from "./list-query.ts";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Client records: list, create, read, edit. Archive, assign, export and delete are in client-data.ts. */
export const clientRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.get(
    "",
    {
      ...trustedJson200,
      config: { access: access.coach },
      schema: {
        tags: ["clients"],
        summary: "List visible clients (owner: all; coach: assigned), paginated, searchable by name/email",
        querystring: clientListQuerySchema,
        response: { 200: clientListResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { q, status, page, pageSize } = request.query;
      // drizzle's condition, built only when used: the search, or a count past the last page.
      const whereOf = () => {
        const conditions: SQL[] = [visibleClients(actor)];
        if (status !== "all") conditions.push(eq(clients.status, status));
        if (q) {
          const pattern = `%${escapeLike(q)}%`;
          conditions.push(or(ilike(clients.name, pattern), ilike(clients.email, pattern)) as SQL);
        }
        return and(...conditions);
      };
      // Without a search term (the common case) the page is one named statement (list-query.ts);
      // the audit event goes to the read batcher alongside.
      if (!q) {
        const [listed] = await Promise.all([
          listClientsPage(app.database, actor, { status, page, pageSize }),
          recordAudit(db, request, { action: "client.list", entityType: "client", metadata: { page } }),
        ]);
        // Past the last page the statement returns no row and so no total: count separately.
        const total =
          listed.total ?? Number((await db.select({ total: count() }).from(clients).where(whereOf()))[0]?.total ?? 0);
        // The schema's key order (trusted-json.ts writes it as built).
        return { items: listed.items, total, page, pageSize };
      }
      // One query returns the page and the total (window count); the audit insert runs alongside.
      const where = whereOf();
      const [rows] = await Promise.all([
        db
          .select({
            client: clients,
            coachId: users.id,
            coachName: users.name,
            total: sql<number>`count(*) over()`,
          })
          .from(clients)
          .leftJoin(coachClients, eq(coachClients.clientId, clients.id))
          .leftJoin(users, eq(users.id, coachClients.coachUserId))
          .where(where)
          .orderBy(asc(clients.name), asc(clients.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        recordAudit(db, request, { action: "client.list", entityType: "client", metadata: { page } }),
      ]);
      // Past the last page the window count is absent: count separately.
      const totalRow = rows[0] ?? (await db.select({ total: count() }).from(clients).where(where))[0];
      return {
        items: rows.map((r) =>
          presentSummary(r.client, r.coachId && r.coachName ? { id: r.coachId, name: r.coachName } : null),
        ),
        total: Number(totalRow?.total ?? 0),
        page,
        pageSize,
      };
    },
  );

  app.post(
    "",
    {
      config: { access: access.coach },
      schema: {
        tags: ["clients"],
        summary: "Create a client record (assigned to coachUserId, default the caller)",
        body: clientCreateRequestSchema,
        response: { 201: clientDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      const coachUserId = body.coachUserId ?? actor.userId;
      if (actor.role === "coach" && coachUserId !== actor.userId)
        throw forbidden("a coach creates clients for themself");
      const row = await db.transaction(async (tx) => {
        await assertCoachInOrg(tx, actor.organizationId, coachUserId, "body.coachUserId");
        const [created] = await tx
          .insert(clients)
          .values({
            organizationId: actor.organizationId,
            name: body.name,
            email: body.email?.toLowerCase() ?? null,
            profile: body.profile,
          })
          .returning();
        if (!created) throw new Error("insert returned nothing");
        await assignCoach(tx, actor.organizationId, created.id, coachUserId);
        await recordAudit(tx, request, {
          action: "client.created",
          entityType: "client",
          entityId: created.id,
          clientId: created.id,
        });
        return created;
      });
      const coaches = await coachesOf(db, [row.id]);
      reply.status(201);
      return presentDetail(row, coaches.get(row.id) ?? null);
    },
  );

  app.get(
    "/:id",
    {
      config: { access: access.member },
      schema: {
        tags: ["clients"],
        summary: "One client with full profile (client: only their own)",
        params: idParamsSchema,
        response: { 200: clientDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await loadVisibleClient(db, actor, request.params.id);
      await recordAudit(db, request, {
        action: "client.read",
        entityType: "client",
        entityId: row.id,
        clientId: row.id,
      });
      return presentDetail(row, await coachOf(app.database, row.id));
    },
  );

  app.patch(
    "/:id",
    {
      config: { access: access.coach },
      schema: {
        tags: ["clients"],
        summary: "Edit name, email or profile",
        params: idParamsSchema,
        body: clientUpdateRequestSchema,
        response: { 200: clientDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const body = request.body;
      const row = await db.transaction(async (tx) => {
        const current = await loadVisibleClient(tx, actor, request.params.id);
        assertClientAction(actor, "update");
        const [updated] = await tx
          .update(clients)
          .set({
            ...(body.name !== undefined ? { name: body.name } : {}),
            ...(body.email !== undefined ? { email: body.email?.toLowerCase() ?? null } : {}),
            // Clearances are recorded only through POST /clients/:id/clearances (who recorded them is
            // the caller there, audited); a profile edit keeps the stored ones.
            ...(body.profile !== undefined
              ? {
                  profile: {
                    ...body.profile,
                    clearances: current.profile.clearances ?? [],
                    // A form that does not show them must not erase a reported medication change or
                    // pregnancy status (the gate reads them): absent keeps the stored value.
                    ...(body.profile.medicationChanges === undefined && current.profile.medicationChanges
                      ? { medicationChanges: current.profile.medicationChanges }
                      : {}),
                    ...(body.profile.pregnancy === undefined && current.profile.pregnancy
                      ? { pregnancy: current.profile.pregnancy }
                      : {}),
                  },
                }
              : {}),
            updatedAt: clock.now(),
          })
          .where(and(eq(clients.id, current.id), eq(clients.organizationId, actor.organizationId)))
          .returning();
        if (!updated) throw new Error("update returned nothing");
        await recordAudit(tx, request, {
          action: "client.updated",
          entityType: "client",
          entityId: current.id,
          clientId: current.id,
          metadata: { fields: Object.keys(body) },
        });
        return updated;
      });
      const coaches = await coachesOf(db, [row.id]);
      return presentDetail(row, coaches.get(row.id) ?? null);
    },
  );
};
