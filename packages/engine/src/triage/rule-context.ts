import type { MonitoringSignalKind, TriageLevel, TriageSignal } from "../model/triage-signal.ts";
import type { MonitoringSnapshot } from "../monitoring/snapshot.ts";

/**
 * Thresholds of the yellow/green monitoring rules. Where no paper gives a number, the comment says
 * it is an engine convention, so a coach knows what is evidence and what is a default.
 */
export const TRIAGE_RULES = {
  /** ≤ 6 h in 24 h is "sleep loss" (Craven et al. Sports Med 2022;52:2669-2690: mean −7.6% performance). */
  shortSleepHours: 6,
  /**
   * Missed planned sessions: 3 in the last 14 days, or 3 planned sessions in a row. Engine convention
   * (no published cut-off): about a week of a three-day plan.
   */
  missedSessions14: 3,
  missedInARow: 3,
  /** Sessions this week under half the client's own normal. Engine convention (no published cut-off). */
  adherenceRatioLow: 0.5,
  /**
   * Fatigue counts as "high" at ≥ 5/7 (the upper anchors of the Hooper & Mackinnon 1-7 scale, Sports
   * Med 1995;20:321-327) or ≥ 1 SD worse than the client's 28-day normal (the yellow z band of
   * athlete-monitoring practice; Saw, Main & Gastin BJSM 2016;50:281-291 on own-normal comparisons).
   */
  fatigueHighValue: 5,
  fatigueHighZ: 1,
  /**
   * Pain ≥ 4/10 asks for a loading change: the upper half of the "acceptable" 2-5 zone of the
   * pain-monitoring model (Thomeé, Phys Ther 1997;77:1690-1703; Silbernagel et al. Am J Sports Med
   * 2007;35:897-906).
   */
  moderatePain: 4,
} as const;

export type SignalDraft = Omit<TriageSignal, "dueAt">;

/** What every monitoring rule sees: the snapshot, shared derived facts and a sink for signals. */
export type RuleContext = {
  m: MonitoringSnapshot;
  /** Today's fatigue item (1-7); null when there is no check-in today (never NaN in evidence). */
  fatigue: number | null;
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
