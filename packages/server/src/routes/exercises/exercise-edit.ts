import {
  exerciseArchiveRequestSchema,
  exerciseEntrySchema,
  exerciseIdParamsSchema,
  exerciseWriteRequestSchema,
  okResponseSchema,
} from "@spotter/contracts";
import { BUILTIN_EXERCISES, createCatalog, type Exercise } from "@spotter/engine";
import { and, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { orgExercises } from "../../db/schema-programming.ts";
import { conflict, HttpError, validationError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { exerciseUsage, usageMessage } from "../../programming/exercise-usage.ts";
import { assertMethodValid, loadOrgMethods } from "../../programming/methods.ts";
import { invalidateOrgCache } from "../../programming/org-cache.ts";
import { assertExerciseValid, loadOrgExerciseRow, loadOrgExerciseRows, orgEntry } from "./org-exercises.ts";

const params = exerciseIdParamsSchema;

/**
 * Editing the organization's own exercises: replace (the id stays; methods naming it must still be
 * valid), delete (refused with what still uses it: a method, a client program, a draft or any
 * training history — an exercise that was trained is archived, never deleted), archive and restore.
 * Built-in exercises are read-only: their ids never start with `org:`, so the params refuse them.
 */
export const exerciseEditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.put(
    "/:exerciseId",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Replace an organization exercise (the body's id must match; methods that name it must stay valid)",
        params,
        body: exerciseWriteRequestSchema,
        response: { 200: exerciseEntrySchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { exerciseId } = request.params;
      const { mediaUrl, ...exercise } = request.body as Exercise & { mediaUrl?: string | null };
      const row = await db.transaction(async (tx) => {
        // Existence first: another organization's id is a 404 whatever the body says.
        await loadOrgExerciseRow(tx, actor.organizationId, exerciseId);
        if (exercise.id !== exerciseId)
          throw validationError("body.id", `must be "${exerciseId}" (the exercise being replaced)`);
        const others = (await loadOrgExerciseRows(tx, actor.organizationId))
          .map((r) => r.exercise)
          .filter((e) => e.id !== exerciseId);
        assertExerciseValid(exercise, others);
        // A method slot may constrain its exercises (pattern, role): the edit must not break one.
        const catalog = createCatalog([...BUILTIN_EXERCISES, ...others, exercise]);
        for (const { method } of await loadOrgMethods(tx, actor.organizationId)) {
          if (!JSON.stringify(method.days).includes(JSON.stringify(exerciseId))) continue;
          try {
            assertMethodValid(method, catalog, "method");
          } catch (e) {
            if (!(e instanceof HttpError)) throw e;
            throw conflict(`the method "${method.name}" would no longer be valid: ${e.message}`);
          }
        }
        const [updated] = await tx
          .update(orgExercises)
          .set({ exercise, mediaUrl: mediaUrl ?? null, updatedBy: actor.userId, updatedAt: clock.now() })
          .where(and(eq(orgExercises.organizationId, actor.organizationId), eq(orgExercises.exerciseId, exerciseId)))
          .returning();
        if (!updated) throw new Error("exercise update returned nothing");
        await recordAudit(tx, request, {
          action: "exercise.updated",
          entityType: "exercise",
          entityId: exerciseId,
          metadata: { media: mediaUrl ? "link" : null },
        });
        return updated;
      });
      invalidateOrgCache(actor.organizationId);
      return orgEntry(row);
    },
  );

  app.delete(
    "/:exerciseId",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Delete an organization exercise nothing uses (409 naming what uses it: archive it instead)",
        params,
        response: { 200: okResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { exerciseId } = request.params;
      await db.transaction(async (tx) => {
        const row = await loadOrgExerciseRow(tx, actor.organizationId, exerciseId);
        const refusal = usageMessage(await exerciseUsage(tx, actor.organizationId, exerciseId));
        if (refusal) throw conflict(`"${row.exercise.name}" is ${refusal}`);
        await tx
          .delete(orgExercises)
          .where(and(eq(orgExercises.organizationId, actor.organizationId), eq(orgExercises.exerciseId, exerciseId)));
        await recordAudit(tx, request, { action: "exercise.deleted", entityType: "exercise", entityId: exerciseId });
      });
      invalidateOrgCache(actor.organizationId);
      return { ok: true as const };
    },
  );

  app.post(
    "/:exerciseId/archive",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Archive ({archived: true}) or restore an organization exercise; history and methods keep it",
        params,
        body: exerciseArchiveRequestSchema,
        response: { 200: exerciseEntrySchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { exerciseId } = request.params;
      const { archived } = request.body;
      const row = await db.transaction(async (tx) => {
        await loadOrgExerciseRow(tx, actor.organizationId, exerciseId);
        const now = clock.now();
        const [updated] = await tx
          .update(orgExercises)
          .set({ archivedAt: archived ? now : null, updatedBy: actor.userId, updatedAt: now })
          .where(and(eq(orgExercises.organizationId, actor.organizationId), eq(orgExercises.exerciseId, exerciseId)))
          .returning();
        if (!updated) throw new Error("exercise archive returned nothing");
        await recordAudit(tx, request, {
          action: archived ? "exercise.archived" : "exercise.restored",
          entityType: "exercise",
          entityId: exerciseId,
        });
        return updated;
      });
      invalidateOrgCache(actor.organizationId);
      return orgEntry(row);
    },
  );
};
