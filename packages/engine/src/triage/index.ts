/** Triage: red flags, monitoring signals, the traffic light per client and the daily pass. */

export { type DailyPassInput, type DailyPassResult, dailyPass } from "./daily-pass.ts";
export { dueAt, evaluate, type TriageInput, type TriageOptions, type TriageResult } from "./evaluate.ts";
export { RED_FLAG_RULES, type RedFlagInput, type RedFlagOptions, redFlagSignals } from "./red-flags.ts";
export { RED_FLAG_POLICY, SELF_HARM_REFERRAL } from "./referral.ts";
export { type RuleContext, type SignalDraft, TRIAGE_RULES } from "./rule-context.ts";
export { monitoringSignals } from "./rules.ts";
export { BARE_CONTRACTIONS, HYPOTHETICAL_CUES, NEGATION_CUES, PSEUDO_NEGATIONS } from "./text-cues.ts";
export { COMPOSITE_PHRASES, RED_FLAG_PHRASES, SELF_HARM_PHRASES } from "./text-phrases.ts";
export {
  positiveHits,
  screenNote,
  screenText,
  TEXT_SCREEN_LIMITS,
  type TextHit,
  type TextScreenResult,
} from "./text-screen.ts";
