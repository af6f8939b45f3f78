import type { MonitoringSnapshot } from "../monitoring/snapshot.ts";
import { type RuleContext, type SignalDraft, TRIAGE_RULES } from "./rule-context.ts";
import { nutritionSignals } from "./rules-nutrition.ts";
import { recoverySignals } from "./rules-recovery.ts";
import { trainingSignals } from "./rules-training.ts";

/**
 * Yellow and green signals from the monitoring snapshot. Design rules: a single noisy metric is at
 * most green (information for the coach); yellow needs a clear pattern (a streak, repeated pain,
 * a drop across exposures) or two metrics that agree — ACWR in particular never escalates alone.
 */
export function monitoringSignals(m: MonitoringSnapshot): SignalDraft[] {
  const out: SignalDraft[] = [];
  const r = m.readiness;
  const today = m.series.fatigue[m.series.length - 1]!;
  // No check-in today leaves NaN in the series; evidence must stay finite JSON, so it becomes null.
  const fatigue = Number.isFinite(today) ? today : null;
  const fatigueDriver = r.drivers.find((x) => x.item === "fatigue" && x.effect === "negative");
  const ctx: RuleContext = {
    m,
    fatigue,
    fatigueHigh:
      (fatigue !== null && fatigue >= TRIAGE_RULES.fatigueHighValue) ||
      (fatigueDriver?.z ?? 0) <= -TRIAGE_RULES.fatigueHighZ,
    readinessLow: r.band === "low" || r.band === "very_low",
    sig: (kind, level, ruleId, evidence, message, recommendedAction, subject = "") =>
      out.push({
        id: `${kind}:${m.date}${subject ? `:${subject}` : ""}`,
        kind,
        level,
        ruleId,
        evidence,
        message,
        recommendedAction,
        source: "computed",
      }),
  };
  recoverySignals(ctx);
  trainingSignals(ctx);
  nutritionSignals(ctx);
  return out;
}
