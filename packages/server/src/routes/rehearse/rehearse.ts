import { cohortAuditQuerySchema, cohortAuditResponseSchema, scenarioRunResponseSchema } from "@spotter/contracts";
import { cohortAudit, cohortGroups, runScenarios, SCENARIOS } from "@spotter/engine";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadTiers } from "../../monitoring/tiers.ts";
import { loadCatalog } from "../../programming/catalog.ts";
import { isoDay } from "../../programming/clock.ts";
import { runEngine } from "../../programming/engine-errors.ts";
import { listMethods } from "../../programming/methods.ts";
import { loadTrainerProfile } from "../../programming/trainer-profiles.ts";

/**
 * Rehearsal for the owner before clients meet the rules: the cohort audit (matched synthetic
 * clients through the organization's trainer profile, methods and exercises) and the scenario
 * simulator (scripted histories through triage under each of the organization's tiers). Both
 * compute on synthetic clients only: no client record is read or written.
 */
export const rehearseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, database } = app;

  app.get(
    "/cohorts",
    {
      config: { access: access.owner },
      schema: {
        tags: ["rehearse"],
        summary: "Cohort audit: every difference between matched synthetic clients, explained by a rule or not (owner)",
        querystring: cohortAuditQuerySchema,
        response: { 200: cohortAuditResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const start = request.query.start ?? isoDay(app.clock.now());
      const [trainer, methods, catalog] = await Promise.all([
        loadTrainerProfile(db, actor.organizationId, actor.userId),
        listMethods(db, actor.organizationId),
        loadCatalog(db, actor.organizationId),
      ]);
      const report = runEngine(
        () =>
          cohortAudit(cohortGroups(start), {
            trainer: trainer.profile,
            methods: methods.map((m) => m.method),
            catalog,
            start,
          }),
        (p) => (p === "startDate" ? "query.start" : p),
      );
      return {
        ...report,
        against: {
          trainerProfile: trainer.isDefault ? ("default" as const) : ("saved" as const),
          methods: methods.length,
          organizationMethods: methods.filter((m) => m.source === "organization").length,
        },
      };
    },
  );

  app.get(
    "/scenarios",
    {
      config: { access: access.owner },
      schema: {
        tags: ["rehearse"],
        summary: "Scenario simulator: scripted client histories under each of the organization's tiers (owner)",
        response: { 200: scenarioRunResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const tiers = (await loadTiers(database, [actor.organizationId])).get(actor.organizationId) ?? [];
      const now = app.clock.now().toISOString();
      return {
        now,
        tiers: tiers.map((t) => t.name),
        scenarios: SCENARIOS.map((s) => ({ id: s.id, title: s.title, story: s.story })),
        outcomes: runScenarios(SCENARIOS, tiers, now),
      };
    },
  );
};
