import {
  type CheckIn,
  type DailyPassInput,
  dayIndex,
  type E1rmRecord,
  isoFromDay,
  PERFORMANCE_RULES,
  SERIES_DAYS,
  type SessionRecord,
} from "@spotter/engine";
import type { Database } from "../db/open.ts";
import type { CheckInExtra, SessionDetail } from "../db/schema-monitoring.ts";

/** Days of sessions the engine reads (its longest window is 90 days of load). */
export const HISTORY_DAYS = 91;
/** Days of check-ins the engine reads (its dense readiness series). */
export const CHECK_IN_DAYS = SERIES_DAYS;
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

type PackedCheckIn = [
  string,
  number,
  number,
  number,
  number,
  number,
  number,
  number | null,
  number | null,
  CheckInExtra | null,
];
type PackedSession = [string, boolean, boolean, number | null, number | null, SessionRow["detail"]];

/** One client's row as the batch query returns it: state plus JSON-packed check-ins and sessions. */
export type RawClientRow = {
  id: string;
  organization_id: string;
  tier_id: string | null;
  red_resolved_through: string | null;
  open_rank: number | null;
  ci: string | null;
  s: string | null;
};

/** Which clients a batch read covers: explicit ids, or the next `limit` active ones after `after` (keyset). */
export type ClientSelection = { ids: readonly string[] } | { after: string; limit: number; organizationId?: string };

/**
 * Reads everything the daily pass needs for many clients in ONE query, whatever their number: per
 * client, its state, the level of its most severe open flag, and its check-ins and sessions packed
 * by PostgreSQL into JSON arrays (index range scans on (client_id, date)). One JSON string per
 * client parses far faster in Node than tens of row objects, and PostgreSQL builds it in its own
 * process, in parallel with the engine's work on the previous chunk.
 */
export async function fetchClientRows(
  database: Database,
  selection: ClientSelection,
  today: string,
): Promise<RawClientRow[]> {
  const day = dayIndex(today);
  const from = isoFromDay(day - HISTORY_DAYS + 1);
  const checkInFrom = isoFromDay(day - CHECK_IN_DAYS + 1);
  const until = isoFromDay(day + LOOKAHEAD_DAYS);
  // e1RM estimates older than the performance window are never read; leave them in the database.
  const e1rmFrom = isoFromDay(day - PERFORMANCE_RULES.windowDays);
  const params: unknown[] = [from, today, until, checkInFrom];
  let chosen: string;
  if ("ids" in selection) {
    params.push(selection.ids);
    chosen = "select id from clients where id = any($5::uuid[])";
  } else {
    params.push(selection.after, selection.limit);
    chosen = `select id from clients where status = 'active' and id > $5
      ${selection.organizationId ? "and organization_id = $7" : ""} order by id limit $6`;
    if (selection.organizationId) params.push(selection.organizationId);
  }
  params.push(e1rmFrom);
  const E1RM_PARAM = params.length;
  return database.query<RawClientRow>(
    `select c.id, c.organization_id, m.tier_id, m.red_resolved_through::text as red_resolved_through,
        (select max(case f.level when 'red' then 2 else 1 end) from flags f
          where f.client_id = c.id and f.status = 'open') as open_rank,
        (select json_agg(json_build_array(k.date::text, k.sleep_hours, k.sleep_quality, k.fatigue, k.soreness,
                k.stress, k.mood, k.hrv_ln_rmssd, k.resting_hr, k.extra))::text
           from check_ins k where k.client_id = c.id and k.date >= $4 and k.date <= $2) as ci,
        (select json_agg(json_build_array(x.date::text, x.planned, x.completed, x.duration_min, x.session_rpe,
                case when x.date >= $${E1RM_PARAM}::date then x.detail else x.detail - 'e1rms' end))::text
           from monitoring_sessions x where x.client_id = c.id and x.date >= $1 and x.date <= $3) as s
       from (${chosen}) chosen join clients c on c.id = chosen.id
       left join client_monitoring m on m.client_id = c.id`,
    params,
  );
}

export type LoadedClients = Map<string, ClientData & { openFlagLevel: "yellow" | "red" | null }>;

/** Unpacks the batch rows into the engine's input per client. Pure CPU, no I/O. */
export function parseClientRows(rows: readonly RawClientRow[], today: string): LoadedClients {
  const out: LoadedClients = new Map();
  for (const r of rows) {
    const input: DailyPassInput = { checkIns: [], sessions: [] };
    const checkIns = input.checkIns as CheckIn[];
    for (const k of (r.ci ? JSON.parse(r.ci) : []) as PackedCheckIn[]) {
      const c: CheckIn = {
        date: k[0],
        sleepHours: k[1],
        sleepQuality: k[2],
        fatigue: k[3],
        soreness: k[4],
        stress: k[5],
        mood: k[6],
      };
      if (k[7] !== null) c.hrvLnRmssd = k[7];
      if (k[8] !== null) c.restingHr = k[8];
      const extra = k[9];
      if (extra?.painReports) c.painReports = extra.painReports;
      if (extra?.redFlags) c.redFlags = extra.redFlags;
      if (extra?.note !== undefined) c.note = extra.note;
      checkIns.push(c);
    }
    for (const x of (r.s ? JSON.parse(r.s) : []) as PackedSession[]) {
      addSession(
        input,
        {
          client_id: r.id,
          date: x[0],
          planned: x[1],
          completed: x[2],
          duration_min: x[3],
          session_rpe: x[4],
          detail: x[5],
        },
        today,
      );
    }
    if (r.red_resolved_through) input.redFlagsResolvedThrough = r.red_resolved_through;
    const rank = r.open_rank === null ? 0 : Number(r.open_rank);
    out.set(r.id, {
      state: {
        clientId: r.id,
        organizationId: r.organization_id,
        tierId: r.tier_id,
        redResolvedThrough: r.red_resolved_through,
      },
      input,
      openFlagLevel: rank === 2 ? "red" : rank === 1 ? "yellow" : null,
    });
  }
  return out;
}

/** Reads and unpacks the given clients (one query). */
export async function loadClientData(database: Database, clientIds: readonly string[], today: string) {
  return parseClientRows(await fetchClientRows(database, { ids: clientIds }, today), today);
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
