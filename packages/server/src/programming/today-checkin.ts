import {
  type BodyRegion,
  buildCheckInSeries,
  type CheckIn,
  dayIndex,
  hrvBaseline,
  isoFromDay,
  type Reason,
  SERIES_DAYS,
  type TodayReadiness,
} from "@spotter/engine";
import { and, eq, gte, lte } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { runNamed } from "../db/named-query.ts";
import { checkIns } from "../db/schema-monitoring.ts";

/** What the day's stored check-in says for drafting: readiness, pain to respect, and the reason. */
export type TodayCheckIn = {
  date: string;
  readiness: TodayReadiness;
  newPain: { region: BodyRegion; severity: number }[];
  reason: Reason;
};

/**
 * Soreness is asked on the 1-7 Hooper scale (1 = very, very good; 7 = very, very bad; Hooper &
 * Mackinnon, Sports Med 1995) and the engine's readiness rule reads 0-10: rescaled linearly,
 * 1 → 0, 4 → 5, 7 → 10 (one decimal), so only "very bad" or worse (≥ 6 → 8.3) crosses the rule's 7.
 */
export const sorenessTo10 = (hooper: number) => Math.round(((hooper - 1) / 6) * 100) / 10;

/**
 * The client's stored check-in for `date`, read as the draft's readiness (sleep hours, soreness,
 * HRV against the client's own normal band — the same 7-day-mean rule monitoring uses, so it is
 * "below" only once a 4-week baseline exists) and the pain it reported. Null when there is none.
 * One indexed read of the client's check-ins over the HRV baseline's look-back.
 */
export async function loadTodayCheckIn(
  db: DbExecutor,
  organizationId: string,
  clientId: string,
  date: string,
): Promise<TodayCheckIn | null> {
  const end = dayIndex(date);
  // Named prepared statement (db/named-query.ts): every draft reads it.
  const rows = await runNamed(
    db
      .select()
      .from(checkIns)
      .where(
        and(
          eq(checkIns.organizationId, organizationId),
          eq(checkIns.clientId, clientId),
          gte(checkIns.date, isoFromDay(end - SERIES_DAYS + 1)),
          lte(checkIns.date, date),
        ),
      ),
    "spotter_draft_checkins",
  );
  const today = rows.find((r) => r.date === date);
  if (!today) return null;
  // Only the HRV readings matter for the band; the series is the engine's, as monitoring builds it.
  const history: CheckIn[] = rows.map((r) => ({
    date: r.date,
    sleepHours: r.sleepHours,
    sleepQuality: r.sleepQuality,
    fatigue: r.fatigue,
    soreness: r.soreness,
    stress: r.stress,
    mood: r.mood,
    ...(r.hrvLnRmssd !== null ? { hrvLnRmssd: r.hrvLnRmssd } : {}),
  }));
  const series = buildCheckInSeries(history, end);
  const hrv = hrvBaseline(series, series.length - 1);
  const hrvStatus = hrv.position === "unknown" ? undefined : hrv.position;
  const readiness: TodayReadiness = {
    sleepHours: today.sleepHours,
    soreness: sorenessTo10(today.soreness),
    ...(hrvStatus ? { hrvStatus } : {}),
  };
  const newPain = (today.extra?.painReports ?? [])
    .filter((p) => p.severity > 0)
    .map((p) => ({ region: p.region, severity: p.severity }));
  const parts = [
    `sleep ${today.sleepHours} h`,
    `soreness ${today.soreness}/7`,
    hrvStatus ? `HRV ${hrvStatus} your normal band` : "HRV baseline not ready or no reading",
    ...newPain.map((p) => `${p.region.replaceAll("_", " ")} pain ${p.severity}/10`),
  ];
  return {
    date,
    readiness,
    newPain,
    reason: {
      ruleId: "checkin.today",
      message: `Shaped by the check-in of ${date}: ${parts.join(", ")}.`,
      inputs: {
        checkInDate: date,
        sleepHours: today.sleepHours,
        soreness1to7: today.soreness,
        soreness0to10: readiness.soreness ?? null,
        hrvStatus: hrvStatus ?? null,
        hrv7DayMean: Number.isNaN(hrv.rolling7) ? null : Math.round(hrv.rolling7 * 1000) / 1000,
        painReports: newPain.length,
      },
      thresholds: { hrvBaselineDays: hrv.days },
    },
  };
}
