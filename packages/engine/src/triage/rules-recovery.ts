import { SORENESS_RULES } from "../monitoring/soreness.ts";
import { round } from "../core/stats.ts";
import { WEIGHT_RULES } from "../monitoring/weight.ts";
import { type RuleContext, TRIAGE_RULES } from "./rule-context.ts";

/** Readiness, sleep, HRV, soreness and staleness rules (see `monitoringSignals`). */
export function recoverySignals({ m, readinessLow, sig }: RuleContext): void {
  const d = m.date;
  const r = m.readiness;
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

  const w = m.weight;
  if (w && w.pctPerWeek <= WEIGHT_RULES.fastLossPctPerWeek) {
    sig(
      "rapid_weight_loss",
      "yellow",
      "weight.fast_loss",
      {
        inputs: { pctPerWeek: round(w.pctPerWeek, 2), readings: w.readings, meanKg: round(w.meanKg, 1) },
        thresholds: { pctPerWeek: WEIGHT_RULES.fastLossPctPerWeek, windowDays: WEIGHT_RULES.windowDays },
        dates: [w.fromDate, w.toDate],
      },
      `Body mass is falling about ${round(-w.pctPerWeek, 1)}% a week, faster than the usual safe rate; this may reflect low energy availability and is worth a supportive conversation.`,
      "Do not deepen any deficit or add volume; check in about energy, food and wellbeing without focusing on weight.",
    );
  }
}
