import type { ProgressResponse } from "@spotter/contracts";
import { type Catalog, exposureE1rm, reportedE1rmKg, type SessionLog, toKg, weekStart } from "@spotter/engine";
import { and, asc, eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { progressionStates } from "../db/schema-programming.ts";

/**
 * Progress from the logs: per exercise the session's e1RM by the engine's one rule (`exposureE1rm`:
 * best set, RTS chart for rated sets, Epley capped at 10 reps otherwise, timed sets ignored — the
 * same number progression and monitoring use), weekly working sets and
 * tonnage (completed sets with reps; kg × reps), and the stored per-exercise progression state.
 */
export async function clientProgress(
  db: DbExecutor,
  organizationId: string,
  clientId: string,
  history: readonly SessionLog[],
  catalog: Catalog,
): Promise<ProgressResponse> {
  const name = (id: string) => catalog.get(id)?.name ?? id;
  const e1rm = new Map<string, { date: string; e1rmKg: number }[]>();
  const weeks = new Map<string, { sets: number; tonnageKg: number }>();
  for (const log of history) {
    const week = weeks.get(weekStart(log.date)) ?? { sets: 0, tonnageKg: 0 };
    for (const ex of log.exercises) {
      for (const s of ex.sets) {
        if (s.completed && s.reps > 0) {
          week.sets += 1;
          week.tonnageKg += toKg(s.load ?? 0, log.unit) * s.reps;
        }
      }
      const best = exposureE1rm(ex.sets, log.unit);
      if (best > 0) {
        const points = e1rm.get(ex.exerciseId) ?? [];
        points.push({ date: log.date, e1rmKg: reportedE1rmKg(best) });
        e1rm.set(ex.exerciseId, points);
      }
    }
    weeks.set(weekStart(log.date), week);
  }
  const rows = await db
    .select({ state: progressionStates.state })
    .from(progressionStates)
    .where(and(eq(progressionStates.organizationId, organizationId), eq(progressionStates.clientId, clientId)))
    .orderBy(asc(progressionStates.exerciseId));
  return {
    clientId,
    e1rm: [...e1rm].map(([exerciseId, points]) => ({ exerciseId, name: name(exerciseId), points })),
    weeklyVolume: [...weeks]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([week, v]) => ({ week, sets: v.sets, tonnageKg: Math.round(v.tonnageKg * 10) / 10 })),
    progression: rows.map((r) => ({ ...r.state, name: name(r.state.exerciseId) })),
  };
}
