import { dayIndex } from "../core/dates.ts";
import { type HrvBaseline, hrvBaseline } from "../readiness/baselines.ts";
import type { CheckIn, PainReport } from "../readiness/check-in.ts";
import { type Readiness, type ReadinessBand, readinessAt } from "../readiness/score.ts";
import { buildCheckInSeries, type CheckInSeries, SERIES_DAYS, type WearableDay } from "../readiness/series.ts";
import { type Acwr, ewmaAcwr } from "./acwr.ts";
import { type Adherence, adherence } from "./adherence.ts";
import { type IntakeAdherence, type IntakeRecord, intakeAdherence } from "./intake-adherence.ts";
import { dailyLoadSeries, type LoadEvidence, loadEvidence } from "./load.ts";
import { type MonotonyStrain, monotonyAndStrain, weekToWeekChange } from "./monotony.ts";
import {
  collectPainEvents,
  PAIN_RULES,
  type PainAfterNewExercise,
  painAfterNewExercise,
  type RepeatedPain,
  repeatedPain,
} from "./pain.ts";
import { type PerformanceTrend, performanceTrend } from "./performance.ts";
import { type Persistence, type PersistenceRule, persistence } from "./persistence.ts";
import type { BodyMassRecord, E1rmRecord, FirstExposure, SessionRecord } from "./records.ts";
import { hooperStaleness, type PersistentSoreness, persistentSoreness, type Staleness } from "./soreness.ts";
import { type WeightTrend, weightTrend } from "./weight.ts";

/**
 * Everything the engine needs about one client, as plain arrays of database rows. Order does not
 * matter. Only the last MONITORING_WINDOW_DAYS (90) days are read, so a server may pass just those.
 */
export type ClientMonitoringData = {
  checkIns: readonly CheckIn[];
  sessions: readonly SessionRecord[];
  e1rms?: readonly E1rmRecord[];
  /** First-ever date per exercise; without it "new exercise" is judged from the data given. */
  firstExposures?: readonly FirstExposure[];
  bodyMass?: readonly BodyMassRecord[];
  /** Logged daily intake and the energy target in force (nutrition adherence; optional). */
  intake?: readonly IntakeRecord[];
  intakeTargetKcal?: number | null;
  /** Wearable HRV (ln rMSSD) and resting HR per day; fill days the check-in left empty. */
  wearables?: readonly WearableDay[];
};

export type LoadSummary = {
  acwr: Acwr;
  monotony: MonotonyStrain;
  /** Fractional change of the last 7 days' load against the 7 before; null when the week before was empty. */
  weekToWeekChange: number | null;
  /** Completed sessions in the window with no RPE or duration (their load is unknown). */
  unknownLoadDays: number;
  /** Weekly loads and the recent days behind any spike. */
  evidence: LoadEvidence;
};

export type MonitoringSnapshot = {
  date: string;
  readiness: Readiness;
  /** The last 7 days, oldest first (score null on days without a check-in). */
  readinessRecent: { date: string; score: number | null; band: ReadinessBand }[];
  /** Consecutive days ending today with readiness low or very low. */
  lowReadinessStreak: number;
  /** Low readiness as a persistence rule: 3 days in a row or 4 of the last 7 (READINESS_PERSISTENCE). */
  lowReadiness: Persistence;
  hrv: HrvBaseline;
  sleepHours: number | null;
  load: LoadSummary;
  adherence: Adherence;
  /** Logged intake against the energy target (empty without intake data). */
  intakeAdherence: IntakeAdherence;
  performance: PerformanceTrend;
  pain: { today: readonly PainReport[]; repeated: RepeatedPain[]; afterNewExercise: PainAfterNewExercise[] };
  soreness: { persistent: PersistentSoreness; staleness: Staleness };
  weight: WeightTrend;
  /** The dense check-in series the snapshot was computed from (reused by triage). */
  series: CheckInSeries;
};

/**
 * Days of rows the engine reads before `date` (load EWMA warm-up; the HRV normal needs 67). A server
 * loads `date − MONITORING_WINDOW_DAYS` onward; older rows are ignored anyway. First-exposure dates
 * of exercises should come from `firstExposures`, since they may predate the window.
 */
export const MONITORING_WINDOW_DAYS = 90;
const LOAD_DAYS = MONITORING_WINDOW_DAYS;
/**
 * Low readiness that persists: 3 days in a row, or 4 of the last 7 days (so one missed check-in does
 * not reset it). Engine heuristic: subjective wellness tracks accumulated load more consistently than
 * single readings (Saw, Main & Gastin, BJSM 2016;50:281-291), and the 2-3 day runs follow the HRV
 * guidance of Kiviniemi et al. (Eur J Appl Physiol 2007;101:743-751: a 2-day decreasing trend).
 */
