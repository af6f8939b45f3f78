import { addDays, type CheckIn, readinessScore, type WeekInput } from "@spotter/engine";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { clients } from "../db/schema.ts";
import { checkIns, flags, monitoringSessions } from "../db/schema-monitoring.ts";
import { bodyMeasurements } from "../db/schema-nutrition.ts";

type ClientRow = typeof clients.$inferSelect;

/** Readiness needs a baseline: four weeks of check-ins before the week (McLean et al. 2010, IJSPP 5:367). */
const BASELINE_DAYS = 28;

/**
 * The week's data for engine `summarizeWeek`, read from monitoring (sessions, sRPE load, check-ins,
 * flags) and nutrition (weights), all scoped to the client's organization. `weekStart` is a Monday.
 */
export async function gatherWeek(
  db: DbExecutor,
  client: ClientRow,
  weekStart: string,
): Promise<Omit<WeekInput, "answers">> {
  const org = client.organizationId;
  const weekEnd = addDays(weekStart, 7);
  const prevStart = addDays(weekStart, -7);
  const sessions = await db
    .select()
    .from(monitoringSessions)
    .where(
      and(
        eq(monitoringSessions.organizationId, org),
        eq(monitoringSessions.clientId, client.id),
        gte(monitoringSessions.date, prevStart),
        lt(monitoringSessions.date, weekEnd),
      ),
    );
  const thisWeek = sessions.filter((s) => s.date >= weekStart);
  const load = (rows: typeof sessions) =>
    rows.some((s) => s.completed && s.sessionRpe !== null && s.durationMin !== null)
      ? rows.reduce((sum, s) => sum + (s.completed ? (s.sessionRpe ?? 0) * (s.durationMin ?? 0) : 0), 0)
      : null;

  const ciRows = await db
    .select()
    .from(checkIns)
    .where(
      and(
        eq(checkIns.organizationId, org),
        eq(checkIns.clientId, client.id),
        gte(checkIns.date, addDays(weekStart, -BASELINE_DAYS)),
        lt(checkIns.date, weekEnd),
      ),
    )
    .orderBy(checkIns.date);
  const history: CheckIn[] = ciRows.map((r) => ({
    date: r.date,
    sleepHours: r.sleepHours,
    sleepQuality: r.sleepQuality,
    fatigue: r.fatigue,
    soreness: r.soreness,
    stress: r.stress,
    mood: r.mood,
  }));
  const weekCheckIns = ciRows.filter((r) => r.date >= weekStart);
  const readiness = weekCheckIns
    .map((r) => readinessScore(history, { date: r.date }).score)
    .filter((s): s is number => s !== null);
  const painFromCheckIns = weekCheckIns.reduce((n, r) => n + (r.extra?.painReports?.length ?? 0), 0);
  const painFromSessions = thisWeek.reduce(
    (n, s) => n + (s.detail?.exercises ?? []).reduce((m, e) => m + (e.pain?.length ?? 0), 0),
    0,
  );

  const weights = await db
    .select({ kg: bodyMeasurements.weightKg })
    .from(bodyMeasurements)
    .where(
      and(
        eq(bodyMeasurements.organizationId, org),
        eq(bodyMeasurements.clientId, client.id),
        gte(bodyMeasurements.date, prevStart),
        lt(bodyMeasurements.date, weekEnd),
      ),
    )
    .orderBy(bodyMeasurements.date);

  const [open] = await db
    .select({
      red: sql<number>`count(*) filter (where ${flags.level} = 'red')`.mapWith(Number),
      amber: sql<number>`count(*) filter (where ${flags.level} = 'yellow')`.mapWith(Number),
    })
    .from(flags)
    .where(and(eq(flags.organizationId, org), eq(flags.clientId, client.id), eq(flags.status, "open")));

  const goal = client.profile.goals.primary;
  return {
    weekStart,
    sessionsPlanned: thisWeek.filter((s) => s.planned).length,
    sessionsDone: thisWeek.filter((s) => s.completed).length,
    loadThisWeek: load(thisWeek),
    loadPreviousWeek: load(sessions.filter((s) => s.date < weekStart)),
    readiness,
    weightsKg: weights.map((w) => w.kg).filter((kg): kg is number => kg !== null),
    weightGoal: goal === "fat_loss" ? "lose" : goal === "hypertrophy" ? "gain" : "none",
    painReports: painFromCheckIns + painFromSessions,
    openFlags: { red: open?.red ?? 0, amber: open?.amber ?? 0 },
  };
}
