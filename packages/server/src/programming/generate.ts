import { randomUUID } from "node:crypto";
import type { SessionGenerateRequest, SessionPlan } from "@spotter/contracts";
import { generateSession, type Method, type Reason, roadmapPosition, weekStart } from "@spotter/engine";
import { sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { auditRow } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import type { Db } from "../db/open.ts";
import { auditEvents, type clients } from "../db/schema.ts";
import { trainingSessions } from "../db/schema-programming.ts";
import { SERVER_CLEARANCE } from "../safety/state.ts";
import { loadAdjustments, openRedReason } from "./adjustments.ts";
import { isoDay } from "./clock.ts";
import { generatePathMapper, runEngine } from "./engine-errors.ts";
import { loadDraftHistory, loadLogs } from "./history-archive.ts";
import { resolveClientMethod } from "./methods.ts";
import { cachedCatalog, cachedFindMethod, cachedTrainerProfileForClient } from "./org-cache.ts";
import { buildClientRoadmap, loadRoadmapRow } from "./roadmaps.ts";
import { type SessionRow, withItemIds } from "./sessions-store.ts";
import { loadTodayCheckIn } from "./today-checkin.ts";
import { calendar, loadMoves, type MoveRow } from "./week-plan.ts";

type ClientRow = typeof clients.$inferSelect;
export type GenerateBody = SessionGenerateRequest & { newPain: NonNullable<SessionGenerateRequest["newPain"]> };

/** Which history drafting reads: the window + progression archive, or every log (tests and benchmarks compare them). */
export type HistorySource = "windowed" | "full";

export type DraftInputs = {
  body: GenerateBody;
  seed: string;
  clock: Date;
  history?: HistorySource;
  /** The week calendar's method day for this date (week generation); absent: rotation by the logs. */
  plannedDayIndex?: number;
  /**
   * A single draft: read the calendar (the coach's moves included) and draft the method day it
   * plans on this date; a date the calendar leaves free keeps the rotation by the logs.
   */
  followCalendar?: boolean;
  /**
   * A method the coach is editing, not saved (the editor's preview): the roadmap is built from it
   * at this week's Monday, whatever roadmap is saved.
   */
  method?: Method;
};

/** What week generation adds to a single draft: the calendar's day, and its own reasons/notes. */
export type DraftExtras = { plannedDayIndex?: number; annotate?: (plan: SessionPlan) => void };

/**
 * Loads what a draft depends on (trainer profile of the client's coach, client profile, roadmap —
 * built on the fly with the client's method when none is saved — windowed history plus the
 * progression archive, catalog with the org's exercises, accepted and pending hold/deload
 * proposals as adjustments, the day's stored check-in) and runs the engine. Catalog, Trainer
 * Profile and methods come from the per-organization cache (org-cache.ts). Nothing is written.
 */
export async function draftPlan(db: Db, actor: Actor, client: ClientRow, input: DraftInputs) {
  const { body, seed, clock } = input;
  const date = body.date ?? isoDay(clock);
  // A session planned for another day is generated as of that day (noon UTC), so "today" is its date.
  const now = date === isoDay(clock) ? clock.toISOString() : `${date}T12:00:00.000Z`;
  const loadHistory =
    input.history === "full"
      ? loadLogs(db, actor.organizationId, client.id).then((history) => ({ history, priorStates: undefined }))
      : loadDraftHistory(db, actor.organizationId, client.id);
  const noMoves: Promise<MoveRow[]> = Promise.resolve([]);
  const [catalog, trainer, roadmapRow, { history, priorStates }, adjustments, redReason, checkIn, moves] =
    await Promise.all([
      cachedCatalog(db, actor.organizationId),
      cachedTrainerProfileForClient(db, actor.organizationId, client.id, actor.userId),
      input.method ? null : loadRoadmapRow(db, client.id),
      loadHistory,
      loadAdjustments(db, actor.organizationId, client.id, date),
      openRedReason(db, actor.organizationId, client.id),
      loadTodayCheckIn(db, actor.organizationId, client.id, date),
      input.followCalendar ? loadMoves(db, actor.organizationId, client.id) : noMoves,
    ]);
  const extraReasons: Reason[] = redReason ? [redReason] : [];
  let roadmap = roadmapRow?.roadmap;
  let plannedDayIndex = input.plannedDayIndex;
  /** The calendar's day on this date, when it plans one (the same calendar the week view shows). */
  const plannedOn = (r: typeof roadmap & {}) => {
    const planned = calendar(r, client.profile.schedule, moves).plannedOn(date);
    if (!planned) return false;
    plannedDayIndex = planned.dayIndex;
    extraReasons.push({
      ruleId: "calendar.planned_day",
      message: `${planned.label}: the method day the client's calendar plans on ${date}${planned.moved ? ` (moved from ${planned.scheduledDate})` : ""}.`,
      inputs: { date, dayIndex: planned.dayIndex, scheduledDate: planned.scheduledDate, moved: planned.moved },
    });
    return true;
  };
  if (roadmap && input.followCalendar) plannedOn(roadmap);
  if (!roadmap && input.method) {
    roadmap = buildClientRoadmap(client.profile, trainer, weekStart(isoDay(clock)), clock, input.method);
    extraReasons.push({
      ruleId: "method.preview",
      message: `A preview of ${input.method.name} (not saved): nothing is stored.`,
      inputs: { methodId: input.method.id, startDate: roadmap.startDate },
    });
  }
  if (!roadmap) {
    const resolved = await resolveClientMethod(db, actor.organizationId, client, trainer, clock, cachedFindMethod);
    // A draft of a day the calendar plans uses the calendar's roadmap (from this week's Monday), so
    // the planned day indexes the same block; a draft on a free day starts one at its own date.
    const calendarStart = weekStart(isoDay(clock));
    const build = (start: string) => buildClientRoadmap(client.profile, trainer, start, clock, resolved?.method);
    const calendarRoadmap = input.plannedDayIndex !== undefined || input.followCalendar ? build(calendarStart) : null;
    const planned = calendarRoadmap !== null && (input.plannedDayIndex !== undefined || plannedOn(calendarRoadmap));
    const start = planned ? calendarStart : date;
    roadmap = planned && calendarRoadmap ? calendarRoadmap : build(date);
    extraReasons.push({
      ruleId: "roadmap.on_the_fly",
      message: `No roadmap saved for this client yet: one was built from the profile for this session (not saved)${resolved ? `, following ${resolved.method.name}` : ""}.`,
      inputs: { startDate: start, methodId: resolved?.method.id ?? null, methodVia: resolved?.via ?? null },
    });
    if (resolved?.reason) extraReasons.push(resolved.reason);
  }
  const plannedRoadmap = roadmap;
  const position = runEngine(
    () => roadmapPosition(plannedRoadmap, date),
    (p) => `roadmap.${p}`,
  );
  // The stored check-in fills what the coach did not type: readiness, and pain in other regions.
  const readiness = body.readiness ?? checkIn?.readiness;
  const typedRegions = new Set(body.newPain.map((p) => p.region));
  const checkInPain = (checkIn?.newPain ?? []).filter((p) => !typedRegions.has(p.region));
  const usedCheckIn = checkIn !== null && (body.readiness === undefined || checkInPain.length > 0);
  if (checkIn && usedCheckIn) extraReasons.push(checkIn.reason);
  const today = {
    durationMinutes: body.durationMinutes,
    ...(body.locationId !== undefined ? { locationId: body.locationId } : {}),
    ...(body.equipment !== undefined ? { equipment: body.equipment } : {}),
    newPain: [...body.newPain, ...checkInPain],
    ...(readiness !== undefined ? { readiness } : {}),
  };
  const session = runEngine(
    () =>
      generateSession({
        trainer,
        client: client.profile,
        catalog,
        roadmap: plannedRoadmap,
        position,
        history,
        ...(priorStates ? { priorStates } : {}),
        today,
        now,
        seed,
        adjustments,
        // No PAR-Q+ on file is gated like an uncleared screen (safety/state.ts SERVER_CLEARANCE).
        requireScreening: SERVER_CLEARANCE.requireScreening === true,
        ...(plannedDayIndex !== undefined ? { plannedDayIndex } : {}),
      }),
    generatePathMapper,
  );
  return {
    session,
    extraReasons,
    today,
    date,
    history,
    adjustments,
    checkIn: usedCheckIn ? checkIn : null,
    roadmap: plannedRoadmap,
  };
}

/**
 * Generates a draft for a client (draftPlan) and stores it with its reasons: persist + audit in
 * one statement. The seed is the new session's id, so the stored draft can be reproduced from its
 * inputs. A readiness the coach typed wins over the stored check-in.
 */
export async function generateDraft(
  db: Db,
  request: FastifyRequest,
  actor: Actor,
  client: ClientRow,
  body: GenerateBody,
  extras: DraftExtras = {},
): Promise<SessionRow> {
  const id = randomUUID();
  const { session, extraReasons, today, date, history, adjustments, checkIn } = await draftPlan(db, actor, client, {
    body,
    seed: id,
    clock: request.server.clock.now(),
    // The week passes the calendar's day; a single draft reads the calendar itself.
    ...(extras.plannedDayIndex !== undefined ? { plannedDayIndex: extras.plannedDayIndex } : { followCalendar: true }),
  });
  const plan = withItemIds(session);
  plan.reasons.push(...extraReasons);
  extras.annotate?.(plan);
  const at = request.server.clock.now();
  // The stored row is known in full, so it is not read back (the plan is the largest JSON we write).
  const row: SessionRow = {
    id,
    organizationId: actor.organizationId,
    clientId: client.id,
    status: "draft",
    date: plan.date,
    plan,
    request: { ...today, date },
    editedByCoach: false,
    createdBy: actor.userId,
    createdAt: at,
    updatedAt: at,
    publishedAt: null,
    loggedAt: null,
    log: null,
    engineLog: null,
  };
  // One statement writes the draft and its audit event (atomic, without BEGIN/COMMIT round trips).
  const audit = auditRow(request, {
    action: "session.generated",
    entityType: "training_session",
    entityId: id,
    clientId: client.id,
    metadata: {
      date: plan.date,
      historySessions: history.length,
      adjustments: adjustments.map((a) => `${a.kind}:${a.proposalId}${a.pending ? ":pending" : ""}`).join(",") || null,
      checkIn: checkIn?.date ?? null,
    },
  });
  await db.execute(sql`
    with draft as (
      insert into ${trainingSessions} (id, organization_id, client_id, status, date, plan, request, edited_by_coach,
        created_by, created_at, updated_at)
      values (${id}, ${row.organizationId}, ${row.clientId}, 'draft', ${row.date}, ${JSON.stringify(plan)}::jsonb,
        ${JSON.stringify(row.request)}::jsonb, false, ${actor.userId}, ${at.toISOString()}::timestamptz,
        ${at.toISOString()}::timestamptz)
      returning id
    )
    insert into ${auditEvents} (organization_id, actor_user_id, action, entity_type, entity_id, client_id, ip, user_agent, metadata)
    select ${audit.organizationId}::uuid, ${audit.actorUserId}::uuid, ${audit.action}::text, ${audit.entityType}::text,
      ${audit.entityId}::text, ${audit.clientId}::uuid, ${audit.ip}::text, ${audit.userAgent}::text,
      ${JSON.stringify(audit.metadata)}::jsonb
    from draft`);
  return row;
}
