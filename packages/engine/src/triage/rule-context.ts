import type { MonitoringSnapshot } from "../monitoring/snapshot.ts";
import type { MonitoringSignalKind, TriageLevel, TriageSignal } from "../model/triage-signal.ts";

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

export type SignalDraft = Omit<TriageSignal, "dueAt">;

/** What every monitoring rule sees: the snapshot, shared derived facts and a sink for signals. */
export type RuleContext = {
  m: MonitoringSnapshot;
  /** Today's fatigue item (1-7). */
  fatigue: number;
  /** Fatigue ≥ 5/7 or ≥ 1 SD worse than the client's 28-day normal. */
  fatigueHigh: boolean;
  readinessLow: boolean;
  sig: (
    kind: MonitoringSignalKind,
    level: TriageLevel,
    ruleId: string,
    evidence: SignalDraft["evidence"],
    message: string,
    recommendedAction: string,
    subject?: string,
  ) => void;
};
