import { exerciseMappingListSchema, exerciseMappingParamsSchema, exerciseMappingsPutSchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { notFound, validationError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { normalizeName } from "../../imports/names.ts";
import { deleteOrgMapping, listOrgMappings, saveOrgMappings } from "../../imports/org-mappings.ts";
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

  app.delete(
    "/:name",
    {
      config: { access: access.coach },
      schema: {
        tags: ["imports"],
        summary:
          "Remove the organization's decision for an app exercise name: later imports match it against the catalog again (nothing imported changes)",
        params: exerciseMappingParamsSchema,
        response: { 200: exerciseMappingListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { name } = request.params;
      if (normalizeName(name) === "") throw validationError("params.name", "needs a letter or digit");
      return db.transaction(async (tx) => {
        // Scoped by organization: another organization's name is a 404 like a name never saved.
        if (!(await deleteOrgMapping(tx, actor.organizationId, name))) throw notFound("exercise mapping");
        await recordAudit(tx, request, {
          action: "exercise_mappings.removed",
          entityType: "organization",
          entityId: actor.organizationId,
          metadata: { name },
        });
        return listOrgMappings(tx, actor.organizationId, await loadCatalog(tx, actor.organizationId));
      });
    },
  );
};
