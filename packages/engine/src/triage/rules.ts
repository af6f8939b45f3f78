import { ACWR_CAVEATS, ACWR_THRESHOLDS } from "../monitoring/acwr.ts";
import { MONOTONY_HIGH, WEEKLY_INCREASE_CAUTION } from "../monitoring/monotony.ts";
import { PAIN_RULES } from "../monitoring/pain.ts";
import { PERFORMANCE_RULES } from "../monitoring/performance.ts";
import type { MonitoringSnapshot } from "../monitoring/snapshot.ts";
import { SORENESS_RULES } from "../monitoring/soreness.ts";
import { round } from "../monitoring/stats.ts";
import { RED_FLAG_RULES } from "./red-flags.ts";
import type { MonitoringSignalKind, TriageLevel, TriageSignal } from "./signal.ts";

export const TRIAGE_RULES = {
  readinessStreakDays: 3,
  shortSleepHours: 6,
  missedSessions14: 3,
  missedInARow: 3,
  adherenceRatioLow: 0.5,
  /** Fatigue counts as "high" at ≥ 5/7 or z ≥ 1 against the client's 28-day normal. */
  fatigueHighValue: 5,
  fatigueHighZ: 1,
  moderatePain: 4,
} as const;

type Draft = Omit<TriageSignal, "dueAt">;

/**
 * Yellow and green signals from the monitoring snapshot. Design rules: a single noisy metric is at
 * most green (information for the coach); yellow needs a clear pattern (a streak, repeated pain,
 * a drop across exposures) or two metrics that agree — ACWR in particular never escalates alone.
 */
