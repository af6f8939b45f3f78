import type { MonitoringView } from "@spotter/contracts";
import {
  buildCheckInSeries,
  computeMonitoring,
  dailyLoadSeries,
  dayIndex,
  isoFromDay,
  readinessAt,
  SERIES_DAYS,
} from "@spotter/engine";
import type { Database } from "../db/open.ts";
import { type ClientEvaluation, evaluateClient } from "./evaluate-client.ts";
import {
  CHECK_IN_COLUMNS,
  type CheckInRow,
  type ClientData,
  checkInFromRow,
  loadClientData,
  parseWearableDays,
} from "./load-data.ts";
import { loadTiers, tierFor } from "./tiers.ts";

const SRPE_DAYS = 28;

/** Evaluate one client without writing anything (the monitoring view is computed fresh on read). */
export async function evaluateOnly(
  database: Database,
  clientId: string,
  now: string,
): Promise<{ data: ClientData; evaluation: ClientEvaluation; lastComputedAt: string | null }> {
  const data = (await loadClientData(database, [clientId], now.slice(0, 10))).get(clientId);
  if (!data) throw new Error(`client ${clientId} not found`);
  const tiers = await loadTiers(database, [data.state.organizationId]);
  const state = await database.query<{ last: string | Date | null }>(
    "select last_computed_at as last from client_monitoring where client_id = $1",
    [clientId],
  );
  const tier = tierFor(tiers.get(data.state.organizationId), data.state.tierId);
  const evaluation = evaluateClient(data, tier, data.openFlagLevel, now);
  const last = state[0]?.last;
  return {
    data,
    evaluation,
    lastComputedAt: last ? new Date(last).toISOString() : null,
  };
}

type ReadinessPoint = { date: string; score: number | null; band: string };

/**
 * `days` days of readiness ending `date`, each scored against its own baseline: the check-ins are
 * read from SERIES_DAYS before the first day shown, so the oldest point has the same look-back as today.
 */
export async function readinessHistory(
  database: Database,
  clientId: string,
  date: string,
  days: number,
): Promise<ReadinessPoint[]> {
  const end = dayIndex(date);
  const length = SERIES_DAYS + days - 1;
  const rows = await database.query<CheckInRow>(
    `select ${CHECK_IN_COLUMNS} from check_ins where client_id = $1 and date >= $2 and date <= $3 order by date`,
    [clientId, isoFromDay(end - length + 1), date],
  );
  // Wearable ln rMSSD and resting HR fill what the check-ins left empty, as in the daily pass.
  const worn = await database.query<{ w_days: string | null }>(
    `select string_agg(date::text || '|' || metric || '|' || value::text || '|' || source, ';'
        order by date, metric, source) as w_days
       from wearable_daily_metrics where client_id = $1 and metric in ('hrv_ln_rmssd', 'resting_hr_bpm')
        and date >= $2 and date <= $3`,
    [clientId, isoFromDay(end - length + 1), date],
  );
  const series = buildCheckInSeries(rows.map(checkInFromRow), end, length, parseWearableDays(worn[0]?.w_days ?? null));
  const out: ReadinessPoint[] = [];
  for (let i = length - days; i < length; i++) {
    const r = readinessAt(series, i, false);
    out.push({ date: r.date, score: r.score, band: r.band });
  }
  return out;
}

/** What the web's readiness and load charts read: every metric with its caveats and the signals. */
/** Engine result objects go out as they are; the contract types them as JSON records. */
const record = (x: object) => x as Record<string, unknown>;

/**
 * The engine marks "no value" in its dense series with NaN (e.g. the HRV 7-day mean before three
 * readings in a week); the response says null instead, so no number in it is ever NaN.
 */
const finiteOrNull = (x: object) =>
  Object.fromEntries(Object.entries(x).map(([k, v]) => [k, typeof v === "number" && !Number.isFinite(v) ? null : v]));

export function presentMonitoring(
  data: ClientData,
  e: ClientEvaluation,
  lastComputedAt: string | null,
  history: ReadinessPoint[],
): MonitoringView {
  const date = e.result.date;
  const snap = computeMonitoring(data.input, date);
  const today = dayIndex(date);
  // At least 28 days of load (ACWR's chronic window), more when a longer chart was asked for.
  const loadDays = Math.max(SRPE_DAYS, history.length);
  const { loads } = dailyLoadSeries(data.input.sessions, today, loadDays);
  const srpe = Array.from(loads, (load, i) => ({ date: isoFromDay(today - loadDays + 1 + i), load }));
  return {
    clientId: e.clientId,
    date,
    level: e.level,
    automation: {
      paused: e.automationPaused,
      reason: e.automationPaused
        ? "A red flag is open: automated changes are stopped until a coach resolves it."
        : null,
    },
    tier: e.tier.id === "00000000-0000-0000-0000-000000000000" ? null : { id: e.tier.id, name: e.tier.name },
    readiness: e.result.readiness,
    readinessRecent: snap.readinessRecent,
    readinessHistory: history,
    lowReadinessStreak: snap.lowReadinessStreak,
    hrv: finiteOrNull(snap.hrv),
    load: {
      srpe,
      acwr: record(e.result.load.acwr),
      monotony: record(e.result.load.monotony),
      weekToWeekChange: e.result.load.weekToWeekChange,
      unknownLoadDays: e.result.load.unknownLoadDays,
    },
    adherence: record(e.result.adherence),
    performance: record(e.result.performance),
    trends: {
      pain: record(snap.pain),
      soreness: record(snap.soreness),
    },
    signals: e.result.signals,
    lastComputedAt,
  };
}
