import type {
  SessionPlan,
  WeekGenerateRequest,
  WeekMoveRequest,
  WeekPublishRequest,
  WeekResult,
} from "@spotter/contracts";
import { and, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { recordAudit } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import type { Db } from "../db/open.ts";
import { readsAtOnce } from "../db/reads-at-once.ts";
import { clients } from "../db/schema.ts";
import { trainingSessions } from "../db/schema-programming.ts";
import { plannedDayMoves } from "../db/schema-week.ts";
import { conflict, HttpError, validationError } from "../http/errors.ts";
import { isoDay } from "./clock.ts";
import { publishDraft } from "./edit.ts";
import { generateDraft } from "./generate.ts";
import { visibleSessions } from "./sessions-store.ts";
import { calendar, loadMoves, loadWeek, weekRoadmap } from "./week-plan.ts";

type ClientRow = typeof clients.$inferSelect;

/** A failure of one day or session, as the single route would have answered it. */
function failure(date: string, e: unknown, outcome: "refused" | "failed", sessionId?: string): WeekResult {
  if (!(e instanceof HttpError)) throw e;
  return {
    date,
    ...(sessionId ? { sessionId } : {}),
    outcome,
    httpStatus: e.statusCode,
    code: e.code,
    message: e.message,
    ...(e.fields ? { fields: e.fields } : {}),
  };
}

/** What the earlier days of the week already drafted: exercise id → the first date it appears. */
function earlierExercises(plans: { date: string; plan: SessionPlan }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { date, plan } of plans)
    for (const i of plan.main) if (!out.has(i.exerciseId)) out.set(i.exerciseId, date);
  return out;
}

/**
 * Drafts every planned day of the week that has no session yet and is not in the past, in date
 * order, each through the single-draft path (generateDraft: same inputs, reasons, audit) with the
 * calendar's method day. The engine's loads come from logged work only: a draft is not a
 * performance, so a lift repeated later in the week keeps the last logged load and says so on
 * the item (`week.earlier_draft`), to be re-generated once the earlier day is logged.
 */
export async function generateWeek(
  db: Db,
  request: FastifyRequest,
  actor: Actor,
  client: ClientRow,
  body: WeekGenerateRequest,
): Promise<WeekResult[]> {
  const clock = request.server.clock.now();
  const today = isoDay(clock);
  const { view, rows } = await loadWeek(db, actor, client, clock, body.start);
  const drafted = rows.map((r) => ({ date: r.date, plan: r.plan }));
  const minutes = body.durationMinutes ?? Math.min(240, Math.max(15, client.profile.schedule.sessionMinutes));
  const results: WeekResult[] = [];
  for (const day of view.week.days) {
    const planned = day.planned;
    if (!planned) continue;
    const existing = day.sessions[0];
    if (existing) {
      results.push({ date: day.date, sessionId: existing.id, outcome: "exists" });
      continue;
    }
    if (day.date < today) {
      results.push({ date: day.date, outcome: "past", message: "the day has passed; log or plan it by hand" });
      continue;
    }
    const earlier = earlierExercises(drafted.filter((d) => d.date < day.date));
    try {
      const row = await generateDraft(
        db,
        request,
        actor,
        client,
        {
          durationMinutes: minutes,
          newPain: [],
          date: day.date,
          ...(body.locationId ? { locationId: body.locationId } : {}),
        },
        {
          plannedDayIndex: planned.dayIndex,
          annotate(plan) {
            plan.reasons.push({
              ruleId: "week.generated",
              message: `Drafted with the week of ${view.week.start}: ${planned.label}, the method day the calendar plans on this date${planned.moved ? ` (moved from ${planned.scheduledDate})` : ""}.`,
              inputs: { weekStart: view.week.start, dayIndex: planned.dayIndex, scheduledDate: planned.scheduledDate },
            });
            for (const item of plan.main) {
              const first = earlier.get(item.exerciseId);
              if (!first || item.role === "ramp") continue;
              item.reasons.push({
                ruleId: "week.earlier_draft",
                message: `${item.name} is also drafted on ${first}, not logged yet: this load comes from the last logged session. Re-generate after ${first} is logged to progress from it.`,
                inputs: { earlierDate: first },
              });
            }
          },
        },
      );
      drafted.push({ date: row.date, plan: row.plan });
      results.push({ date: day.date, sessionId: row.id, outcome: "created" });
    } catch (e) {
      results.push(failure(day.date, e, "failed"));
    }
  }
  await recordAudit(db, request, {
    action: "week.generated",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    metadata: { weekStart: view.week.start, created: results.filter((r) => r.outcome === "created").length },
  });
  return results;
}

/**
 * Publishes every draft of the week, each in its own transaction through publishDraft (the same
 * publish gate and override as the single route): a refused session stays a draft, whole, and its
 * result carries the single route's 409 and blockers; the others are published.
 */