export function monitoringSignals(m: MonitoringSnapshot): Draft[] {
  const out: Draft[] = [];
  const d = m.date;
  const sig = (
    kind: MonitoringSignalKind,
    level: TriageLevel,
    ruleId: string,
    evidence: Draft["evidence"],
    message: string,
    recommendedAction: string,
    subject = "",
  ) =>
    out.push({
      id: `${kind}:${d}${subject ? `:${subject}` : ""}`,
      kind,
      level,
      ruleId,
      evidence,
      message,
      recommendedAction,
      source: "computed",
    });

  const r = m.readiness;
  const fatigue = m.series.fatigue[m.series.length - 1]!;
  const fatigueDriver = r.drivers.find((x) => x.item === "fatigue" && x.effect === "negative");
  const fatigueHigh = fatigue >= TRIAGE_RULES.fatigueHighValue || (fatigueDriver?.z ?? 0) <= -TRIAGE_RULES.fatigueHighZ;
  const readinessLow = r.band === "low" || r.band === "very_low";
  const topDrivers = r.drivers.slice(0, 3).map((x) => x.message);

  if (r.score !== null && readinessLow) {
    sig(
      "low_readiness",
      r.band === "very_low" ? "yellow" : "green",
      `readiness.${r.band}`,
      { inputs: { score: r.score, band: r.band }, thresholds: { low: 55, veryLow: 40 }, dates: [d] },
      `Readiness ${r.score}/100 (${r.band.replace("_", " ")}) today. ${topDrivers.join(" ")}`.trim(),
      r.band === "very_low"
        ? "Consider a lighter day or rest; check in with the client."
        : "Hold loads today rather than progress.",
    );
  }
  if (m.lowReadinessStreak >= TRIAGE_RULES.readinessStreakDays) {
    const dates = m.readinessRecent.slice(-m.lowReadinessStreak).map((x) => x.date);
    sig(
      "readiness_streak",
      "yellow",
      "readiness.low_streak",
      { inputs: { days: m.lowReadinessStreak }, thresholds: { days: TRIAGE_RULES.readinessStreakDays }, dates },
      `Readiness has been low for ${m.lowReadinessStreak} days in a row; accumulated fatigue may be building.`,
      "Review the week: a deload or lighter sessions may help. Ask how sleep, stress and life load are going.",
    );
  }

  const sleep = m.sleepHours;
  const shortSleep = sleep !== null && sleep <= TRIAGE_RULES.shortSleepHours;
  const hrvBelow = m.hrv.position === "below";
  const hrvInputs = {
    hrv7dMean: round(m.hrv.rolling7, 3),
    hrvBaselineMean: round(m.hrv.mean, 3),
    hrvSwc: round(m.hrv.swc, 3),
  };
  if (shortSleep && hrvBelow) {
    sig(
      "sleep_and_hrv",
      "yellow",
      "recovery.short_sleep_with_low_hrv",
      {
        inputs: { sleepHours: sleep, ...hrvInputs },
        thresholds: { sleepHours: TRIAGE_RULES.shortSleepHours, hrvLowerBand: round(m.hrv.mean - m.hrv.swc, 3) },
        dates: [d],
      },
      `Short sleep (${sleep} h) and HRV below the client's normal band point the same way; recovery may be reduced.`,
      "Swap today's hard session for an easy one or rest; check again tomorrow.",
    );
  } else if (shortSleep) {
    sig(
      "short_sleep",
      "green",
      "recovery.short_sleep",
      { inputs: { sleepHours: sleep }, thresholds: { sleepHours: TRIAGE_RULES.shortSleepHours }, dates: [d] },
      `Slept ${sleep} h; one short night may lower performance a little.`,
      "No change needed on its own; keep an eye on the trend.",
    );
  } else if (hrvBelow) {
    sig(
      "hrv_below_baseline",
      "green",
      "recovery.hrv_below_swc",
      { inputs: hrvInputs, thresholds: { hrvLowerBand: round(m.hrv.mean - m.hrv.swc, 3) }, dates: [d] },
      "HRV 7-day average is below the client's normal band; on its own this is a weak signal.",
      "No change needed on its own; watch for other signs.",
    );
  }

  const a = m.adherence;
  if (a.missed14 >= TRIAGE_RULES.missedSessions14 || a.missedInARow >= TRIAGE_RULES.missedInARow) {
    sig(
      "missed_sessions",
      "yellow",
      fatigueHigh ? "adherence.missed_with_fatigue" : "adherence.missed",
      {
        inputs: { missed14: a.missed14, missedInARow: a.missedInARow, fatigue, fatigueHigh },
        thresholds: {
          missed14: TRIAGE_RULES.missedSessions14,
          missedInARow: TRIAGE_RULES.missedInARow,
          fatigueHigh: TRIAGE_RULES.fatigueHighValue,
        },
        dates: a.missedDates14,
      },
      `${a.missed14} planned sessions missed in the last 14 days${fatigueHigh ? `, with fatigue reported high (${fatigue}/7)` : ""}. Something may be getting in the way; worth asking.`,
      fatigueHigh
        ? "Reach out; consider reducing volume for the return week instead of catching up."
        : "Reach out about schedule and barriers; resume without making up missed work.",
    );
  } else if (a.ratioToNormal !== null && a.normalPerWeek !== null && a.ratioToNormal < TRIAGE_RULES.adherenceRatioLow) {
    sig(
      "adherence_drop",
      "yellow",
      "adherence.below_own_normal",
      {
        inputs: {
          sessionsLast7: a.sessionsLast7,
          normalPerWeek: round(a.normalPerWeek, 2),
          ratio: round(a.ratioToNormal, 2),
        },
        thresholds: { ratio: TRIAGE_RULES.adherenceRatioLow },
        dates: [d],
      },
      `${a.sessionsLast7} sessions this week against a usual ${round(a.normalPerWeek, 1)}; engagement may be slipping.`,
      "Check in about motivation and schedule.",
    );
  }

  const acwr = m.load.acwr;
  const wow = m.load.weekToWeekChange;
  const spike =
    (acwr.ratio !== null && acwr.ratio >= ACWR_THRESHOLDS.high) || (wow !== null && wow >= WEEKLY_INCREASE_CAUTION);
  if (spike) {
    const corroborated = fatigueHigh || readinessLow;
    sig(
      "load_spike",
      corroborated ? "yellow" : "green",
      corroborated ? "load.spike_with_fatigue" : "load.spike_only",
      {
        inputs: {
          acwr: acwr.ratio === null ? null : round(acwr.ratio, 3),
          acuteEwma: round(acwr.acute, 1),
          chronicEwma: round(acwr.chronic, 1),
          weekToWeekChangePct: wow === null ? null : round(100 * wow, 1),
          fatigue,
          readinessBand: r.band,
        },
        thresholds: { acwr: ACWR_THRESHOLDS.high, weekToWeekChangePct: 100 * WEEKLY_INCREASE_CAUTION },
        dates: [d],
      },
      `Training load rose quickly (${acwr.ratio !== null ? `ACWR ${round(acwr.ratio, 2)}` : ""}${wow !== null ? `${acwr.ratio !== null ? ", " : ""}week-to-week ${round(100 * wow, 0)}%` : ""})${corroborated ? " and the client reports high fatigue or low readiness" : ""}. ${ACWR_CAVEATS[0]}`,
      corroborated
        ? "Consider trimming volume about 20% this week."
        : "No change on load alone; watch fatigue and readiness.",
    );
  }
  if (m.load.monotony.monotony > MONOTONY_HIGH) {
    sig(
      "monotony",
      "green",
      "load.monotony_high",
      {
        inputs: { monotony: round(m.load.monotony.monotony, 3), strain: round(m.load.monotony.strain, 1) },
        thresholds: { monotony: MONOTONY_HIGH },
        dates: [d],
      },
      `Training monotony ${round(m.load.monotony.monotony, 2)} (> 2): days are very similar; more variation between hard and easy days may help.`,
      "Vary hard and easy days.",
    );
  }

  for (const e of m.performance.declining) {
    const feelsFine = r.band === "high" || r.band === "normal";
    sig(
      "performance_drop",
      "yellow",
      feelsFine ? "performance.drop_despite_normal_readiness" : "performance.drop",
      {
        inputs: {
          exerciseId: e.exerciseId,
          recentE1rmKg: round(e.recentE1rmKg, 1),
          referenceE1rmKg: round(e.referenceE1rmKg, 1),
          changePct: round(e.changePct, 1),
          readinessBand: r.band,
        },
        thresholds: { changePct: PERFORMANCE_RULES.declinePct, rpeTolerance: PERFORMANCE_RULES.rpeTolerance },
        dates: [...e.referenceDates, ...e.recentDates],
      },
      `Estimated 1RM on ${e.exerciseId} is down ${round(-e.changePct, 1)}% at comparable effort${feelsFine ? " while check-ins look normal; fatigue may not show up in how the client feels yet" : ""}. Worth checking sleep, stress, nutrition and technique.`,
      "Review the last sessions; consider holding loads or a short deload.",
      e.exerciseId,
    );
  }

  const ps = m.soreness.persistent;
  if (ps) {
    sig(
      "persistent_soreness",
      "yellow",
      "soreness.persistent",
      {
        inputs: { days: ps.days, meanSoreness: round(ps.mean, 2) },
        thresholds: { soreness: SORENESS_RULES.persistentMin, days: SORENESS_RULES.persistentDays },
        dates: ps.dates,
      },
      `Soreness has stayed high (≥ 5/7) on ${ps.days} of the last 7 days; recovery may not be keeping up.`,
      "Consider trimming volume and check for a specific painful area.",
    );
  }
  const st = m.soreness.staleness;
  if (st) {
    sig(
      "staleness",
      "yellow",
      "wellness.hooper_staleness",
      {
        inputs: { item: st.item, days: st.days },
        thresholds: { above: SORENESS_RULES.stalenessAbove, days: SORENESS_RULES.stalenessDays },
        dates: [d],
      },
      `${st.item} rated above 5/7 for ${st.days} days in a row, a pattern Hooper (1995) linked to staleness.`,
      "Consider a deload and a conversation about recovery.",
    );
  }

  const moderate = m.pain.today.filter(
    (p) => p.severity >= TRIAGE_RULES.moderatePain && p.severity < RED_FLAG_RULES.severePain,
  );
  for (const p of moderate) {
    sig(
      "moderate_pain",
      "yellow",
      "pain.moderate",
      {
        inputs: { region: p.region, severity: p.severity },
        thresholds: { moderate: TRIAGE_RULES.moderatePain, severe: RED_FLAG_RULES.severePain },
        dates: [d],
      },
      `Pain ${p.severity}/10 in the ${p.region.replace("_", " ")} today; loading that area may need adjusting.`,
      "Avoid loading the area beyond tolerance today; ask what provokes it.",
      p.region,
    );
  }
  for (const p of m.pain.repeated) {
    sig(
      "repeated_pain",
      "yellow",
      "pain.repeated_region",
      {
        inputs: { region: p.region, days: p.dates.length, maxSeverity: p.maxSeverity },
        thresholds: { days: PAIN_RULES.repeatMinDays, windowDays: PAIN_RULES.repeatWindowDays },
        dates: p.dates,
      },
      `Pain in the ${p.region.replace("_", " ")} on ${p.dates.length} days in two weeks; a recurring pattern is worth a closer look.`,
      "Review the exercises loading this area; consider a substitution or an assessment.",
      p.region,
    );
  }
  for (const p of m.pain.afterNewExercise) {
    sig(
      "pain_after_new_exercise",
      "yellow",
      `pain.after_new_exercise.${p.link}`,
      {
        inputs: {
          exerciseId: p.exerciseId,
          firstExposure: p.firstExposure,
          region: p.region,
          maxSeverity: p.maxSeverity,
          link: p.link,
        },
        thresholds: { newExerciseDays: PAIN_RULES.newExerciseDays, painFreeBeforeDays: PAIN_RULES.painFreeBeforeDays },
        dates: p.painDates,
      },
      `${p.region.replace("_", " ")} pain began after ${p.exerciseId} was introduced on ${p.firstExposure}; the exercise may be a factor, though timing alone does not prove it.`,
      "Consider substituting the exercise and see whether the pain settles.",
      `${p.exerciseId}:${p.region}`,
    );
  }
  return out;
}
