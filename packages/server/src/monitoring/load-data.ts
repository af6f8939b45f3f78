import {
  type CheckIn,
  type DailyPassInput,
  dayIndex,
  type E1rmRecord,
  isoFromDay,
  PERFORMANCE_RULES,
  SERIES_DAYS,
  type SessionRecord,
  type WearableDay,
} from "@spotter/engine";
import { namedQuery } from "../db/named-query.ts";
import type { Database } from "../db/open.ts";
import type { CheckInExtra, SessionDetail } from "../db/schema-monitoring.ts";
import { numberColumn, textColumn } from "./columns.ts";
import {
  INTAKE_DAYS,
  NUTRITION_JOINS,
  NUTRITION_SELECT,
  type PassNutrition,
  parseNutrition,
  type RawNutritionColumns,
} from "./nutrition-input.ts";

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

/**
 * One client's row as the batch query returns it: its state, and its check-ins and sessions as one
 * text per column (values joined by ","; an empty field is SQL null), all columns in the same row
 * order because one aggregate node feeds every aggregate the same rows. The rare jsonb fields come
 * as JSON arrays: check-in extras only where present (with their dates), session details aligned
 * with the sessions ("null" where absent).
 */
export type RawClientRow = RawNutritionColumns & {
  id: string;
  organization_id: string;
  tier_id: string | null;
  red_resolved_through: string | null;
  open_rank: number | null;
  /** Digest of the organization's tier rows (explicit ids only; tier-cache.ts), else null. */
  tiers_sig: string | null;
  /** The stored state, so a pass writes it only when the evaluation changed it. */
  m_level: string | null;
  m_readiness: number | null;
  m_for: string | null;
  m_paused: boolean | null;
  ci_date: string | null;
  ci_sleep: string | null;
  ci_quality: string | null;
  ci_fatigue: string | null;
  ci_soreness: string | null;
  ci_stress: string | null;
  ci_mood: string | null;
  ci_hrv: string | null;
  ci_rhr: string | null;
  ci_extra: string | null;
  s_date: string | null;
  s_planned: string | null;
  s_completed: string | null;
  s_duration: string | null;
  s_rpe: string | null;
  s_detail: string | null;
  /** Wearable HRV (ln rMSSD) and resting HR: "date|metric|value|source" joined by ";" (date order). */
  w_days: string | null;
};

/** Which clients a batch read covers: explicit ids, or the next `limit` active ones after `after` (keyset). */
export type ClientSelection = { ids: readonly string[] } | { after: string; limit: number; organizationId?: string };

/** `string_agg` skips nulls; an empty field keeps the columns aligned and reads back as null. */
const col = (expr: string) => `string_agg(coalesce((${expr})::text, ''), ',')`;

