import {
  idParamsSchema,
  type MethodPreviewDay,
  methodPreviewRequestSchema,
  methodPreviewResponseSchema,
} from "@spotter/contracts";
import { addDays, type Method, plannedDayOn } from "@spotter/engine";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { HttpError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { assertClientAction, loadVisibleClient } from "../../policies/clients.ts";
import { isoDay } from "../../programming/clock.ts";
import { draftPlan } from "../../programming/generate.ts";
import { assertMethodValid } from "../../programming/methods.ts";
import { cachedCatalog } from "../../programming/org-cache.ts";

/**
 * The method editor's live preview: every day of a method the coach is editing (unsaved), drafted
 * for one client as week 1 through draftPlan — the path generate takes (their history, progression
 * states, check-in, open flags, proposals in force, units) — with the calendar's day for each.
 * Nothing is written: no session, no roadmap, no audit event. A day the engine cannot draft carries
 * the error the generate route would have answered; a malformed method is a 400 naming the field.
 */
export const clientMethodPreviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app;

  app.post(
    "/:id/method/preview",
    {
      config: { access: access.coach },
      schema: {
        tags: ["programming"],
        summary: "Week 1 of an unsaved method drafted for this client from their own data (nothing is stored)",
        params: idParamsSchema,
        body: methodPreviewRequestSchema,
        response: { 200: methodPreviewResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const client = await loadVisibleClient(db, actor, request.params.id);
      assertClientAction(actor, "update");
      const method = request.body.method as Method;
      assertMethodValid(method, await cachedCatalog(db, actor.organizationId), "body.method");
      const now = clock.now();
      const today = isoDay(now);
      const durationMinutes =
        request.body.durationMinutes ?? Math.min(240, Math.max(15, client.profile.schedule.sessionMinutes));
      // Each day as of today (week 1 of a roadmap built from this method), seeded per day so an
      // unchanged method previews the same session on every keystroke.
      const drafts = await Promise.all(
        method.days.map((_, dayIndex) =>
          draftPlan(db, actor, client, {
            body: { durationMinutes, newPain: [], date: today },
            seed: `preview:${client.id}:${dayIndex}`,
            clock: now,
            method,
            plannedDayIndex: dayIndex,
          }).then(
            (d) => ({ ok: true as const, d }),
            (e: unknown) => {
              if (e instanceof HttpError) return { ok: false as const, e };
              throw e;
            },
          ),
        ),
      );
      const roadmap = drafts.find((r) => r.ok)?.d.roadmap;
      const weekStart = roadmap?.startDate ?? today;
      const dates = new Map<number, string>();
      for (let i = 0; i < 7 && roadmap; i++) {
        const date = addDays(weekStart, i);
        const planned = plannedDayOn(roadmap, client.profile.schedule, date);
        if (planned && !dates.has(planned.dayIndex)) dates.set(planned.dayIndex, date);
      }
      const days: MethodPreviewDay[] = drafts.map((r, dayIndex) => ({
        dayIndex,
        label: method.days[dayIndex]?.label ?? "",
        date: dates.get(dayIndex) ?? null,
        session: r.ok ? { ...r.d.session, reasons: [...r.d.session.reasons, ...r.d.extraReasons] } : null,
        error: r.ok ? null : { code: r.e.code, message: r.e.message, fields: r.e.fields ?? [] },
      }));
      return { clientId: client.id, weekStart, days };
    },
  );
};
