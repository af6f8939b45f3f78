import {
  clientHabitsSchema,
  habitInputSchema,
  habitParamsSchema,
  habitSchema,
  idParamsSchema,
  nudgePreferencesSchema,
} from "@spotter/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { archiveHabit, clientToday, createHabit } from "../../habits/commands.ts";
import { registerHabitExportSections } from "../../habits/export.ts";
import { loadNudgePrefs, presentPrefs, saveNudgePrefs } from "../../habits/preferences.ts";
import { listHabits, missedSummary, recentNudges } from "../../habits/queries.ts";
import { notFound } from "../../http/errors.ts";
import { access, actorOf, commandContext, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";

const tags = ["habits"];

/** The coach's side: a client's habits and consistency, nudges sent, "what got in the way?" answers. */
export const clientHabitRoutes: FastifyPluginAsyncZod = async (app) => {
  registerHabitExportSections();

  app.get(
    "/:id/habits",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary: "The client's habits with consistency, nudges sent, missed-session reasons counted, nudge settings",
        params: idParamsSchema,
        response: { 200: clientHabitsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const client = await loadVisibleClient(app.db, actorOf(request), request.params.id);
      const prefs = await loadNudgePrefs(app.db, client);
      const today = await clientToday(commandContext(request), client);
      const [habits, missed, nudges] = await Promise.all([
        listHabits(app.db, client, today),
        missedSummary(app.db, client, today),
        recentNudges(app.db, client, today),
      ]);
      await recordAudit(app.db, request, {
        action: "habits.listed",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
        metadata: { count: habits.length },
      });
      return {
        today,
        habits,
        missed,
        nudges: nudges.map((n) => ({ kind: n.kind, localDate: n.localDate })),
        preferences: presentPrefs(prefs),
      };
    },
  );

  app.post(
    "/:id/habits",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary: "Set a habit for the client: a cue ('after training'), an action and the weekdays",
        params: idParamsSchema,
        body: habitInputSchema,
        response: { 200: habitSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const client = await loadVisibleClient(app.db, ctx.actor, request.params.id);
      const row = await createHabit(ctx, client, request.body);
      const found = (await listHabits(app.db, client, await clientToday(ctx, client))).find((h) => h.id === row.id);
      if (!found) throw notFound("habit");
      return found;
    },
  );

  app.delete(
    "/:id/habits/:habitId",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary: "Stop a habit (archived: its ticks stay in the client's record)",
        params: habitParamsSchema,
        response: { 200: z.object({ archived: z.literal(true) }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const client = await loadVisibleClient(app.db, ctx.actor, request.params.id);
      await archiveHabit(ctx, client, request.params.habitId);
      return { archived: true as const };
    },
  );

  app.put(
    "/:id/nudge-preferences",
    {
      config: { access: access.coach },
      schema: {
        tags,
        summary: "Change the client's nudge settings (e.g. switch nudges off at the client's request, their time zone)",
        params: idParamsSchema,
        body: nudgePreferencesSchema,
        response: { 200: nudgePreferencesSchema, ...errorResponses },
      },
    },
    async (request) => {
      const client = await loadVisibleClient(app.db, actorOf(request), request.params.id);
      const saved = await saveNudgePrefs(app.db, client, request.body, app.clock.now());
      await recordAudit(app.db, request, {
        action: "nudge_preferences.changed",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
        metadata: { optedOut: saved.optedOut },
      });
      return presentPrefs(saved);
    },
  );
};
