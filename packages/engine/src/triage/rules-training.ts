import { round } from "../core/stats.ts";
import { ACWR_CAVEATS, ACWR_THRESHOLDS } from "../monitoring/acwr.ts";
import { MONOTONY_HIGH, WEEKLY_INCREASE_CAUTION } from "../monitoring/monotony.ts";
import { PAIN_RULES } from "../monitoring/pain.ts";
import { PERFORMANCE_RULES } from "../monitoring/performance.ts";
import { RED_FLAG_RULES } from "./red-flags.ts";
import { type RuleContext, TRIAGE_RULES } from "./rule-context.ts";

/** Adherence, load, performance and pain rules (see `monitoringSignals`). */
export function trainingSignals({ m, fatigue, fatigueHigh, readinessLow, sig }: RuleContext): void {
  const d = m.date;
  const r = m.readiness;
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
  } else if (
    a.ratioToNormal !== null &&
    a.normalPerWeek !== null &&
    a.normalWindow !== null &&
    a.ratioToNormal < TRIAGE_RULES.adherenceRatioLow
  ) {
    sig(
      "adherence_drop",
      "yellow",
      "adherence.below_own_normal",
      {
        inputs: {
          sessionsLast7: a.sessionsLast7,
          normalPerWeek: round(a.normalPerWeek, 2),
          normalWeeks: a.normalWeeks.length,
          ratio: round(a.ratioToNormal, 2),
          recentFrom: a.recentWindow.from,
          normalFrom: a.normalWindow.from,
          normalTo: a.normalWindow.to,
        },
        thresholds: { ratio: TRIAGE_RULES.adherenceRatioLow },
        dates: [a.recentWindow.from, d],
      },
      `${a.sessionsLast7} sessions this week against a usual ${round(a.normalPerWeek, 1)} a week (${a.normalWeeks.length} weeks before this one); engagement may be slipping.`,
      "Check in about motivation and schedule.",
    );
  }

  const acwr = m.load.acwr;
  const wow = m.load.weekToWeekChange;
  const acwrHigh = acwr.ratio !== null && acwr.ratio >= ACWR_THRESHOLDS.high;
  const jump = wow !== null && wow >= WEEKLY_INCREASE_CAUTION;
  if (acwrHigh || jump) {
    // Never red: ACWR is context, not an injury predictor (Impellizzeri et al. Sports Med 2021).
    // A ratio in Gabbett's danger zone is a caution for the coach; a week-on-week jump alone (often
    // just the week after a deload) is information; fatigue or low readiness agreeing adds a cut.
    const corroborated = fatigueHigh || readinessLow;
    const ev = m.load.evidence;
    sig(
      "load_spike",
      corroborated || acwrHigh ? "yellow" : "green",
      corroborated ? "load.spike_with_fatigue" : acwrHigh ? "load.acwr_caution" : "load.spike_only",
      {
        inputs: {
          acwr: acwr.ratio === null ? null : round(acwr.ratio, 3),
          acuteEwma: round(acwr.acute, 1),
          chronicEwma: round(acwr.chronic, 1),
          loadLast7: round(ev.last7, 0),
          loadPrevious7: round(ev.previous7, 0),
          chronicWeeklyLoad: ev.chronicWeekly === null ? null : round(ev.chronicWeekly, 0),
          weekToWeekChangePct: wow === null ? null : round(100 * wow, 1),
          daysOfLoadData: acwr.daysOfData,
          unknownLoadDays: m.load.unknownLoadDays,
          fatigue,
          readinessBand: r.band,
        },
        thresholds: { acwr: ACWR_THRESHOLDS.high, weekToWeekChangePct: 100 * WEEKLY_INCREASE_CAUTION },
        dates: ev.recentDays.map((x) => x.date),
      },
      `Training load rose quickly (${[
        acwr.ratio !== null ? `ACWR ${round(acwr.ratio, 2)}` : "",
        `${round(ev.last7, 0)} AU in the last 7 days against ${round(ev.previous7, 0)} the week before`,
        ev.chronicWeekly !== null ? `${round(ev.chronicWeekly, 0)} a week over the 3 weeks before` : "",
      ]
        .filter(Boolean)
        .join(
          "; ",
        )})${corroborated ? " and the client reports high fatigue or low readiness" : ""}. ${ACWR_CAVEATS[0]}`,
      corroborated
        ? "Consider trimming volume about 20% this week."
        : acwrHigh
          ? "Caution: review how fast load is being added; no automatic change on load alone."
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
}