export const READINESS_PERSISTENCE = { consecutive: 3, nOfM: { n: 4, m: 7 } } as const satisfies PersistenceRule;
const STREAK_DAYS = READINESS_PERSISTENCE.nOfM.m;

/** Compute every monitoring metric of one client for the day `date` (ISO). Pure and O(rows). */
export function computeMonitoring(data: ClientMonitoringData, date: string): MonitoringSnapshot {
  const today = dayIndex(date);
  data = recentOnly(data, today);
  const series = buildCheckInSeries(data.checkIns, today, SERIES_DAYS, data.wearables);
  const last = series.length - 1;
  const readinessRecent: MonitoringSnapshot["readinessRecent"] = [];
  let readiness: Readiness | undefined;
  for (let i = last - STREAK_DAYS + 1; i <= last; i++) {
    const r = readinessAt(series, i, i === last);
    readinessRecent.push({ date: r.date, score: r.score, band: r.band });
    if (i === last) readiness = r;
  }
  const lowReadiness = persistence(
    readinessRecent.map((r) => (r.band === "no_data" ? null : r.band === "low" || r.band === "very_low")),
    readinessRecent.map((r) => r.date),
    READINESS_PERSISTENCE,
  );
  const lowReadinessStreak = lowReadiness.run;

  const { loads, unknownLoadDays } = dailyLoadSeries(data.sessions, today, LOAD_DAYS);
  let dataStart = Number.POSITIVE_INFINITY;
  for (const s of data.sessions) {
    const d = dayIndex(s.date);
    if (d < dataStart) dataStart = d;
  }
  const fromIndex = Number.isFinite(dataStart) ? Math.max(0, dataStart - (today - LOAD_DAYS + 1)) : LOAD_DAYS;

  const painFrom = today - (PAIN_RULES.newExerciseDays + PAIN_RULES.painFreeBeforeDays);
  const events = collectPainEvents(data.checkIns, data.sessions, painFrom, today);
  const sleep = series.sleepHours[last]!;
  return {
    date: date.slice(0, 10),
    readiness: readiness!,
    readinessRecent,
    lowReadinessStreak,
    lowReadiness,
    hrv: hrvBaseline(series, last),
    sleepHours: Number.isNaN(sleep) ? null : sleep,
    load: {
      acwr: ewmaAcwr(loads, fromIndex),
      monotony: monotonyAndStrain(loads),
      weekToWeekChange: weekToWeekChange(loads),
      unknownLoadDays,
      evidence: loadEvidence(loads, fromIndex, today),
    },
    adherence: adherence(data.sessions, today),
    intakeAdherence: intakeAdherence(data.intake ?? [], data.intakeTargetKcal ?? null, today),
    performance: performanceTrend(data.e1rms ?? [], today),
    pain: {
      today: series.records[last]?.painReports ?? [],
      repeated: repeatedPain(events, today),
      afterNewExercise: painAfterNewExercise(
        events,
        data.sessions,
        data.firstExposures,
        today,
        Number.isFinite(dataStart) ? dataStart : today,
      ),
    },
    soreness: { persistent: persistentSoreness(series, last), staleness: hooperStaleness(series, last) },
    weight: weightTrend(data.bodyMass ?? [], today),
    series,
  };
}

/** Drop rows older than the longest window (one date parse per row), so later passes touch fewer. */
function recentOnly(data: ClientMonitoringData, today: number): ClientMonitoringData {
  const from = today - LOAD_DAYS;
  const keep = <T extends { date: string }>(rows: readonly T[]) => {
    let all = true;
    for (const r of rows) {
      if (dayIndex(r.date) < from) {
        all = false;
        break;
      }
    }
    return all ? rows : rows.filter((r) => dayIndex(r.date) >= from);
  };
  const out: ClientMonitoringData = { checkIns: keep(data.checkIns), sessions: keep(data.sessions) };
  if (data.e1rms) out.e1rms = keep(data.e1rms);
  if (data.firstExposures) out.firstExposures = data.firstExposures;
  if (data.bodyMass) out.bodyMass = data.bodyMass;
  if (data.intake) out.intake = data.intake;
  if (data.intakeTargetKcal !== undefined) out.intakeTargetKcal = data.intakeTargetKcal;
  if (data.wearables) out.wearables = data.wearables;
  return out;
}
