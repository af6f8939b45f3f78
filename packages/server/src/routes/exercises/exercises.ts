import {
  type ExerciseEntry,
  exerciseEntrySchema,
  exerciseListQuerySchema,
  exerciseListResponseSchema,
  exerciseWriteRequestSchema,
} from "@spotter/contracts";
import { type Exercise, isAvailable } from "@spotter/engine";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { orgExercises } from "../../db/schema-programming.ts";
import { conflict } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { invalidateOrgCache } from "../../programming/org-cache.ts";
import { BUILTIN_ENTRIES, catalogJson } from "./catalog-json.ts";
import { exerciseEditRoutes } from "./exercise-edit.ts";
import { assertExerciseValid, loadOrgExerciseRows, orgEntry } from "./org-exercises.ts";

/** The exercise catalog: built-ins plus the organization's own (ids prefixed `org:`). */
export const exerciseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    "",
    {
      config: { access: access.member },
      schema: {
        tags: ["programming"],
        summary: "Built-in and organization exercises, filtered by pattern, equipment on hand, level, text, archived",
        querystring: exerciseListQuerySchema,
        response: { 200: exerciseListResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { pattern, equipment, q, source, level, archived } = request.query;
      const own = await loadOrgExerciseRows(db, actor.organizationId);
      const all: ExerciseEntry[] = [...BUILTIN_ENTRIES, ...own.map(orgEntry)];
      const needle = q?.toLowerCase();
      const items = all.filter(
        (e) =>
          (!pattern || e.pattern === pattern) &&
          (!source || e.source === source) &&
          (!level || e.level === level) &&
          (archived !== "exclude" || !e.archived) &&
          (archived !== "only" || e.archived) &&
          (!equipment || isAvailable(e, equipment)) &&
          (!needle || e.name.toLowerCase().includes(needle) || e.id.includes(needle)),
      );
      // Already JSON, encoded by the response's entry schema (catalog-json.ts): Fastify sends a string
      // with a JSON content type as is. The type provider types send() as the object, hence the cast.
      return reply.type("application/json; charset=utf-8").send(catalogJson(items) as never);
    },
  );

  app.post(
    "",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Add an organization exercise (id must start with org:; references must resolve; optional media link)",
        body: exerciseWriteRequestSchema,
        response: { 201: exerciseEntrySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { mediaUrl, ...exercise } = request.body as Exercise & { mediaUrl?: string | null };
      const row = await db.transaction(async (tx) => {
        const own = await loadOrgExerciseRows(tx, actor.organizationId);
        if (own.some((r) => r.exercise.id === exercise.id)) throw conflict(`exercise "${exercise.id}" already exists`);
        assertExerciseValid(
          exercise,
          own.map((r) => r.exercise),
        );
        const [created] = await tx
          .insert(orgExercises)
          .values({
            organizationId: actor.organizationId,
            exerciseId: exercise.id,
            exercise,
            mediaUrl: mediaUrl ?? null,
            createdBy: actor.userId,
            updatedBy: actor.userId,
          })
          .returning();
        if (!created) throw new Error("exercise insert returned nothing");
        await recordAudit(tx, request, {
          action: "exercise.created",
          entityType: "exercise",
          entityId: exercise.id,
          metadata: { media: mediaUrl ? "link" : null },
        });
        return created;
      });
      invalidateOrgCache(actor.organizationId);
      reply.status(201);
      return orgEntry(row);
    },
  );

  await app.register(exerciseEditRoutes);
};
