import {
  type MethodEntry,
  type MethodSummary,
  methodEntrySchema,
  methodIdParamsSchema,
  methodListResponseSchema,
  methodWriteRequestSchema,
  okResponseSchema,
} from "@spotter/contracts";
import type { Method } from "@spotter/engine";
import { and, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import type { Actor } from "../../auth/actor.ts";
import { clientMethods, methods } from "../../db/schema-programming.ts";
import { conflict, forbidden, notFound, validationError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadCatalog } from "../../programming/catalog.ts";
import { assertMethodValid, type FoundMethod, findMethod, listMethods } from "../../programming/methods.ts";
import { invalidateOrgCache } from "../../programming/org-cache.ts";

/** Owners and coaches of the organization read and write its methods; clients see only their sessions. */
const params = methodIdParamsSchema;

const summary = (f: FoundMethod): MethodSummary => ({
  id: f.method.id,
  name: f.method.name,
  summary: f.method.summary,
  goals: f.method.goals,
  levels: f.method.levels,
  daysPerWeek: f.method.days.length,
  dayLabels: f.method.days.map((d) => d.label),
  source: f.source,
  updatedAt: f.updatedAt?.toISOString() ?? null,
});
const entry = (f: FoundMethod): MethodEntry => ({
  method: f.method,
  source: f.source,
  updatedAt: f.updatedAt?.toISOString() ?? null,
});

/** The method, or 404; built-ins are visible to every organization, `org:` ids only to their own. */
async function found(db: Parameters<typeof findMethod>[0], actor: Actor, id: string): Promise<FoundMethod> {
  const f = await findMethod(db, actor.organizationId, id);
  if (!f) throw notFound("method");
  return f;
}

/** An organization method's id must carry the `org:` prefix (built-in ids are reserved). */
function assertOrgId(id: string): void {
  if (!id.startsWith("org:"))
    throw validationError(
      "body.id",
      'organization methods need an id starting with "org:" (built-in ids are read-only)',
    );
}

/**
 * Methods (weekly templates as data): the engine's built-ins plus the organization's own. List, read,
 * create or import (the JSON an export gives), replace, delete, and export as a JSON attachment.
 */
export const methodRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.get(
    "",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Built-in methods and the organization's own (summaries; GET one for the JSON)",
        response: { 200: methodListResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const items = (await listMethods(db, actor.organizationId)).map(summary);
      return { items, total: items.length };
    },
  );

  app.get(
    "/:methodId",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "One method in full",
        params,
        response: { 200: methodEntrySchema, ...errorResponses },
      },
    },
    async (request) => entry(await found(db, actorOf(request), request.params.methodId)),
  );

  app.get(
    "/:methodId/export",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Download a method as JSON (the import format; docs/schemas/method.json)",
        params,
        response: { 200: methodWriteRequestSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const f = await found(db, actor, request.params.methodId);
      await recordAudit(db, request, { action: "method.exported", entityType: "method", entityId: f.method.id });
      const filename = `${f.method.id.replace(/[^a-z0-9-]/g, "-")}.method.json`;
      reply.header("content-disposition", `attachment; filename="${filename}"`);
      return f.method;
    },
  );

  app.post(
    "",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Create or import an organization method (id must start with org:; exercises must exist)",
        body: methodWriteRequestSchema,
        response: { 201: methodEntrySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const method = request.body as Method;
      assertOrgId(method.id);
      assertMethodValid(method, await loadCatalog(db, actor.organizationId), "body");
      const row = await db.transaction(async (tx) => {
        if (await findMethod(tx, actor.organizationId, method.id))
          throw conflict(`method "${method.id}" already exists`);
        const [created] = await tx
          .insert(methods)
          .values({
            organizationId: actor.organizationId,
            methodId: method.id,
            method,
            createdBy: actor.userId,
            updatedBy: actor.userId,
          })
          .returning();
        if (!created) throw new Error("method insert returned nothing");
        await recordAudit(tx, request, {
          action: "method.created",
          entityType: "method",
          entityId: method.id,
          metadata: { days: method.days.length },
        });
        return created;
      });
      invalidateOrgCache(actor.organizationId);
      reply.status(201);
      return entry({ method: row.method, source: "organization", updatedAt: row.updatedAt });
    },
  );

  app.put(
    "/:methodId",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Replace an organization method (built-ins are read-only; the body's id must match)",
        params,
        body: methodWriteRequestSchema,
        response: { 200: methodEntrySchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { methodId } = request.params;
      const method = request.body as Method;
      const current = await found(db, actor, methodId);
      if (current.source === "builtin")
        throw forbidden("built-in methods are read-only: import a copy with an org: id");
      if (method.id !== methodId) throw validationError("body.id", `must be "${methodId}" (the method being replaced)`);
      assertMethodValid(method, await loadCatalog(db, actor.organizationId), "body");
      const row = await db.transaction(async (tx) => {
        const [updated] = await tx
          .update(methods)
          .set({ method, updatedBy: actor.userId, updatedAt: clock.now() })
          .where(and(eq(methods.organizationId, actor.organizationId), eq(methods.methodId, methodId)))
          .returning();
        if (!updated) throw notFound("method");
        await recordAudit(tx, request, {
          action: "method.updated",
          entityType: "method",
          entityId: methodId,
          metadata: { days: method.days.length },
        });
        return updated;
      });
      invalidateOrgCache(actor.organizationId);
      return entry({ method: row.method, source: "organization", updatedAt: row.updatedAt });
    },
  );

  app.delete(
    "/:methodId",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Delete an organization method (clients assigned to it fall back to their trainer's default)",
        params,
        response: { 200: okResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { methodId } = request.params;
      const current = await found(db, actor, methodId);
      if (current.source === "builtin") throw forbidden("built-in methods are read-only");
      await db.transaction(async (tx) => {
        const removed = await tx
          .delete(methods)
          .where(and(eq(methods.organizationId, actor.organizationId), eq(methods.methodId, methodId)))
          .returning({ id: methods.id });
        if (removed.length === 0) throw notFound("method");
        // Saved roadmaps keep the days they copied; assignments to the deleted id are cleared.
        const unassigned = await tx
          .update(clientMethods)
          .set({ methodId: null, updatedBy: actor.userId, updatedAt: clock.now() })
          .where(and(eq(clientMethods.organizationId, actor.organizationId), eq(clientMethods.methodId, methodId)))
          .returning({ clientId: clientMethods.clientId });
        await recordAudit(tx, request, {
          action: "method.deleted",
          entityType: "method",
          entityId: methodId,
          metadata: { clientsUnassigned: unassigned.length },
        });
      });
      invalidateOrgCache(actor.organizationId);
      return { ok: true as const };
    },
  );
};
