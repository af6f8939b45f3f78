import {
  idParamsSchema,
  roadmapBuildRequestSchema,
  roadmapResponseSchema,
  roadmapUpdateRequestSchema,
} from "@spotter/contracts";
import { type Roadmap, validateRoadmap } from "@spotter/engine";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { HttpError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { assertClientAction, loadVisibleClient } from "../../policies/clients.ts";
import { presentRoadmap } from "../../presenters/roadmap.ts";
import { isoDay } from "../../programming/clock.ts";
import { resolveClientMethod } from "../../programming/methods.ts";
import { buildClientRoadmap, loadRoadmapRow, saveRoadmap } from "../../programming/roadmaps.ts";
import { trainerProfileForClient } from "../../programming/trainer-profiles.ts";

const params = idParamsSchema;

/** A client's roadmap: read (client: their own), build from profiles, or save a coach's edit. */
export const roadmapRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.get(
    "/:id/roadmap",
    {
      config: { access: access.member },
      schema: {
        tags: ["programming"],
        summary: "The client's roadmap and where today falls in it (roadmap null until built)",
        params,
        response: { 200: roadmapResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      const row = await loadRoadmapRow(db, client.id);
      await recordAudit(db, request, {
        action: "roadmap.read",
        entityType: "roadmap",
        entityId: row?.id ?? null,
        clientId: client.id,
      });
      return presentRoadmap(client.id, row, clock.now());
    },
  );

  app.post(
    "/:id/roadmap",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary:
          "Build (or rebuild) the roadmap from the client profile, their coach's Trainer Profile and the client's method (assigned, else the trainer's goal default)",
        params,
        body: roadmapBuildRequestSchema,
        response: { 201: roadmapResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const client = await loadVisibleClient(tx, actor, request.params.id);
        assertClientAction(actor, "update");
        const trainer = await trainerProfileForClient(tx, actor.organizationId, client.id, actor.userId);
        const resolved = await resolveClientMethod(tx, actor.organizationId, client, trainer, now);
        const startDate = request.body?.startDate ?? isoDay(now);
        const roadmap = buildClientRoadmap(client.profile, trainer, startDate, now, resolved?.method);
        const saved = await saveRoadmap(tx, {
          organizationId: actor.organizationId,
          clientId: client.id,
          roadmap,
          editedByCoach: false,
          userId: actor.userId,
          at: now,
        });
        await recordAudit(tx, request, {
          action: "roadmap.built",
          entityType: "roadmap",
          entityId: saved.id,
          clientId: client.id,
          metadata: {
            blocks: roadmap.blocks.length,
            startDate: roadmap.startDate,
            method: resolved?.method.id ?? null,
            methodVia: resolved?.via ?? null,
          },
        });
        return saved;
      });
      reply.status(201);
      return presentRoadmap(row.clientId, row, now);
    },
  );

  app.put(
    "/:id/roadmap",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Save the coach's edited roadmap (validated by the engine: back-to-back blocks, ranges)",
        params,
        body: roadmapUpdateRequestSchema,
        response: { 200: roadmapResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = clock.now();
      const roadmap: Roadmap = structuredClone(request.body.roadmap);
      const problems = validateRoadmap(roadmap);
      if (problems.length > 0) {
        const fields = problems.map((p) => ({ path: `body.roadmap.${p.path}`, message: p.message }));
        throw new HttpError("validation_error", `invalid ${fields[0]?.path}: ${fields[0]?.message}`, { fields });
      }
      // One coach.edit reason, replaced on each save, so the reasons never grow without bound.
      roadmap.reasons = [
        ...roadmap.reasons.filter((r) => r.ruleId !== "coach.edit").slice(0, 49),
        {
          ruleId: "coach.edit",
          message: "The coach edited this roadmap.",
          inputs: { by: actor.userId, at: now.toISOString() },
        },
      ];
      const row = await db.transaction(async (tx) => {
        const client = await loadVisibleClient(tx, actor, request.params.id);
        assertClientAction(actor, "update");
        const saved = await saveRoadmap(tx, {
          organizationId: actor.organizationId,
          clientId: client.id,
          roadmap,
          editedByCoach: true,
          userId: actor.userId,
          at: now,
        });
        await recordAudit(tx, request, {
          action: "roadmap.updated",
          entityType: "roadmap",
          entityId: saved.id,
          clientId: client.id,
          metadata: { blocks: roadmap.blocks.length },
        });
        return saved;
      });
      return presentRoadmap(row.clientId, row, clock.now());
    },
  );
};
