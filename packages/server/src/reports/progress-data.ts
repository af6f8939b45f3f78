/**
 * What the progress report shows, gathered for one client and period (issue 15): the week-by-week
 * figures the weekly check-in review already computes (sessions done against planned, readiness
 * scores, open flags; `gatherWeek`), the e1RM of the main lifts by the engine's one rule (the same
 * numbers as the progress charts), the smoothed body-weight trend and its weekly rate (Hacker's
 * Diet EWMA, engine `smoothWeights`), the flags raised in the period, and the coach's replies to
 * the weekly check-ins. Everything is scoped to the client's organization; nothing is written.
 */
import { addDays, type Catalog, type SessionLog, smoothWeights, weekStart } from "@spotter/engine";
import { and, asc, eq, gte, isNotNull, lt } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { clients } from "../db/schema.ts";
import { flags, monitoringSessions } from "../db/schema-monitoring.ts";
import { bodyMeasurements } from "../db/schema-nutrition.ts";
import { weeklyCheckIns } from "../db/schema-weekly-checkins.ts";
import { clientProgress } from "../programming/progress.ts";
import { gatherWeek } from "../weekly-checkins/gather.ts";

type ClientRow = typeof clients.$inferSelect;

/** Main lifts charted: the most-trained exercises with an e1RM in the period. */
export const MAIN_LIFTS = 4;
/** Weigh-ins before the period that seed the trend, so its first points are not just one reading. */
const TREND_LEAD_DAYS = 28;

export type ReportWeek = {
  weekStart: string;
  planned: number;
  /** Planned sessions that were logged. */
  done: number;
  /** Logged sessions that were not planned (imported history, extra sessions). */
  extra: number;
  /** Mean readiness score (0-100) of the week's check-ins, null without any. */
  readiness: number | null;
  checkIns: number;
};

export type LiftSeries = {
  exerciseId: string;
  name: string;
  points: { date: string; e1rmKg: number }[];
  /** Last minus first e1RM in the period (kg). */
  changeKg: number;
};

export type ProgressReportData = {
  client: { id: string; name: string };
  period: { from: string; to: string; weeks: number };
  weeks: ReportWeek[];
  totals: { planned: number; done: number; extra: number; adherencePct: number | null; checkIns: number };
  lifts: LiftSeries[];
  weight: {
    points: { date: string; kg: number; trendKg: number }[];
    trendKg: number | null;
    kgPerWeek: number | null;
    pctPerWeek: number | null;
  } | null;
  flags: { raised: { red: number; yellow: number }; kinds: { kind: string; level: string; count: number }[] };
  openFlags: { red: number; amber: number };
  coachNotes: { weekStart: string; body: string }[];
};

/**
 * The report period: `weeks` whole weeks (Monday to Sunday) ending with the week that holds `to`.
 * `from` is the first Monday, `to` the last Sunday (inclusive).
 */
export function reportPeriod(to: string, weeks: number): { from: string; to: string; weeks: number } {
  const lastMonday = weekStart(to);
  return { from: addDays(lastMonday, -7 * (weeks - 1)), to: addDays(lastMonday, 6), weeks };
}

