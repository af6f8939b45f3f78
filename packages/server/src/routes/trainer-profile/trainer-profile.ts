import { trainerProfileResponseSchema, trainerProfileUpdateSchema } from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { trainerProfiles } from "../../db/schema-programming.ts";
import { HttpError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadCatalog } from "../../programming/catalog.ts";
import { findMethod } from "../../programming/methods.ts";
import { invalidateOrgCache } from "../../programming/org-cache.ts";
import { loadTrainerProfile } from "../../programming/trainer-profiles.ts";

/** The calling coach's own Trainer Profile (defaults until saved). Clients have none. */
export const trainerProfileRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.get(
    "",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "The calling coach's Trainer Profile (defaults when none is saved)",
        response: { 200: trainerProfileResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const loaded = await loadTrainerProfile(db, actor.organizationId, actor.userId);
      return {
        profile: loaded.profile,
        isDefault: loaded.isDefault,
        updatedAt: loaded.updatedAt?.toISOString() ?? null,
      };
    },
  );

  app.put(
    "",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Save the calling coach's Trainer Profile (fields left out take the defaults)",
        body: trainerProfileUpdateSchema,
        response: { 200: trainerProfileResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const profile = request.body;
      const catalog = await loadCatalog(db, actor.organizationId);
      const fields = (["preferredExercises", "bannedExercises"] as const).flatMap((key) =>
        profile[key].flatMap((id, i) =>
          catalog.has(id) ? [] : [{ path: `body.${key}.${i}`, message: `unknown exercise "${id}"` }],
        ),
      );
      for (const [goal, id] of Object.entries(profile.defaultMethods)) {
        if (id && !(await findMethod(db, actor.organizationId, id)))
          fields.push({
            path: `body.defaultMethods.${goal}`,
            message: `no method "${id}" in the library or this organization`,
          });
      }
      if (fields.length > 0)
        throw new HttpError("validation_error", `invalid ${fields[0]?.path}: ${fields[0]?.message}`, { fields });
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const [saved] = await tx
          .insert(trainerProfiles)
          .values({ organizationId: actor.organizationId, userId: actor.userId, profile, updatedAt: now })
          .onConflictDoUpdate({
            target: [trainerProfiles.organizationId, trainerProfiles.userId],
            set: { profile, updatedAt: now },
          })
          .returning();
        if (!saved) throw new Error("trainer profile upsert returned nothing");
        await recordAudit(tx, request, {
          action: "trainer_profile.updated",
          entityType: "trainer_profile",
          entityId: saved.id,
        });
        return saved;
      });
      invalidateOrgCache(actor.organizationId);
      return { profile: row.profile, isDefault: false, updatedAt: row.updatedAt.toISOString() };
    },
  );
};
