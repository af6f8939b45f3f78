import {
  type ExerciseEntry,
  exerciseEntrySchema,
  exerciseListQuerySchema,
  exerciseListResponseSchema,
  exerciseSchema,
} from "@spotter/contracts";
import { BUILTIN_EXERCISES, isAvailable, validateCatalog } from "@spotter/engine";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { orgExercises } from "../../db/schema-programming.ts";
import { conflict, HttpError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadOrgExercises } from "../../programming/catalog.ts";
import { invalidateOrgCache } from "../../programming/org-cache.ts";

/** `regressions[1]` (validateCatalog's field) → `body.regressions.1`. */
const bodyPath = (field: string) => `body.${field.replace(/\[(\d+)\]/g, ".$1")}`;

/** The exercise catalog: built-ins plus the organization's own (ids prefixed `org:`). */
export const exerciseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    "",
    {
      config: { access: access.member },
      schema: {
        tags: ["programming"],
        summary: "Built-in and organization exercises, filtered by pattern, equipment on hand, text",
        querystring: exerciseListQuerySchema,
        response: { 200: exerciseListResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { pattern, equipment, q, source } = request.query;
      const own = await loadOrgExercises(db, actor.organizationId);
      const all: ExerciseEntry[] = [
        ...BUILTIN_EXERCISES.map((e) => ({ ...e, source: "builtin" as const })),
        ...own.map((e) => ({ ...e, source: "organization" as const })),
      ];
      const needle = q?.toLowerCase();
      const items = all.filter(
        (e) =>
          (!pattern || e.pattern === pattern) &&
          (!source || e.source === source) &&
          (!equipment || isAvailable(e, equipment)) &&
          (!needle || e.name.toLowerCase().includes(needle) || e.id.includes(needle)),
      );
      return { items, total: items.length };
    },
  );

  app.post(
    "",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Add an organization exercise (id must start with org:; references must resolve)",
        body: exerciseSchema,
        response: { 201: exerciseEntrySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const exercise = request.body;
      const row = await db.transaction(async (tx) => {
        const own = await loadOrgExercises(tx, actor.organizationId);
        if (own.some((e) => e.id === exercise.id)) throw conflict(`exercise "${exercise.id}" already exists`);
        const problems = validateCatalog([exercise], {
          reference: [...BUILTIN_EXERCISES, ...own],
          requireOrgPrefix: true,
        });
        if (problems.length > 0) {
          const fields = problems.map((p) => ({ path: bodyPath(p.field), message: p.message }));
          throw new HttpError("validation_error", `invalid ${fields[0]?.path}: ${fields[0]?.message}`, { fields });
        }
        const [created] = await tx
          .insert(orgExercises)
          .values({
            organizationId: actor.organizationId,
            exerciseId: exercise.id,
            exercise,
            createdBy: actor.userId,
          })
          .returning();
        if (!created) throw new Error("exercise insert returned nothing");
        await recordAudit(tx, request, {
          action: "exercise.created",
          entityType: "exercise",
          entityId: exercise.id,
        });
        return created;
      });
      invalidateOrgCache(actor.organizationId);
      reply.status(201);
      return { ...row.exercise, source: "organization" as const };
    },
  );
};