/**
 * Reads everything the daily pass needs for many clients in ONE query, whatever their number: per
 * client, its state, the level of its most severe open flag, and its check-ins and sessions as
 * one text per column (index range scans on (client_id, date)). Joining a column's values is the
 * cheapest output PostgreSQL has after plain rows (no per-row JSON building, one protocol row per
 * client), and splitting a string of numbers is the cheapest input Node has (no per-row objects).
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
  const params: unknown[] = [from, today, until, checkInFrom];
  let chosen: string;
  let tiersSig = "null::text";
  if ("ids" in selection) {
    tiersSig = `(select md5(string_agg(t::text, ',' order by t.id)) from service_tiers t
      where t.organization_id = c.organization_id)`;
    // One id (the incremental update, after every check-in and log) as a scalar equality: PostgreSQL
    // then estimates one row for the generic plan as for a custom one and, after five executions
    // on a connection, keeps the generic plan. With `= any(array)` it re-planned every call
    // (~1.3 ms of planning for ~0.3 ms of execution; issue 12).
    const one = selection.ids.length === 1;
    params.push(one ? selection.ids[0] : selection.ids);
    chosen = one ? "select id from clients where id = $5::uuid" : "select id from clients where id = any($5::uuid[])";
  } else {
    params.push(selection.after, selection.limit);
    chosen = `select id from clients where status = 'active' and id > $5
      ${selection.organizationId ? "and organization_id = $7" : ""} order by id limit $6`;
    if (selection.organizationId) params.push(selection.organizationId);
  }
  const text = `select c.id, c.organization_id, m.tier_id, m.red_resolved_through::text as red_resolved_through,
        (select max(case f.level when 'red' then 2 else 1 end) from flags f
          where f.client_id = c.id and f.status = 'open') as open_rank,
        m.level as m_level, m.readiness_score as m_readiness, m.last_computed_for::text as m_for,
        m.automation_paused as m_paused, ${tiersSig} as tiers_sig, k.*, x.*, w.*, ${NUTRITION_SELECT}
       from (${chosen}) chosen join clients c on c.id = chosen.id
       left join client_monitoring m on m.client_id = c.id
       left join lateral (
         select string_agg(k.date::text, ',') as ci_date, ${col("k.sleep_hours")} as ci_sleep,
             ${col("k.sleep_quality")} as ci_quality, ${col("k.fatigue")} as ci_fatigue,
             ${col("k.soreness")} as ci_soreness, ${col("k.stress")} as ci_stress, ${col("k.mood")} as ci_mood,
             ${col("k.hrv_ln_rmssd")} as ci_hrv, ${col("k.resting_hr")} as ci_rhr,
             (json_agg(json_build_array(k.date::text, k.extra)) filter (where k.extra is not null))::text as ci_extra
           from check_ins k where k.client_id = c.id and k.date >= $4 and k.date <= $2) k on true
       left join lateral (
         select string_agg(x.date::text, ',') as s_date, string_agg(x.planned::text, ',') as s_planned,
             string_agg(x.completed::text, ',') as s_completed, ${col("x.duration_min")} as s_duration,
             ${col("x.session_rpe")} as s_rpe, '[' || string_agg(coalesce(x.detail::text, 'null'), ',') || ']' as s_detail
           from monitoring_sessions x where x.client_id = c.id and x.date >= $1 and x.date <= $3) x on true
       left join lateral (
         select string_agg(w.date::text || '|' || w.metric || '|' || w.value::text || '|' || w.source, ';'
             order by w.date, w.metric, w.source) as w_days
           from wearable_daily_metrics w where w.client_id = c.id
             and w.metric in ('hrv_ln_rmssd', 'resting_hr_bpm') and w.date >= $4 and w.date <= $2) w on true
       ${NUTRITION_JOINS}`;
  // The incremental update's read (one id) is a named statement: planning its lateral joins cost
  // more than running them. The pass's chunked reads are few per run; they stay unnamed.
  if ("ids" in selection)
    return namedQuery<RawClientRow>(
      database,
      selection.ids.length === 1 ? "spotter_monitoring_rows_one" : "spotter_monitoring_rows_by_id",
      text,
      params,
    );
  return database.query<RawClientRow>(text, params);
}

export type LoadedClient = ClientData & {
  openFlagLevel: "yellow" | "red" | null;
  /** Intake, energy target and adaptive expenditure; null without nutrition data. */
  nutrition: PassNutrition | null;
  /** The stored state row (null before the first evaluation). */
  stored: { level: string; readinessScore: number | null; computedFor: string | null; paused: boolean } | null;
};
export type LoadedClients = Map<string, LoadedClient>;

