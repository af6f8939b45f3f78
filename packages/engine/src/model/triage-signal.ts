/** Traffic-light levels, in increasing order of concern. */
export const LEVELS_ORDER = ["green", "yellow", "red"] as const;
export type TriageLevel = (typeof LEVELS_ORDER)[number];

export const RED_FLAG_KINDS = [
  "chest_pain",
  "dizziness_fainting",
  "neurological",
  "severe_pain",
  "sharp_pain",
  "disordered_eating",
  "compulsive_exercise",
  "emotional_distress",
] as const;
export type RedFlagKind = (typeof RED_FLAG_KINDS)[number];

export const MONITORING_SIGNAL_KINDS = [
  "low_readiness",
  "readiness_streak",
  "short_sleep",
  "hrv_below_baseline",
  "sleep_and_hrv",
  "missed_sessions",
  "adherence_drop",
  "load_spike",
  "monotony",
  "performance_drop",
  "persistent_soreness",
  "staleness",
  "moderate_pain",
  "repeated_pain",
  "pain_after_new_exercise",
  "rapid_weight_loss",
  "intake_off_target",
] as const;
export type MonitoringSignalKind = (typeof MONITORING_SIGNAL_KINDS)[number];
export type SignalKind = RedFlagKind | MonitoringSignalKind;

/** What the signal rests on: the numbers, the thresholds they crossed and the dates involved. */
export type SignalEvidence = {
  inputs: Record<string, string | number | boolean | null>;
  thresholds?: Record<string, string | number>;
  dates: string[];
  /** For free-text hits: the matched phrase and the sentence it sits in. */
  quotes?: string[];
};

export type TriageSignal = {
  /** Deterministic id: kind, date and subject, so re-running a pass yields the same ids. */
  id: string;
  kind: SignalKind;
  level: TriageLevel;
  /** Stable rule id, e.g. `redflag.chest_pain.structured`, `load.acwr_with_fatigue`. */
  ruleId: string;
  evidence: SignalEvidence;
  /** Worded with uncertainty ("may", "worth checking"); never a diagnosis. */
  message: string;
  recommendedAction: string;
  /** ISO timestamp the coach should act by; null for green (no action owed). */
  dueAt: string | null;
  /** Whom to refer to (reds only). */
  referTo?: string[];
  source: "structured" | "free_text" | "questionnaire" | "computed";
};

/** Response-time promise in hours per level (a service tier's `responseHours`). */
export type ResponseHours = { yellow: number; red: number };

export function levelRank(l: TriageLevel): number {
  return l === "red" ? 2 : l === "yellow" ? 1 : 0;
}

/** The client's overall level: the highest level among its signals (green when none). */
export function overallLevel(signals: readonly { level: TriageLevel }[]): TriageLevel {
  let best: TriageLevel = "green";
  for (const s of signals) if (levelRank(s.level) > levelRank(best)) best = s.level;
  return best;
}

/**
 * Whether automation may act for a client at this level. Red stops every automated change until a
 * coach resolves it; at yellow automation may still run but its proposals wait for review
 * (see `decideProposal`).
 */
export function automationAllowed(level: TriageLevel): boolean {
  return level !== "red";
}
