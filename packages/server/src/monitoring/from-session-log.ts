import { exposureBest, reportedE1rmKg, type SessionLog } from "@spotter/engine";
import { sql } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { Database } from "../db/open.ts";
import { monitoringSessions } from "../db/schema-monitoring.ts";
import { onSessionLogged } from "./run-pass.ts";
import { type MonitoringSessionInput, recordSessionForMonitoring } from "./sessions.ts";

/**
 * What monitoring keeps of a logged session: completion, sRPE and duration (for load), exercises
 * with their pain, and per exercise the exposure's e1RM by the engine's one rule (`exposureBest`,
 * the same number progression and the progress charts use) with the RPE of the set it came from.
 * The performance trend compares estimates at similar RPE, so an exposure whose best set was not
 * rated is not recorded.
 */
export function monitoringSessionFromLog(
  ref: string,
  log: SessionLog,
  opts: { planned?: boolean; durationMin?: number } = {},
): MonitoringSessionInput {
  const e1rms: NonNullable<MonitoringSessionInput["e1rms"]> = [];
  for (const ex of log.exercises) {
    const best = exposureBest(ex.sets, log.unit);
    if (best?.rpe !== undefined)
      e1rms.push({ exerciseId: ex.exerciseId, e1rmKg: reportedE1rmKg(best.e1rmKg), rpe: best.rpe });
  }
  return {
    ref,
    date: log.date,
    planned: opts.planned ?? true,
    completed: true,
    ...(opts.durationMin !== undefined ? { durationMin: opts.durationMin } : {}),
    ...(log.sessionRpe !== undefined ? { sessionRpe: log.sessionRpe } : {}),
    exercises: log.exercises.map((e) => ({ exerciseId: e.exerciseId, ...(e.pain ? { pain: [e.pain] } : {}) })),
    ...(e1rms.length ? { e1rms } : {}),
  };
}

/**
 * The one call the session-log route makes after its transaction commits: store what monitoring
 * needs of the log (idempotent by `ref`, e.g. the session id) and run the incremental update, so
 * pain, missed work and load show up in the client's level and the coach's queue at once.
 */
export async function recordLoggedSession(
  database: Database,
  organizationId: string,
  clientId: string,
  ref: string,
  log: SessionLog,
  opts: { planned?: boolean; durationMin?: number } = {},
) {
  await recordSessionForMonitoring(database, organizationId, clientId, [monitoringSessionFromLog(ref, log, opts)]);
  return onSessionLogged(database, clientId);
}

/**
 * Stores what monitoring keeps of a logged session inside the caller's transaction (the session-log
 * route uses it so the log and its monitoring row commit together, or neither does). Idempotent by
 * `ref`. Run `onSessionLogged` after the commit for the incremental update.
 */
export async function storeLoggedSession(
  tx: DbExecutor,
  organizationId: string,
  clientId: string,
  ref: string,
  log: SessionLog,
  opts: { planned?: boolean; durationMin?: number } = {},
): Promise<void> {
  const s = monitoringSessionFromLog(ref, log, opts);
  const values = {
    organizationId,
    clientId,
    ref,
    date: s.date,
    planned: s.planned,
    completed: s.completed,
    durationMin: s.durationMin ?? null,
    sessionRpe: s.sessionRpe ?? null,
    detail: { exercises: s.exercises, ...(s.e1rms ? { e1rms: s.e1rms } : {}) },
  };
  await tx
    .insert(monitoringSessions)
    .values(values)
    .onConflictDoUpdate({
      target: [monitoringSessions.clientId, monitoringSessions.ref],
      set: {
        date: sql`excluded.date`,
        planned: sql`excluded.planned`,
        completed: sql`excluded.completed`,
        durationMin: sql`excluded.duration_min`,
        sessionRpe: sql`excluded.session_rpe`,
        detail: sql`excluded.detail`,
      },
    });
}

/**
 * A published session is a planned one for adherence (completed against planned, missed in a row).
 * Stored in the publish transaction under the session id, so the later log (same `ref`) turns it
 * completed; never overwrites a row that exists. Today's and future planned sessions do not count
 * as missed (the engine's adherence rule).
 */
export async function storePlannedSession(
  tx: DbExecutor,
  organizationId: string,
  clientId: string,
  ref: string,
  date: string,
  durationMin?: number,
): Promise<void> {
  await tx
    .insert(monitoringSessions)
    .values({
      organizationId,
      clientId,
      ref,
      date,
      planned: true,
      completed: false,
      durationMin: durationMin && durationMin > 0 ? durationMin : null,
    })
    .onConflictDoNothing({ target: [monitoringSessions.clientId, monitoringSessions.ref] });
}
