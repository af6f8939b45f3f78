import type { SessionRecord } from "@spotter/engine";
import type { Database } from "../db/open.ts";

/** A planned or logged session as monitoring reads it, plus scheduled progressions for a planned one. */
export type MonitoringSessionInput = SessionRecord & {
  /** Idempotency key from the writer (e.g. the session-log id); one row per client and ref. */
  ref: string;
  e1rms?: { exerciseId: string; e1rmKg: number; rpe: number }[];
  progressions?: { exerciseId: string; fromKg: number; toKg: number }[];
};

/**
 * Upserts sessions into the feed monitoring reads (one multi-row statement). The programming routes
 * call this when a session is planned or logged, then `onSessionLogged` for the incremental update.
 */
export async function recordSessionForMonitoring(
  database: Database,
  organizationId: string,
  clientId: string,
  sessions: readonly MonitoringSessionInput[],
): Promise<void> {
  if (!sessions.length) return;
  const rows = sessions.map((s) => ({
    organization_id: organizationId,
    client_id: clientId,
    ref: s.ref,
    date: s.date,
    planned: s.planned,
    completed: s.completed,
    duration_min: s.durationMin ?? null,
    session_rpe: s.sessionRpe ?? null,
    detail:
      s.exercises || s.e1rms || s.progressions
        ? { exercises: s.exercises, e1rms: s.e1rms, progressions: s.progressions }
        : null,
  }));
  await database.query(
    `insert into monitoring_sessions (organization_id, client_id, ref, date, planned, completed, duration_min,
        session_rpe, detail)
     select * from jsonb_to_recordset($1::jsonb) as u(organization_id uuid, client_id uuid, ref text, date date,
        planned boolean, completed boolean, duration_min real, session_rpe real, detail jsonb)
     on conflict (client_id, ref) do update set date = excluded.date, planned = excluded.planned,
        completed = excluded.completed, duration_min = excluded.duration_min, session_rpe = excluded.session_rpe,
        detail = excluded.detail`,
    [JSON.stringify(rows)],
  );
}
