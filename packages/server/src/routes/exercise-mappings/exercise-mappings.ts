import { exerciseMappingListSchema, exerciseMappingsPutSchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { validationError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { normalizeName } from "../../imports/names.ts";
import { listOrgMappings, saveOrgMappings } from "../../imports/org-mappings.ts";
import { loadCatalog } from "../../programming/catalog.ts";

/**
 * The organization's mappings of other apps' exercise names to catalog exercises: resolved once
 * by any coach, applied to every later import preview and commit for every client of the
 * organization. Nothing already imported changes (a re-import of the same workouts adds nothing).
 */
export const exerciseMappingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    "",
    {
      config: { access: access.coach },
      schema: {
        tags: ["imports"],
        summary: "The organization's exercise-name mappings for imports (app name → catalog exercise, or skipped)",
        response: { 200: exerciseMappingListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return listOrgMappings(db, actor.organizationId, await loadCatalog(db, actor.organizationId));
    },
  );

  app.put(
    "",
    {
      config: { access: access.coach },
      schema: {
        tags: ["imports"],
        summary:
          "Map app exercise names to catalog exercises (or null to leave them out) for every later import in the organization",
        body: exerciseMappingsPutSchema,
        response: { 200: exerciseMappingListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { mappings } = request.body;
      return db.transaction(async (tx) => {
        const catalog = await loadCatalog(tx, actor.organizationId);
        mappings.forEach((m, i) => {
          if (normalizeName(m.name) === "") throw validationError(`body.mappings.${i}.name`, "needs a letter or digit");
          if (m.exerciseId !== null && !catalog.has(m.exerciseId))
            throw validationError(`body.mappings.${i}.exerciseId`, `unknown exercise "${m.exerciseId}"`);
        });
        await saveOrgMappings(tx, actor.organizationId, actor.userId, mappings);
        await recordAudit(tx, request, {
          action: "exercise_mappings.saved",
          entityType: "organization",
          entityId: actor.organizationId,
          metadata: { names: mappings.length },
        });
        return listOrgMappings(tx, actor.organizationId, catalog);
      });
    },
  );
};
