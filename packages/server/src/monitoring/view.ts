import type { MonitoringView } from "@spotter/contracts";
import { computeMonitoring, dailyLoadSeries } from "@spotter/engine";
import type { Database } from "../db/open.ts";
import { dayIndex, isoFromDay } from "./dates.ts";
import { type ClientEvaluation, evaluateClient } from "./evaluate-client.ts";
import { type ClientData, loadClientData } from "./load-data.ts";
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

/** What the web's readiness and load charts read: every metric with its caveats and the signals. */
/** Engine result objects go out as they are; the contract types them as JSON records. */
const record = (x: object) => x as Record<string, unknown>;

export function presentMonitoring(
  data: ClientData,
  e: ClientEvaluation,
  lastComputedAt: string | null,
): MonitoringView {
  const date = e.result.date;
  const snap = computeMonitoring(data.input, date);
  const today = dayIndex(date);
  const { loads } = dailyLoadSeries(data.input.sessions, today, SRPE_DAYS);
  const srpe = Array.from(loads, (load, i) => ({ date: isoFromDay(today - SRPE_DAYS + 1 + i), load }));
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
    lowReadinessStreak: snap.lowReadinessStreak,
    hrv: record(snap.hrv),
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