export async function gatherProgressReport(
  db: DbExecutor,
  client: ClientRow,
  period: { from: string; to: string; weeks: number },
  history: readonly SessionLog[],
  catalog: Catalog,
): Promise<ProgressReportData> {
  const org = client.organizationId;
  const end = addDays(period.to, 1);
  const sessions = await db
    .select({
      date: monitoringSessions.date,
      planned: monitoringSessions.planned,
      completed: monitoringSessions.completed,
    })
    .from(monitoringSessions)
    .where(
      and(
        eq(monitoringSessions.organizationId, org),
        eq(monitoringSessions.clientId, client.id),
        gte(monitoringSessions.date, period.from),
        lt(monitoringSessions.date, end),
      ),
    );
  const weeks: ReportWeek[] = [];
  let openFlags = { red: 0, amber: 0 };
  for (let i = 0; i < period.weeks; i++) {
    const start = addDays(period.from, 7 * i);
    // Readiness scores and open flags as the weekly check-in review computes them.
    const w = await gatherWeek(db, client, start);
    openFlags = w.openFlags;
    const own = sessions.filter((s) => s.date >= start && s.date < addDays(start, 7));
    weeks.push({
      weekStart: start,
      planned: own.filter((s) => s.planned).length,
      done: own.filter((s) => s.planned && s.completed).length,
      extra: own.filter((s) => !s.planned && s.completed).length,
      readiness: w.readiness.length ? Math.round(w.readiness.reduce((a, b) => a + b, 0) / w.readiness.length) : null,
      checkIns: w.readiness.length,
    });
  }
  const planned = weeks.reduce((n, w) => n + w.planned, 0);
  const done = weeks.reduce((n, w) => n + w.done, 0);
  const extra = weeks.reduce((n, w) => n + w.extra, 0);

  const inPeriod = history.filter((h) => h.date >= period.from && h.date < end);
  const progress = await clientProgress(db, org, client.id, inPeriod, catalog);
  const lifts = progress.e1rm
    .filter((l) => l.points.length > 0)
    .sort((a, b) => b.points.length - a.points.length || a.name.localeCompare(b.name))
    .slice(0, MAIN_LIFTS)
    .map((l) => {
      const points = [...l.points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const first = points[0]?.e1rmKg ?? 0;
      const last = points.at(-1)?.e1rmKg ?? 0;
      return { exerciseId: l.exerciseId, name: l.name, points, changeKg: Math.round((last - first) * 10) / 10 };
    });

  const weighIns = await db
    .select({ date: bodyMeasurements.date, kg: bodyMeasurements.weightKg })
    .from(bodyMeasurements)
    .where(
      and(
        eq(bodyMeasurements.organizationId, org),
        eq(bodyMeasurements.clientId, client.id),
        isNotNull(bodyMeasurements.weightKg),
        gte(bodyMeasurements.date, addDays(period.from, -TREND_LEAD_DAYS)),
        lt(bodyMeasurements.date, end),
      ),
    )
    .orderBy(asc(bodyMeasurements.date));
  const readings = weighIns.flatMap((r) => (r.kg === null ? [] : [{ date: r.date, kg: r.kg }]));
  const trend = readings.length ? smoothWeights(readings) : null;
  const weightPoints = trend?.points.filter((p) => p.date >= period.from) ?? [];
  const weight =
    trend && weightPoints.length
      ? { points: weightPoints, trendKg: trend.trendKg, kgPerWeek: trend.kgPerWeek, pctPerWeek: trend.pctPerWeek }
      : null;

  const raisedRows = await db
    .select({ kind: flags.kind, level: flags.level })
    .from(flags)
    .where(
      and(
        eq(flags.organizationId, org),
        eq(flags.clientId, client.id),
        gte(flags.createdAt, new Date(`${period.from}T00:00:00Z`)),
        lt(flags.createdAt, new Date(`${end}T00:00:00Z`)),
      ),
    );
  const kinds = new Map<string, { kind: string; level: string; count: number }>();
  for (const r of raisedRows) {
    const k = kinds.get(`${r.level}|${r.kind}`) ?? { kind: r.kind, level: r.level, count: 0 };
    k.count += 1;
    kinds.set(`${r.level}|${r.kind}`, k);
  }

  const replies = await db
    .select({ weekStart: weeklyCheckIns.weekStart, body: weeklyCheckIns.replyBody })
    .from(weeklyCheckIns)
    .where(
      and(
        eq(weeklyCheckIns.organizationId, org),
        eq(weeklyCheckIns.clientId, client.id),
        isNotNull(weeklyCheckIns.replyBody),
        gte(weeklyCheckIns.weekStart, period.from),
        lt(weeklyCheckIns.weekStart, end),
      ),
    )
    .orderBy(asc(weeklyCheckIns.weekStart));

  return {
    client: { id: client.id, name: client.name },
    period,
    weeks,
    totals: {
      planned,
      done,
      extra,
      adherencePct: planned > 0 ? Math.round((done / planned) * 100) : null,
      checkIns: weeks.reduce((n, w) => n + w.checkIns, 0),
    },
    lifts,
    weight,
    flags: {
      raised: {
        red: raisedRows.filter((r) => r.level === "red").length,
        yellow: raisedRows.filter((r) => r.level === "yellow").length,
      },
      kinds: [...kinds.values()].sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    },
    openFlags,
    coachNotes: replies.flatMap((r) => (r.body ? [{ weekStart: r.weekStart, body: r.body }] : [])),
  };
}
