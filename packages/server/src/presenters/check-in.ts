import type { CheckInRecord } from "@spotter/contracts";
import type { checkIns } from "../db/schema-monitoring.ts";
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
