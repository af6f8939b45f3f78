import type { CheckIn, DailyPassInput, E1rmRecord, SessionRecord } from "@spotter/engine";
import type { Database } from "../db/open.ts";
import type { CheckInExtra, SessionDetail } from "../db/schema-monitoring.ts";
import { dayIndex, isoFromDay } from "./dates.ts";

/** Days of history the engine reads (its longest window is 90 days of load). */
export const HISTORY_DAYS = 91;
/** Planned sessions this far ahead are read for scheduled progressions. */
const LOOKAHEAD_DAYS = 7;

/** The per-client state row the pass reads alongside the data. */
export type ClientState = {
  clientId: string;
  organizationId: string;
  tierId: string | null;
  redResolvedThrough: string | null;
};

export type ClientData = { state: ClientState; input: DailyPassInput };

export const CHECK_IN_COLUMNS = `client_id, date::text as date, sleep_hours, sleep_quality, fatigue, soreness, stress, mood,
  hrv_ln_rmssd, resting_hr, extra`;
export const SESSION_COLUMNS = `client_id, date::text as date, planned, completed, duration_min, session_rpe, detail`;

export type CheckInRow = {
  client_id: string;
  date: string;
  sleep_hours: number;
  sleep_quality: number;
  fatigue: number;
  soreness: number;
  stress: number;
  mood: number;
  hrv_ln_rmssd: number | null;
  resting_hr: number | null;
  extra: CheckInExtra | null;
};

type SessionRow = {
  client_id: string;
  date: string;
  planned: boolean;
  completed: boolean;
  duration_min: number | null;
  session_rpe: number | null;
  detail: (SessionDetail & { progressions?: { exerciseId: string; fromKg: number; toKg: number }[] }) | null;
};

/** A stored check-in row as the engine's CheckIn (absent optional fields left out, not null). */
export function checkInFromRow(r: CheckInRow): CheckIn {
  const c: CheckIn = {
    date: r.date,
    sleepHours: Number(r.sleep_hours),
    sleepQuality: r.sleep_quality,
    fatigue: r.fatigue,
    soreness: r.soreness,
    stress: r.stress,
    mood: r.mood,
  };
  if (r.hrv_ln_rmssd !== null) c.hrvLnRmssd = Number(r.hrv_ln_rmssd);
  if (r.resting_hr !== null) c.restingHr = r.resting_hr;
  if (r.extra?.painReports) c.painReports = r.extra.painReports;
  if (r.extra?.redFlags) c.redFlags = r.extra.redFlags;
  if (r.extra?.note !== undefined) c.note = r.extra.note;
  return c;
}

/**
 * Loads everything the daily pass needs for many clients in four queries (state, check-ins,
 * sessions), whatever the number of clients: one round trip per table per chunk, never per client.
 */
export async function loadClientData(
  database: Database,
  clientIds: readonly string[],
  today: string,
): Promise<Map<string, ClientData>> {
  const day = dayIndex(today);
  const from = isoFromDay(day - HISTORY_DAYS + 1);
  const until = isoFromDay(day + LOOKAHEAD_DAYS);
  const states = await database.query<{
    id: string;
    organization_id: string;
    tier_id: string | null;
    red_resolved_through: string | null;
  }>(
    `select c.id, c.organization_id, m.tier_id, m.red_resolved_through::text as red_resolved_through
       from clients c left join client_monitoring m on m.client_id = c.id
      where c.id = any($1::uuid[])`,
    [clientIds],
  );
  const out = new Map<string, ClientData>();
  for (const s of states) {
    out.set(s.id, {
      state: {
        clientId: s.id,
        organizationId: s.organization_id,
        tierId: s.tier_id,
        redResolvedThrough: s.red_resolved_through,
      },
      input: { checkIns: [], sessions: [] },
    });
  }
  const checkIns = await database.query<CheckInRow>(
    `select ${CHECK_IN_COLUMNS} from check_ins where client_id = any($1::uuid[]) and date >= $2 and date <= $3`,
    [clientIds, from, today],
  );
  for (const r of checkIns) (out.get(r.client_id)?.input.checkIns as CheckIn[] | undefined)?.push(checkInFromRow(r));
  const sessions = await database.query<SessionRow>(
    `select ${SESSION_COLUMNS} from monitoring_sessions where client_id = any($1::uuid[]) and date >= $2 and date <= $3`,
    [clientIds, from, until],
  );
  for (const r of sessions) {
    const data = out.get(r.client_id);
    if (data) addSession(data.input, r, today);
  }
  for (const data of out.values()) {
    if (data.state.redResolvedThrough) data.input.redFlagsResolvedThrough = data.state.redResolvedThrough;
  }
  return out;
}

function addSession(input: DailyPassInput, r: SessionRow, today: string): void {
  if (r.date > today) {
    // A future planned session: its scheduled progressions become proposals (the nearest one wins).
    const next = r.detail?.progressions;
    if (next?.length && !input.plan?.progressions) input.plan = { ...input.plan, progressions: next };
    return;
  }
  const s: SessionRecord = { date: r.date, planned: r.planned, completed: r.completed };
  if (r.duration_min !== null) s.durationMin = Number(r.duration_min);
  if (r.session_rpe !== null) s.sessionRpe = Number(r.session_rpe);
  if (r.detail?.exercises) s.exercises = r.detail.exercises;
  (input.sessions as SessionRecord[]).push(s);
  if (r.detail?.e1rms?.length) {
    const e1rms = (input.e1rms ?? []) as E1rmRecord[];
    for (const e of r.detail.e1rms)
      e1rms.push({ date: r.date, exerciseId: e.exerciseId, e1rmKg: e.e1rmKg, rpe: e.rpe });
    input.e1rms = e1rms;
  }
  if (r.date === today && r.planned && !r.completed && r.detail?.progressions?.length && !input.plan?.progressions)
    input.plan = { ...input.plan, progressions: r.detail.progressions };
}
