// How the free-text screen reads a sentence around a phrase: hypotheticals, negation and the words
// that only look like negation. The phrases themselves are in text-phrases.ts.
import type { RedFlagKind } from "../model/triage-signal.ts";

/**
 * Cues that make what follows in the same clause hypothetical ("what if I skipped dinner…", "is it
 * okay to…", "should I…"): a question about a behaviour, not a report of it. A plain "if" counts
 * only in a question ("if I get chest pain, should I stop?"), since "if I miss a workout I panic"
 * reports a habit. Self-harm is surfaced regardless.
 */
export const HYPOTHETICAL_CUES: readonly string[] = [
  "what if",
  "what happens if",
  "what would happen if",
  "hypothetically",
  "imagine",
  "suppose",
  "supposing",
  "in case",
  "if i ever",
  "if i were",
  "if i was to",
  "would it (?:\\w+ ){0,2}?(?:if|to)",
  "would (?:that|i)",
  "should i",
  "could i",
  "can i",
  "is it (?:\\w+ )?(?:ok|okay|fine|bad|safe|wise|alright|allowed|a good idea|better) (?:to|if)",
  "wonder(?:ing)? (?:if|whether)",
];

/**
 * Kinds that describe a behaviour (eating, exercising) rather than a symptom. A yes/no question
 * about a behaviour ("is training through a cold a bad idea?") asks about it; a question about a
 * symptom ("is it normal to feel dizzy after squats?") usually means the client felt it, so it
 * still counts.
 */
export const BEHAVIOUR_KINDS: readonly RedFlagKind[] = ["disordered_eating", "compulsive_exercise"];

/** Words that negate a following symptom within their clause ("no chest pain", "wasn't dizzy"). */
export const NEGATION_CUES = [
  "no",
  "not",
  "never",
  "without",
  "nor",
  "denies",
  "deny",
  "denied",
  "zero",
  "none",
] as const;

/** Contractions typed without an apostrophe ("didnt", "wasnt") still negate. */
export const BARE_CONTRACTIONS = [
  "dont",
  "didnt",
  "doesnt",
  "wasnt",
  "werent",
  "isnt",
  "arent",
  "havent",
  "hasnt",
  "hadnt",
  "cant",
  "couldnt",
  "wont",
  "wouldnt",
] as const;

/** Cue + next word that only look like negation ("not sure", "no idea") and keep the hit. */
export const PSEUDO_NEGATIONS = ["sure", "certain", "idea", "know", "think", "only", "doubt"] as const;
