import type { Week, WeekDay, WeekPlanned, WeekResponse, WeekSession } from "@spotter/contracts";
import {
  addDays,
  type PlannedDay,
  plannedDayOn,
  type Roadmap,
  roadmapPosition,
  WEEKDAYS,
  weekStart,
} from "@spotter/engine";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import { clients } from "../db/schema.ts";
import { trainingSessions } from "../db/schema-programming.ts";
import { plannedDayMoves } from "../db/schema-week.ts";
import { portalGate } from "../safety/portal.ts";
import { isoDay } from "./clock.ts";
import { resolveClientMethod } from "./methods.ts";
import { cachedFindMethod, cachedTrainerProfileForClient } from "./org-cache.ts";
import { buildClientRoadmap, loadRoadmapRow } from "./roadmaps.ts";
import { type SessionRow, visibleSessions } from "./sessions-store.ts";

type ClientRow = typeof clients.$inferSelect;
export type MoveRow = typeof plannedDayMoves.$inferSelect;

/**
 * The roadmap the calendar reads: the saved one, else one built from the profile and the resolved
 * method starting this week's Monday (not saved; week generation drafts against the same one, see
 * generate.ts).
 */
export async function weekRoadmap(db: DbExecutor, actor: Actor, client: ClientRow, clock: Date) {
  const row = await loadRoadmapRow(db, client.id);
  if (row) return { roadmap: row.roadmap, source: "saved" as const, method: row.roadmap.method ?? null };
  const trainer = await cachedTrainerProfileForClient(db, actor.organizationId, client.id, actor.userId);
  const resolved = await resolveClientMethod(db, actor.organizationId, client, trainer, clock, cachedFindMethod);
  const roadmap = buildClientRoadmap(client.profile, trainer, weekStart(isoDay(clock)), clock, resolved?.method);
  const method = resolved ? { id: resolved.method.id, name: resolved.method.name } : null;
  return { roadmap, source: "on_the_fly" as const, method };
}

export async function loadMoves(db: DbExecutor, organizationId: string, clientId: string): Promise<MoveRow[]> {
  return db
    .select()
    .from(plannedDayMoves)
    .where(and(eq(plannedDayMoves.organizationId, organizationId), eq(plannedDayMoves.clientId, clientId)));
}

/** A calendar's planned days with the coach's moves applied: `plannedOn(date)` is what trains that date. */
export function calendar(roadmap: Roadmap, schedule: ClientRow["profile"]["schedule"], moves: readonly MoveRow[]) {
  const movedFrom = new Map(moves.map((m) => [m.scheduledDate, m]));
  const movedTo = new Map(moves.map((m) => [m.date, m]));
  const present = (p: PlannedDay, moved: boolean): WeekPlanned => ({
    scheduledDate: p.date,
    blockIndex: p.blockIndex,
    blockKind: p.blockKind,
    weekInBlock: p.weekInBlock,
    dayIndex: p.dayIndex,
    splitDays: p.splitDays,
    label: p.label,
    moved,
  });
  return {
    plannedOn(date: string): WeekPlanned | null {
      const arrived = movedTo.get(date);
      if (arrived) {
        const p = plannedDayOn(roadmap, schedule, arrived.scheduledDate);
        if (p) return present(p, true);
      }
      if (movedFrom.has(date)) return null;
      const p = plannedDayOn(roadmap, schedule, date);
      return p ? present(p, false) : null;
    },
  };
}

function presentSession(row: SessionRow): WeekSession {
  return {
    id: row.id,
    status: row.status,
    dayLabel: row.plan.dayLabel,
    estimatedMinutes: row.plan.estimatedMinutes,
    editedByCoach: row.editedByCoach,
    main: row.plan.main.filter((i) => i.role !== "ramp").map((i) => i.name),
  };
}

/**
 * The week containing `start` and the block view (that week's block and the next), for a coach or
 * the client themself (no drafts; a published session the safety gate hides is left out, as on
 * the portal's other pages).
 */
export async function loadWeek(
  db: DbExecutor,
  actor: Actor,
  client: ClientRow,
  clock: Date,
  start?: string,
): Promise<{ view: WeekResponse; rows: SessionRow[] }> {
  const today = isoDay(clock);
  const monday = weekStart(start ?? today);
  const [{ roadmap, source, method }, moves] = await Promise.all([
    weekRoadmap(db, actor, client, clock),
    loadMoves(db, actor.organizationId, client.id),
  ]);
  const cal = calendar(roadmap, client.profile.schedule, moves);
  // Before the start, roadmapPosition answers the first block (status "before").
  const position = roadmapPosition(roadmap, monday);
  const blockIndexes = [position.blockIndex, position.blockIndex + 1].filter((i) => i < roadmap.blocks.length);
  const blockMondays = blockIndexes.map((i) => {
    const b = roadmap.blocks[i]!;
    const end = addDays(b.startDate, b.weeks * 7 - 1);
    const mondays: string[] = [];
    for (let m = weekStart(b.startDate); m <= end; m = addDays(m, 7)) mondays.push(m);
    return { index: i, block: b, mondays };
  });
  const allMondays = [monday, ...blockMondays.flatMap((b) => b.mondays)].sort();
  const from = allMondays[0]!;
  const to = addDays(allMondays[allMondays.length - 1]!, 6);
  let rows = (
    await db
      .select({ row: trainingSessions })
      .from(trainingSessions)
      .innerJoin(clients, eq(clients.id, trainingSessions.clientId))
      .where(
        and(
          visibleSessions(actor),
          eq(trainingSessions.clientId, client.id),
          gte(trainingSessions.date, from),
          lte(trainingSessions.date, to),
        ),
      )
      .orderBy(asc(trainingSessions.date), asc(trainingSessions.createdAt))
  ).map((r) => r.row);
  if (actor.role === "client") {
    const gate = await portalGate(db, actor.organizationId, client.id, clock, client.name);
    const shown: SessionRow[] = [];
    for (const r of rows) if (await gate.visible(r)) shown.push(r);
    rows = shown;
  }
  const byDate = new Map<string, SessionRow[]>();
  for (const r of rows) byDate.set(r.date, [...(byDate.get(r.date) ?? []), r]);
  const weekOf = (m: string): Week => {
    const days: WeekDay[] = WEEKDAYS.map((weekday, i) => {
      const date = addDays(m, i);
      return {
        date,
        weekday,
        planned: cal.plannedOn(date),
        sessions: (byDate.get(date) ?? []).map(presentSession),
      };
    });
    // A week wholly before the roadmap has no block; one that starts before it is its first week.
    const p = addDays(m, 6) < roadmap.startDate ? null : roadmapPosition(roadmap, m);
    return {
      start: m,
      blockIndex: p?.blockIndex ?? null,
      blockKind: p ? roadmap.blocks[p.blockIndex]!.kind : null,
      weekInBlock: p?.weekInBlock ?? null,
      days,
    };
  };
  const view: WeekResponse = {
    clientId: client.id,
    today,
    roadmap: source,
    method,
    week: weekOf(monday),
    blocks: blockMondays.map(({ index, block, mondays }) => ({
      index,
      kind: block.kind,
      focus: block.focus,
      startDate: block.startDate,
      weeks: mondays.map(weekOf),
    })),
  };
  return { view, rows: rows.filter((r) => r.date >= monday && r.date <= addDays(monday, 6)) };
}