/** Unpacks one client's row into the engine's input. Pure CPU, no I/O. */
export function parseClientRow(r: RawClientRow, today: string): LoadedClient {
  const input: DailyPassInput = { checkIns: [], sessions: [] };
  const checkIns = input.checkIns as CheckIn[];
  const dates = textColumn(r.ci_date);
  if (dates.length) {
    // Not-null columns: every field is a number.
    const [sleep, quality, fatigue, soreness, stress, mood] = [
      r.ci_sleep,
      r.ci_quality,
      r.ci_fatigue,
      r.ci_soreness,
      r.ci_stress,
      r.ci_mood,
    ].map(numberColumn) as number[][];
    const hrv = numberColumn(r.ci_hrv);
    const rhr = numberColumn(r.ci_rhr);
    const extras = new Map<string, CheckInExtra>(
      r.ci_extra ? (JSON.parse(r.ci_extra) as [string, CheckInExtra][]) : [],
    );
    for (let i = 0; i < dates.length; i++) {
      const c: CheckIn = {
        date: dates[i]!,
        sleepHours: sleep![i]!,
        sleepQuality: quality![i]!,
        fatigue: fatigue![i]!,
        soreness: soreness![i]!,
        stress: stress![i]!,
        mood: mood![i]!,
      };
      const h = hrv[i] ?? null;
      if (h !== null) c.hrvLnRmssd = h;
      const rh = rhr[i] ?? null;
      if (rh !== null) c.restingHr = rh;
      const extra = extras.get(c.date);
      if (extra?.painReports) c.painReports = extra.painReports;
      if (extra?.redFlags) c.redFlags = extra.redFlags;
      if (extra?.note !== undefined) c.note = extra.note;
      checkIns.push(c);
    }
  }
  const sDates = textColumn(r.s_date);
  if (sDates.length) {
    const planned = textColumn(r.s_planned);
    const completed = textColumn(r.s_completed);
    const duration = numberColumn(r.s_duration);
    const rpe = numberColumn(r.s_rpe);
    const details = JSON.parse(r.s_detail ?? "[]") as SessionRow["detail"][];
    // e1RM estimates older than the performance window are never read (the window is inclusive).
    const e1rmFrom = isoFromDay(dayIndex(today) - PERFORMANCE_RULES.windowDays);
    for (let i = 0; i < sDates.length; i++) {
      const date = sDates[i]!;
      let detail = details[i] ?? null;
      if (detail?.e1rms && date < e1rmFrom) {
        const { e1rms: _old, ...rest } = detail;
        detail = rest;
      }
      addSession(
        input,
        {
          client_id: r.id,
          date,
          planned: planned[i] === "true",
          completed: completed[i] === "true",
          duration_min: duration[i] ?? null,
          session_rpe: rpe[i] ?? null,
          detail,
        },
        today,
      );
    }
  }
  const wearables = parseWearableDays(r.w_days);
  if (wearables.length) input.wearables = wearables;
  if (r.red_resolved_through) input.redFlagsResolvedThrough = r.red_resolved_through;
  const since = isoFromDay(dayIndex(today) - INTAKE_DAYS + 1);
  const nutrition = parseNutrition(
    r,
    today,
    input.sessions
      .filter((s) => s.completed && s.date >= since)
      .map((s) => ({ date: s.date, durationMin: s.durationMin ?? null })),
  );
  if (nutrition) {
    input.intake = nutrition.intake;
    input.intakeTargetKcal = nutrition.targetKcal;
  }
  const rank = r.open_rank === null ? 0 : Number(r.open_rank);
  return {
    state: {
      clientId: r.id,
      organizationId: r.organization_id,
      tierId: r.tier_id,
      redResolvedThrough: r.red_resolved_through,
    },
    input,
    nutrition,
    openFlagLevel: rank === 2 ? "red" : rank === 1 ? "yellow" : null,
    stored:
      r.m_level === null
        ? null
        : {
            level: r.m_level,
            readinessScore: r.m_readiness === null ? null : Number(r.m_readiness),
            computedFor: r.m_for,
            paused: r.m_paused === true,
          },
  };
}

/**
 * Wearable days for readiness: ln rMSSD (never Apple's SDNN, which is another metric) and resting
 * HR, one value per day and metric; with several sources on a day the first by name wins, so the
 * choice is deterministic.
 */
export function parseWearableDays(text: string | null): WearableDay[] {
  if (!text) return [];
  const out: WearableDay[] = [];
  const seen = new Set<string>();
  for (const item of text.split(";")) {
    const [date = "", metric = "", value, ...rest] = item.split("|");
    const v = Number(value);
    if (!Number.isFinite(v) || seen.has(`${date}|${metric}`)) continue;
    seen.add(`${date}|${metric}`);
    const source = rest.join("|");
    if (metric === "hrv_ln_rmssd") out.push({ date, hrvLnRmssd: v, source });
    else if (metric === "resting_hr_bpm") out.push({ date, restingHr: Math.round(v), source });
  }
  return out;
}

/** Unpacks the batch rows into the engine's input per client. Pure CPU, no I/O. */
export function parseClientRows(rows: readonly RawClientRow[], today: string): LoadedClients {
  const out: LoadedClients = new Map();
  for (const r of rows) out.set(r.id, parseClientRow(r, today));
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
