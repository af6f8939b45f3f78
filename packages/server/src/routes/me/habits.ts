import {
  habitInputSchema,
  habitSchema,
  habitTickSchema,
  meHabitParamsSchema,
  meHabitsSchema,
  missedAnswerSchema,
  nudgeParamsSchema,
  nudgePreferencesSchema,
} from "@spotter/contracts";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { answerMissed, clientToday, createHabit, tickHabit } from "../../habits/commands.ts";
import { loadNudgePrefs, presentPrefs, saveNudgePrefs } from "../../habits/preferences.ts";
import { listHabits, openMissedQuestion } from "../../habits/queries.ts";
import { forbidden, notFound } from "../../http/errors.ts";
import { access, actorOf, commandContext, errorResponses } from "../../http/route-kit.ts";
import { loadVisibleClient } from "../../policies/clients.ts";

const tags = ["habits"];

/** The calling client's habits (tick one in a tap), their "what got in the way?" answers, their nudge settings. */
export const meHabitRoutes: FastifyPluginAsyncZod = async (app) => {
  const own = (request: FastifyRequest) => {
    const actor = actorOf(request);
    if (!actor.clientId) throw forbidden("this login is not linked to a client record");
    return loadVisibleClient(app.db, actor, actor.clientId);
  };
  const view = async (request: FastifyRequest) => {
    const client = await own(request);
    const today = await clientToday(commandContext(request), client);
    return { client, today, habits: await listHabits(app.db, client, today) };
  };

  app.get(
    "/habits",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "The caller's habits on their local today, with consistency, and an open missed-session question",
        response: { 200: meHabitsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { client, today, habits } = await view(request);
      const q = await openMissedQuestion(app.db, client, today);
      await recordAudit(app.db, request, {
        action: "habits.listed",
        entityType: "client",
        entityId: client.id,
        clientId: client.id,
        metadata: { via: "me", count: habits.length },
      });
      return { today, habits, missedQuestion: q };
    },
  );

  app.post(
    "/habits",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "Set a habit for oneself: a cue, an action and the weekdays it is planned on",
        body: habitInputSchema,
        response: { 200: habitSchema, ...errorResponses },
      },
    },
    async (request) => {
      const row = await createHabit(commandContext(request), await own(request), request.body);
      const found = (await view(request)).habits.find((h) => h.id === row.id);
      if (!found) throw notFound("habit");
      return found;
    },
  );

  app.post(
    "/habits/:habitId/tick",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "Tick a habit done (or undo it) for today or yesterday (the caller's local dates)",
        params: meHabitParamsSchema,
        body: habitTickSchema,
        response: { 200: habitSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { row } = await tickHabit(
        commandContext(request),
        await own(request),
        request.params.habitId,
        request.body,
      );
      const found = (await view(request)).habits.find((h) => h.id === row.id);
      if (!found) throw notFound("habit");
      return found;
    },
  );

  app.post(
    "/nudges/:nudgeId/answer",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "Answer 'what got in the way?' after a missed session with one reason (shown to the coach)",
        params: nudgeParamsSchema,
        body: missedAnswerSchema,
        response: { 200: meHabitsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const client = await own(request);
      await answerMissed(commandContext(request), client, request.params.nudgeId, request.body.reason);
      const { today, habits } = await view(request);
      return { today, habits, missedQuestion: await openMissedQuestion(app.db, client, today) };
    },
  );

  app.get(
    "/nudge-preferences",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "The caller's nudge settings (opt-out, quiet hours, time zone)",
        response: { 200: nudgePreferencesSchema, ...errorResponses },
      },
    },
    async (request) => presentPrefs(await loadNudgePrefs(app.db, await own(request))),
  );

  app.put(
    "/nudge-preferences",
    {
      config: { access: access.client },
      schema: {
        tags,
        summary: "Change the caller's nudge settings: switch nudges off, quiet hours, time zone",
        body: nudgePreferencesSchema,
        response: { 200: nudgePreferencesSchema, ...errorResponses },
      },
    },
    async (request) => {
      const client = await own(request);
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