export async function publishWeek(
  db: Db,
  request: FastifyRequest,
  actor: Actor,
  client: ClientRow,
  body: WeekPublishRequest,
): Promise<WeekResult[]> {
  const clock = request.server.clock.now();
  const { rows } = await loadWeek(db, actor, client, clock, body.start);
  const results: WeekResult[] = [];
  for (const row of rows) {
    if (row.status !== "draft") continue;
    try {
      await publishDraft(db, request, actor, row.id, body.override);
      results.push({ date: row.date, sessionId: row.id, outcome: "published" });
    } catch (e) {
      results.push(
        failure(row.date, e, e instanceof HttpError && e.code === "conflict" ? "refused" : "failed", row.id),
      );
    }
  }
  await recordAudit(db, request, {
    action: "week.published",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    metadata: {
      published: results.filter((r) => r.outcome === "published").length,
      refused: results.filter((r) => r.outcome !== "published").length,
    },
  });
  return results;
}

/**
 * Moves what trains on `from` to `to`: the planned day (stored as a move from the date the schedule
 * gave it, so week generation drafts it on its new date) and its draft, if any (date and plan date
 * change; a `coach.moved` reason says so). Published and logged sessions are the client's record
 * and stay (409); neither date may be in the past, and `to` must be free.
 */
export async function moveDay(
  db: Db,
  request: FastifyRequest,
  actor: Actor,
  client: ClientRow,
  body: WeekMoveRequest,
): Promise<void> {
  const clock = request.server.clock.now();
  const today = isoDay(clock);
  if (body.from < today) throw validationError("body.from", "the day has passed");
  if (body.to < today) throw validationError("body.to", "cannot move to a past day");
  const { roadmap } = await weekRoadmap(db, actor, client, clock);
  await db.transaction(async (tx) => {
    const moves = await loadMoves(tx, actor.organizationId, client.id);
    const cal = calendar(roadmap, client.profile.schedule, moves);
    const sessionsOn = (date: string) =>
      tx
        .select({ row: trainingSessions })
        .from(trainingSessions)
        .innerJoin(clients, eq(clients.id, trainingSessions.clientId))
        .where(and(visibleSessions(actor), eq(trainingSessions.clientId, client.id), eq(trainingSessions.date, date)))
        .for("update", { of: trainingSessions })
        .then((rows) => rows.map((r) => r.row));
    const [fromRows, toRows] = await readsAtOnce(
      tx,
      () => sessionsOn(body.from),
      () => sessionsOn(body.to),
    );
    const planned = cal.plannedOn(body.from);
    const frozen = fromRows.find((r) => r.status !== "draft");
    if (frozen) throw conflict(`the ${frozen.status} session on ${body.from} stays on its date (the client's record)`);
    if (!planned && fromRows.length === 0) throw validationError("body.from", "nothing is planned on this date");
    const occupied = cal.plannedOn(body.to);
    if (occupied || toRows.length > 0)
      throw conflict(`${body.to} already has ${occupied ? occupied.label : "a session"}: move that first`);
    const at = request.server.clock.now();
    if (planned) {
      if (planned.scheduledDate === body.to)
        await tx
          .delete(plannedDayMoves)
          .where(
            and(eq(plannedDayMoves.clientId, client.id), eq(plannedDayMoves.scheduledDate, planned.scheduledDate)),
          );
      else {
        const values = {
          organizationId: actor.organizationId,
          clientId: client.id,
          scheduledDate: planned.scheduledDate,
          date: body.to,
          movedBy: actor.userId,
          movedAt: at,
        };
        await tx
          .insert(plannedDayMoves)
          .values(values)
          .onConflictDoUpdate({ target: [plannedDayMoves.clientId, plannedDayMoves.scheduledDate], set: values });
      }
    }
    for (const row of fromRows) {
      const plan: SessionPlan = {
        ...row.plan,
        date: body.to,
        reasons: [
          ...row.plan.reasons,
          {
            ruleId: "coach.moved",
            message: `Coach moved the draft from ${body.from} to ${body.to}.`,
            inputs: { from: body.from, to: body.to, by: actor.userId },
          },
        ],
      };
      await tx
        .update(trainingSessions)
        .set({ date: body.to, plan, request: { ...row.request, date: body.to }, updatedAt: at })
        .where(and(eq(trainingSessions.id, row.id), eq(trainingSessions.organizationId, actor.organizationId)));
    }
    await recordAudit(tx, request, {
      action: "week.moved",
      entityType: "client",
      entityId: client.id,
      clientId: client.id,
      metadata: { from: body.from, to: body.to, sessions: fromRows.map((r) => r.id), planned: planned?.label ?? null },
    });
  });
}
