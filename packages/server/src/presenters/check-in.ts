import type { CheckInRecord, CheckInResult } from "@spotter/contracts";
import type { checkIns } from "../db/schema-monitoring.ts";
import type { ClientEvaluation } from "../monitoring/evaluate-client.ts";
import { checkInFromRow } from "../monitoring/load-data.ts";

/** A stored check-in as the API shows it (contracts CheckInRecord). */
export function presentCheckIn(row: typeof checkIns.$inferSelect): CheckInRecord {
  return {
    id: row.id,
    ...checkInFromRow({
      client_id: row.clientId,
      date: row.date,
      sleep_hours: row.sleepHours,
      sleep_quality: row.sleepQuality,
      fatigue: row.fatigue,
      soreness: row.soreness,
      stress: row.stress,
      mood: row.mood,
      hrv_ln_rmssd: row.hrvLnRmssd,
      resting_hr: row.restingHr,
      extra: row.extra,
    }),
  };
}

/** A submitted check-in with what monitoring made of it (contracts CheckInResult). */
export function presentCheckInResult({
  checkIn,
  evaluation,
}: {
  checkIn: typeof checkIns.$inferSelect;
  evaluation: ClientEvaluation;
}): CheckInResult {
  return {
    checkin: presentCheckIn(checkIn),
    level: evaluation.level,
    automationPaused: evaluation.automationPaused,
    readiness: evaluation.result.readiness,
    signals: evaluation.result.signals,
  };
}
