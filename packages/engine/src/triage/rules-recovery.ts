import { round } from "../core/stats.ts";
import { READINESS_PERSISTENCE } from "../monitoring/snapshot.ts";
import { SORENESS_RULES } from "../monitoring/soreness.ts";
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
  const lr = m.lowReadiness;
  if (lr.met) {
    const rule = READINESS_PERSISTENCE;
    sig(
      "readiness_streak",
      "yellow",
      lr.by === "consecutive" ? "readiness.low_streak" : "readiness.low_most_days",
      {
        inputs: { daysInARow: lr.run, daysInWindow: lr.count, windowDays: rule.nOfM.m, by: lr.by },
        thresholds: { consecutiveDays: rule.consecutive, daysOfWindow: rule.nOfM.n, windowDays: rule.nOfM.m },
        dates: lr.dates,
      },
      lr.by === "consecutive"
        ? `Readiness has been low for ${lr.run} days in a row; accumulated fatigue may be building.`
        : `Readiness was low on ${lr.count} of the last ${rule.nOfM.m} days; accumulated fatigue may be building.`,
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
    const rule = SORENESS_RULES.persistent;
    sig(
      "persistent_soreness",
      "yellow",
      "soreness.persistent",
      {
        inputs: { days: ps.days, daysInARow: ps.run, meanSoreness: round(ps.mean, 2), by: ps.by },
        thresholds: {
          soreness: SORENESS_RULES.persistentMin,
          consecutiveDays: rule.consecutive,
          daysOfWindow: rule.nOfM.n,
          windowDays: rule.nOfM.m,
        },
        dates: ps.dates,
      },
      ps.by === "consecutive"
        ? `Soreness has stayed high (≥ 5/7) for ${ps.run} days in a row; recovery may not be keeping up.`
        : `Soreness has stayed high (≥ 5/7) on ${ps.days} of the last ${rule.nOfM.m} days; recovery may not be keeping up.`,
      "Consider trimming volume and check for a specific painful area.",
    );
  }
  const st = m.soreness.staleness;
  if (st) {
    const rule = SORENESS_RULES.staleness;
    sig(
      "staleness",
      "yellow",
      "wellness.hooper_staleness",
      {
        inputs: { item: st.item, days: st.days, by: st.by },
        thresholds: {
          above: SORENESS_RULES.stalenessAbove,
          consecutiveDays: rule.consecutive,
          daysOfWindow: rule.nOfM.n,
          windowDays: rule.nOfM.m,
        },
        dates: st.dates,
      },
      st.by === "consecutive"
        ? `${st.item} rated above 5/7 for ${st.days} days in a row, a pattern Hooper (1995) linked to staleness.`
        : `${st.item} rated above 5/7 on ${st.days} of the last ${rule.nOfM.m} days, close to the pattern Hooper (1995) linked to staleness.`,
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
