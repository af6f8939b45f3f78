import { createHash } from "node:crypto";
import { cohortAuditQuerySchema, cohortAuditResponseSchema, scenarioRunResponseSchema } from "@spotter/contracts";
import {
  BUILTIN_EXERCISES,
  type CohortReport,
  cohortAudit,
  cohortGroups,
  createCatalog,
  runScenarios,
  SCENARIOS,
} from "@spotter/engine";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { loadTiers } from "../../monitoring/tiers.ts";
import { loadOrgExercises } from "../../programming/catalog.ts";
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
  /**
   * The audit drafts ~200 sessions (a second or more of CPU): the same inputs give the same report,
   * so it is kept per digest of everything it reads (trainer profile, methods, exercises, start).
   */
  const reports = new Map<string, CohortReport>();
  const REPORTS_KEPT = 16;

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
      const [trainer, methods, exercises] = await Promise.all([
        loadTrainerProfile(db, actor.organizationId, actor.userId),
        listMethods(db, actor.organizationId),
        loadOrgExercises(db, actor.organizationId),
      ]);
      const key = createHash("sha256")
        .update(JSON.stringify([start, trainer.profile, methods.map((m) => m.method), exercises]))
        .digest("hex");
      let report = reports.get(key);
      if (!report) {
        const catalog = createCatalog([...BUILTIN_EXERCISES, ...exercises]);
        report = runEngine(
          () =>
            cohortAudit(cohortGroups(start), {
              trainer: trainer.profile,
              methods: methods.map((m) => m.method),
              catalog,
              start,
            }),
          // The only caller input is the start date: every engine field error is about it.
          () => "query.start",
        );
        if (reports.size >= REPORTS_KEPT) reports.delete(reports.keys().next().value as string);
        reports.set(key, report);
      }
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
